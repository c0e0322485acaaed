import type { Locale } from '@gorod/sdk';
import { locales } from '@gorod/sdk';
import { useIntl } from 'react-intl';
import { useLocale } from '../i18n/i18n-provider';
import { localeNames } from './locale-select';

// Each language is named in itself, so a reader finds theirs whatever the page is in now.
const endonyms: Record<Locale, string> = { ru: 'RU', en: 'EN', zh: '中文' };

export function LanguageSwitch() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{intl.formatMessage({ id: 'language.label' })}</legend>
      {locales.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switch__option"
          aria-pressed={option === locale}
          aria-label={localeNames[option]}
          onClick={() => setLocale(option)}
        >
          {endonyms[option]}
        </button>
      ))}
    </fieldset>
  );
}
