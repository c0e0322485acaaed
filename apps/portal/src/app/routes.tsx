import type { Role } from '@gorod/sdk';
import { type ComponentType, lazy } from 'react';

/** Who may open a page: anyone, anyone signed in, or someone signed in holding a role. */
export type PageAccess = 'public' | 'signedIn' | Role;

interface PageRoute {
  path: string;
  access: PageAccess;
  /** Loads the page's module when the page is first opened. */
  load: () => Promise<ComponentType>;
}

/**
 * Every page that loads on first visit (the overview, where most visits start, is in the main bundle). A new page is one line here; `app.tsx` puts it under the session guard by its access.
 */
const pageRoutes: PageRoute[] = [
  {
    path: '/cities',
    access: 'public',
    load: () => import('../features/cities/cities-directory-page').then((m) => m.CitiesDirectoryPage),
  },
  { path: '/cities/:id', access: 'public', load: () => import('../features/cities/city-page').then((m) => m.CityPage) },
  {
    path: '/delegations',
    access: 'public',
    load: () => import('../features/delegations/delegations-page').then((m) => m.DelegationsPage),
  },
  { path: '/sign-in', access: 'public', load: () => import('../features/auth/sign-in-page').then((m) => m.SignInPage) },
  {
    path: '/forgot-password',
    access: 'public',
    load: () => import('../features/auth/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: '/reset-password/:token',
    access: 'public',
    load: () => import('../features/auth/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: '/invitation/:token',
    access: 'public',
    load: () => import('../features/auth/invitation-page').then((m) => m.InvitationPage),
  },
  { path: '/program', access: 'public', load: () => import('../features/program/program-page').then((m) => m.ProgramPage) },
  { path: '/program/:id', access: 'public', load: () => import('../features/program/session-page').then((m) => m.SessionPage) },
  // The learner's courses (features/courses).
  { path: '/courses', access: 'public', load: () => import('../features/courses/catalog-page').then((m) => m.CatalogPage) },
  { path: '/courses/:slug', access: 'public', load: () => import('../features/courses/course-page').then((m) => m.CoursePage) },
  { path: '/learn/:slug/:itemId', access: 'signedIn', load: () => import('../features/courses/learn-page').then((m) => m.LearnPage) },
  { path: '/learning', access: 'signedIn', load: () => import('../features/courses/learning-page').then((m) => m.LearningPage) },
  { path: '/agenda', access: 'signedIn', load: () => import('../features/agenda/agenda-page').then((m) => m.AgendaPage) },
  { path: '/check-in', access: 'organizer', load: () => import('../features/check-in/check-in-page').then((m) => m.CheckInPage) },
  {
    path: '/organize/program',
    access: 'organizer',
    load: () => import('../features/organize-program/organize-program-page').then((m) => m.OrganizeProgramPage),
  },
  { path: '/profile', access: 'signedIn', load: () => import('../features/profile/profile-page').then((m) => m.ProfilePage) },
  { path: '/profile/tokens', access: 'signedIn', load: () => import('../features/tokens/tokens-page').then((m) => m.TokensPage) },
  { path: '/people', access: 'organizer', load: () => import('../features/people/people-page').then((m) => m.PeoplePage) },
  { path: '/audit', access: 'organizer', load: () => import('../features/audit/audit-page').then((m) => m.AuditPage) },
  { path: '/mail', access: 'organizer', load: () => import('../features/mail/mail-page').then((m) => m.MailPage) },
  // Teaching (instructors; organizers reach learners pages): the pages check the SDK's course rules themselves.
  { path: '/teach', access: 'signedIn', load: () => import('../features/teach/my-courses-page').then((m) => m.MyCoursesPage) },
  {
    path: '/teach/:courseId',
    access: 'signedIn',
    load: () => import('../features/teach/course-editor-page').then((m) => m.CourseEditorPage),
  },
  {
    path: '/teach/:courseId/learners',
    access: 'signedIn',
    load: () => import('../features/teach/learners-page').then((m) => m.LearnersPage),
  },
];

export interface LazyRoute {
  path: string;
  access: PageAccess;
  Page: ComponentType;
}

/** The one place pages become lazy components (Suspense in the shell shows a spinner while one loads). */
export const lazyRoutes: LazyRoute[] = pageRoutes.map(({ path, access, load }) => ({
  path,
  access,
  Page: lazy(() => load().then((Page) => ({ default: Page }))),
}));
