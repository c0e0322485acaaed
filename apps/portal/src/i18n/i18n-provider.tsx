import type { Locale } from '@gorod/sdk';
import { locales } from '@gorod/sdk';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import type { IntlConfig } from 'react-intl';
import type staff from './staff/ru.json';
import ru from './ru.json';

/** Every message id: the portal's catalogue, and the staff pages' own, which loads with those pages. */
export type MessageId = keyof typeof ru | keyof typeof staff;

type Catalog = Record<keyof typeof ru, string>;

/**
 * A portal catalogue as react-intl's typed `messages`: it lacks the staff pages' ids on purpose — those
 * pages add their own catalogue in a nested provider (`i18n/staff-messages.tsx`).
 */
export const asMessages = (catalog: Partial<Catalog>) => catalog as Record<MessageId, string>;

// Russian is complete by definition and comes with the first page; another language loads when chosen
// (keeping the first page within its budget), may lag behind, and then shows the Russian text rather
// than a raw key.
const catalogs: Partial<Record<Locale, Catalog>> = { ru };
const loaders: Record<Exclude<Locale, 'ru'>, () => Promise<{ default: Partial<Catalog> }>> = {
  en: () => import('./en.json'),
  zh: () => import('./zh.json'),
};

async function loadCatalog(locale: Locale): Promise<Catalog> {
  const known = catalogs[locale];
  if (known) return known;
  const { default: messages } = await loaders[locale as Exclude<Locale, 'ru'>]();
  const catalog = { ...ru, ...messages };
  catalogs[locale] = catalog;
  return catalog;
}

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

/**
 * The user's language (remembered in localStorage, Russian by default) and react-intl for it. A newly
 * chosen language takes over once its catalogue has loaded, so the page never shows a mix; a first
 * visit in another language waits for it rather than flashing Russian.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [wanted, setWanted] = useState<Locale>(rememberedLocale);
  const [shown, setShown] = useState<{ locale: Locale; messages: Catalog } | undefined>(() => {
    const messages = catalogs[wanted];
    return messages ? { locale: wanted, messages } : undefined;
  });

  useEffect(() => {
    let current = true;
    loadCatalog(wanted).then(
      (messages) => current && setShown({ locale: wanted, messages }),
      // Offline or a failed chunk: stay in the language on screen (Russian at worst).
      (error: unknown) => {
        console.warn(error);
        if (current) setShown((previous) => previous ?? { locale: 'ru', messages: ru });
      },
    );
    return () => {
      current = false;
    };
  }, [wanted]);

  const setLocale = useCallback((next: Locale) => {
    setWanted(next);
    try {
      window.localStorage.setItem(storageKey, next);
    } catch {
      // Not remembered across visits; the choice still holds for this one.
    }
  }, []);

  const locale = shown?.locale ?? wanted;
  useEffect(() => {
    if (!shown) return;
    document.documentElement.lang = shown.locale;
    document.title = shown.messages['app.title'] ?? ru['app.title'];
  }, [shown]);

  const state = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);

  if (!shown) return null;
  return (
    <LocaleContext.Provider value={state}>
      <IntlProvider locale={shown.locale} defaultLocale={defaultLocale} messages={asMessages(shown.messages)} onError={reportIntlError}>
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
