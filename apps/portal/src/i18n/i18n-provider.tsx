import type { Locale } from '@gorod/sdk';
import { locales } from '@gorod/sdk';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { IntlConfig } from 'react-intl';
import en from './en.json';
import ru from './ru.json';
import zh from './zh.json';

export type MessageId = keyof typeof ru;

// Russian is complete by definition; another language may lag behind, and then shows the Russian text
// rather than a raw key.
const catalogs: Record<Locale, Record<string, string>> = {
  ru,
  en: { ...ru, ...en },
  zh: { ...ru, ...zh },
};

const storageKey = 'gorod.locale';
export const defaultLocale: Locale = 'ru';

const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);

function rememberedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    // Storage can be off (privacy mode, blocked cookies): the portal still works, in Russian.
    return defaultLocale;
  }
}

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | undefined>(undefined);

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside <I18nProvider>');
  return state;
}

const reportIntlError: IntlConfig['onError'] = (error) => {
  // Every key has a Russian fallback, so a missing translation is not worth a console error in production.
  if (error.code === 'MISSING_TRANSLATION') return;
  console.warn(error);
};

/** The user's language (remembered in localStorage, Russian by default) and react-intl for it. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(rememberedLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered across visits; the choice still holds for this one.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = catalogs[locale]['app.title'] ?? ru['app.title'];
  }, [locale]);

  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={locale} defaultLocale={defaultLocale} messages={catalogs[locale]} onError={reportIntlError}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

declare global {
  // Lets TypeScript check every message id the portal uses against the Russian catalogue.
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
