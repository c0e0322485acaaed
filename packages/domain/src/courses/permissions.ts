/**
 * Who may do what with courses: pure rules the server decides by and the portal shows controls by (see
 * `people/permissions.ts` for the SEE-then-DO order). A course is owned by its instructors (the owner and
 * the co-instructors); organizers enrol people and read cohorts but do not write others' courses.
 */
import type { PermissionActor } from '../people/permissions.js';

type CourseAccess = { ownerId: string; instructorIds: readonly string[]; enrolment: 'open' | 'by_enrolment'; publishedVersion: number | null; archivedAt: string | null };

const signedIn = (actor: PermissionActor): actor is Exclude<PermissionActor, { kind: 'anonymous' }> => actor.kind !== 'anonymous';
const hasRole = (actor: PermissionActor, role: string) => signedIn(actor) && actor.roles.includes(role);

/** One of the course's instructors (its owner or a co-instructor). */
export const teachesCourse = (actor: PermissionActor, course: Pick<CourseAccess, 'ownerId' | 'instructorIds'>): boolean =>
  signedIn(actor) && (course.ownerId === actor.userId || course.instructorIds.includes(actor.userId));

/** Creating a course: instructors. */
export const canCreateCourse = (actor: PermissionActor): boolean => hasRole(actor, 'instructor');

/**
 * Seeing a course: everyone sees an open, published, unarchived one (the catalog); its instructors and
 * organizers see it always; a learner enrolled in it (even withdrawn, to keep their history) sees it.
 */
export const canSeeCourse = (actor: PermissionActor, course: CourseAccess, enrolled = false): boolean =>
  (course.enrolment === 'open' && course.publishedVersion !== null && course.archivedAt === null) ||
  teachesCourse(actor, course) ||
  hasRole(actor, 'organizer') ||
  (signedIn(actor) && enrolled);

/** Editing the card and the draft, publishing, archiving, naming co-instructors: the course's instructors. */
export const canEditCourse = (actor: PermissionActor, course: CourseAccess): boolean => teachesCourse(actor, course);

/** Enrolling oneself: any signed-in person, in an open, published course that is not archived. */
export const canSelfEnroll = (actor: PermissionActor, course: CourseAccess): boolean =>
  signedIn(actor) && course.enrolment === 'open' && course.publishedVersion !== null && course.archivedAt === null;

/** Enrolling and unenrolling others, cohorts, the cohort table: the course's instructors and organizers. */
export const canManageEnrollments = (actor: PermissionActor, course: CourseAccess): boolean =>
  teachesCourse(actor, course) || hasRole(actor, 'organizer');
