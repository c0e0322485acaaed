import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CitiesDirectoryPage } from './features/cities/cities-directory-page';
import { AppShell } from './features/forum/app-shell';
import { ForumOverviewPage } from './features/forum/forum-overview-page';
import { I18nProvider } from './i18n/i18n-provider';
import { createPortalClient, createQueryClient, TRPCProvider } from './lib/trpc';
import { NotFoundPage } from './ui/not-found-page';
import { ScrollToTop } from './ui/scroll-to-top';
import { Spinner } from './ui/spinner';

// Most visits start at the overview or the directory; the city page loads when first opened.
const CityPage = lazy(() => import('./features/cities/city-page').then((module) => ({ default: module.CityPage })));

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
