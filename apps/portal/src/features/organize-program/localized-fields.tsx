import type { Issue } from '@gorod/sdk';
import { type ReactNode, useId } from 'react';
import { FormattedMessage } from 'react-intl';
import { TextField } from '../../ui/text-field';

export interface LocalizedDraft {
  ru: string;
  en: string;
  zh: string;
}

export const emptyLocalized: LocalizedDraft = { ru: '', en: '', zh: '' };

/** A text in three languages as the API takes it: Russian always, the others only when written. */
export function toLocalized(draft: LocalizedDraft): { ru: string; en?: string; zh?: string } {
  return {
    ru: draft.ru.trim(),
    ...(draft.en.trim() ? { en: draft.en.trim() } : {}),
    ...(draft.zh.trim() ? { zh: draft.zh.trim() } : {}),
  };
}

export function fromLocalized(text: { ru: string; en?: string | undefined; zh?: string | undefined } | null | undefined): LocalizedDraft {
  return { ru: text?.ru ?? '', en: text?.en ?? '', zh: text?.zh ?? '' };
}

/** Three inputs, one per language, for one text ("Название (рус.)", "(англ.)", "(кит.)"). */
export function LocalizedFields({
  label,
  name,
  value,
  onChange,
  issues,
  multiline = false,
}: {
  label: ReactNode;
  name: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  issues?: readonly Issue[] | undefined;
  /** A description rather than a name: three text areas. */
  multiline?: boolean;
}) {
  const id = useId();
  if (multiline) {
    return (
      <fieldset className="localized-fields">
        <legend>{label}</legend>
        {(['ru', 'en', 'zh'] as const).map((language) => (
          <div className="field" key={language}>
            <label htmlFor={`${id}-${language}`}>
              <FormattedMessage id={`organizeProgram.language.${language}`} />
            </label>
            <textarea
              id={`${id}-${language}`}
              name={`${name}.${language}`}
              rows={3}
              value={value[language]}
              onChange={(event) => onChange({ ...value, [language]: event.target.value })}
            />
          </div>
        ))}
      </fieldset>
    );
  }
  return (
    <fieldset className="localized-fields">
      <legend>{label}</legend>
      {(['ru', 'en', 'zh'] as const).map((language) => (
        <TextField
          key={language}
          label={<FormattedMessage id={`organizeProgram.language.${language}`} />}
          name={`${name}.${language}`}
          value={value[language]}
          issues={language === 'ru' ? issues : undefined}
          onChange={(event) => onChange({ ...value, [language]: event.target.value })}
        />
      ))}
    </fieldset>
  );
}
