import type { Locale } from '@gorod/sdk';
import { type ComponentType, useEffect, useMemo, useState } from 'react';
import { createIntl, RawIntlProvider, useIntl } from 'react-intl';

type Messages = Record<string, string>;

// The teaching pages' texts are for instructors and organizers only, so they load with these pages
// instead of riding in every visitor's first page. Russian is complete; another language falls back to it.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  ru: () => import('./messages/ru.json'),
  en: () => import('./messages/en.json'),
  zh: () => import('./messages/zh.json'),
};

async function teachMessages(locale: Locale): Promise<Messages> {
  const [{ default: ru }, own] = await Promise.all([loaders.ru(), locale === 'ru' ? undefined : loaders[locale]()]);
  return { ...ru, ...own?.default };
}

/** The portal's messages plus the teaching pages' own, in the reader's language. */
function TeachMessages({ children }: { children: React.ReactNode }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages }>();

  useEffect(() => {
    let current = true;
    teachMessages(locale).then(
      (messages) => current && setLoaded({ locale, messages }),
      // A failed chunk (offline): the route's error boundary is not involved; keep what is on screen.
      (error: unknown) => console.warn(error),
    );
    return () => {
      current = false;
    };
  }, [locale]);

  const merged = useMemo(
    () =>
      loaded &&
      createIntl({
        locale: intl.locale,
        defaultLocale: intl.defaultLocale,
        timeZone: intl.timeZone,
        formats: intl.formats,
        onError: intl.onError,
        messages: { ...intl.messages, ...loaded.messages },
      }),
    [intl, loaded],
  );

  if (!merged) return null;
  return <RawIntlProvider value={merged}>{children}</RawIntlProvider>;
}

/** A teaching page, shown once its texts have loaded. */
export function withTeachMessages<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  const WithTeachMessages = (props: P) => (
    <TeachMessages>
      <Page {...props} />
    </TeachMessages>
  );
  WithTeachMessages.displayName = `WithTeachMessages(${Page.displayName ?? Page.name})`;
  return WithTeachMessages;
}
