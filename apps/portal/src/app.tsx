import { QueryClientProvider } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { type LazyRoute, lazyRoutes } from './app/routes';
import { RequireRole, RequireSession } from './features/auth/require-session';
import { LearningSync } from './features/courses/learning-sync';
import { AppShell } from './features/forum/app-shell';
import { ForumOverviewPage } from './features/forum/forum-overview-page';
import { I18nProvider } from './i18n/i18n-provider';
import { createPortalClient, createQueryClient, TRPCProvider } from './lib/trpc';
import { NotFoundPage } from './ui/not-found-page';
import { ScrollToTop } from './ui/scroll-to-top';
import { Spinner } from './ui/spinner';

/** The shell around every page; a lazy page shows a spinner in it while its module loads. */
function ShellLayout() {
  return (
    <AppShell>
      <Suspense fallback={<Spinner />}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}

const route = ({ path, access, Page }: LazyRoute) => (
  <Route
    key={path}
    path={path}
    element={
      access === 'public' || access === 'signedIn' ? (
        <Page />
      ) : (
        <RequireRole role={access}>
          <Page />
        </RequireRole>
      )
    }
  />
);

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [trpcClient] = useState(createPortalClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider>
          <LearningSync />
          <BrowserRouter>
            <ScrollToTop />
            <Routes>
              <Route element={<ShellLayout />}>
                <Route path="/" element={<ForumOverviewPage />} />
                {lazyRoutes.filter((page) => page.access === 'public').map(route)}
                {/* The one session guard: every page below is for signed-in people. */}
                <Route element={<RequireSession />}>{lazyRoutes.filter((page) => page.access !== 'public').map(route)}</Route>
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}
