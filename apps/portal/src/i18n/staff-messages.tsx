import type { Locale } from '@gorod/sdk';
import { type ComponentType, useEffect, useMemo, useState } from 'react';
import { createIntl, RawIntlProvider, useIntl } from 'react-intl';

type Messages = Record<string, string>;

// The texts of the organizers' and instructors' pages (people, program editor, check-in, audit, mail,
// teaching) load with those pages instead of riding in every visitor's first page. Russian is complete;
// another language falls back to it.
const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  ru: () => import('./staff/ru.json'),
  en: () => import('./staff/en.json'),
  zh: () => import('./staff/zh.json'),
};

async function staffMessages(locale: Locale): Promise<Messages> {
  const [{ default: ru }, own] = await Promise.all([loaders.ru(), locale === 'ru' ? undefined : loaders[locale]()]);
  return { ...ru, ...own?.default };
}

/** The portal's messages plus the staff pages' own, in the reader's language. */
function StaffMessages({ children }: { children: React.ReactNode }) {
  const intl = useIntl();
  const locale = intl.locale as Locale;
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages }>();

  useEffect(() => {
    let current = true;
    staffMessages(locale).then(
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

/** An organizer's or instructor's page, shown once its texts have loaded. */
export function withStaffMessages<P extends object>(Page: ComponentType<P>): ComponentType<P> {
  const WithStaffMessages = (props: P) => (
    <StaffMessages>
      <Page {...props} />
    </StaffMessages>
  );
  WithStaffMessages.displayName = `WithStaffMessages(${Page.displayName ?? Page.name})`;
  return WithStaffMessages;
}
