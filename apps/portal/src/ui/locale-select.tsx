import { type Locale, locales } from '@gorod/sdk';
import { useId, type ReactNode } from 'react';

/** Each language named in itself, as people look for their own. */
export const localeNames: Record<Locale, string> = { ru: 'Русский', en: 'English', zh: '中文' };

/** A labelled choice of ru / en / zh, with an optional hint under it. */
export function LocaleSelect({
  label,
  value,
  onChange,
  hint,
}: {
  label: ReactNode;
  value: Locale;
  onChange: (locale: Locale) => void;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name="locale" value={value} onChange={(event) => onChange(locales.find((l) => l === event.target.value) ?? value)}>
        {locales.map((option) => (
          <option key={option} value={option} lang={option}>
            {localeNames[option]}
          </option>
        ))}
      </select>
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}
