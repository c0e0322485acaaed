import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { RequireSession } from './features/auth/require-session';
import { CitiesDirectoryPage } from './features/cities/cities-directory-page';
import { AppShell } from './features/forum/app-shell';
import { ForumOverviewPage } from './features/forum/forum-overview-page';
import { I18nProvider } from './i18n/i18n-provider';
import { createPortalClient, createQueryClient, TRPCProvider } from './lib/trpc';
import { NotFoundPage } from './ui/not-found-page';
import { ScrollToTop } from './ui/scroll-to-top';
import { Spinner } from './ui/spinner';

// Most visits start at the overview or the directory; every other page loads when first opened.
const CityPage = lazy(() => import('./features/cities/city-page').then((module) => ({ default: module.CityPage })));
const SignInPage = lazy(() => import('./features/auth/sign-in-page').then((module) => ({ default: module.SignInPage })));
const ForgotPasswordPage = lazy(() =>
  import('./features/auth/forgot-password-page').then((module) => ({ default: module.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('./features/auth/reset-password-page').then((module) => ({ default: module.ResetPasswordPage })),
);
const InvitationPage = lazy(() => import('./features/auth/invitation-page').then((module) => ({ default: module.InvitationPage })));
const ProfilePage = lazy(() => import('./features/profile/profile-page').then((module) => ({ default: module.ProfilePage })));
const TokensPage = lazy(() => import('./features/tokens/tokens-page').then((module) => ({ default: module.TokensPage })));
const PeoplePage = lazy(() => import('./features/people/people-page').then((module) => ({ default: module.PeoplePage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((module) => ({ default: module.AuditPage })));
const MailPage = lazy(() => import('./features/mail/mail-page').then((module) => ({ default: module.MailPage })));

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createPortalClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider>
          <BrowserRouter>
            <ScrollToTop />
            <AppShell>
              <Suspense fallback={<Spinner />}>
                <Routes>
                  <Route path="/" element={<ForumOverviewPage />} />
                  <Route path="/cities" element={<CitiesDirectoryPage />} />
                  <Route path="/cities/:id" element={<CityPage />} />
                  <Route path="/sign-in" element={<SignInPage />} />
                  <Route path="/forgot-password" element={<ForgotPasswordPage />} />
                  <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
                  <Route path="/invitation/:token" element={<InvitationPage />} />
                  <Route
                    path="/profile"
                    element={
                      <RequireSession>
                        <ProfilePage />
                      </RequireSession>
                    }
                  />
                  <Route
                    path="/profile/tokens"
                    element={
                      <RequireSession>
                        <TokensPage />
                      </RequireSession>
                    }
                  />
                  <Route
                    path="/people"
                    element={
                      <RequireSession needs="organizer">
                        <PeoplePage />
                      </RequireSession>
                    }
                  />
                  <Route
                    path="/audit"
                    element={
                      <RequireSession needs="organizer">
                        <AuditPage />
                      </RequireSession>
                    }
                  />
                  <Route
                    path="/mail"
                    element={
                      <RequireSession needs="organizer">
                        <MailPage />
                      </RequireSession>
                    }
                  />
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              </Suspense>
            </AppShell>
          </BrowserRouter>
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
