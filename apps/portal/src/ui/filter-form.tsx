import { type ReactNode, useCallback, useEffect, useId, useRef } from 'react';
import { FormattedMessage, type IntlShape, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';
import { useAddressSearch } from '../lib/use-address-search';

/** The search box of a filter form; `label` and `placeholder` are message ids. */
interface SearchBox {
  label: MessageId;
  placeholder?: MessageId;
  /** The search the address holds. */
  value: string;
  /** Writes the search to the address; the box calls it after a pause in typing, or at once on Enter. */
  onCommit: (search: string) => void;
  name?: string;
  maxLength?: number;
  spellCheck?: boolean;
  enterKeyHint?: 'search';
}

interface FilterFormProps {
  /** Message id naming the search landmark. */
  label: MessageId;
  /** A modifier of the `filters` layout (`filters--program`). */
  variant?: string;
  search: SearchBox;
  /** The selects (`FilterSelect`) and any other control, after the search box. */
  children: ReactNode;
  /** Shown only while something is filtered (`useUrlFilters().filtered`); `label` is a message id. */
  reset?: { label: MessageId; onReset: () => void } | undefined;
}

/**
 * A list page's filters: a search box that follows the address after a pause, the page's selects, and
 * Reset while anything is filtered. Each page declares only its fields.
 */
export function FilterForm({ label, variant, search, children, reset }: FilterFormProps) {
  const intl = useIntl();
  const searchId = useId();
  // The page's callback changes every render; the box must commit through a stable one (useAddressSearch).
  const latestCommit = useRef(search.onCommit);
  useEffect(() => {
    latestCommit.current = search.onCommit;
  });
  const commit = useCallback((text: string) => latestCommit.current(text), []);
  const [text, setText, commitNow] = useAddressSearch(search.value, commit);

  return (
    <search aria-label={intl.formatMessage({ id: label })}>
      <form
        className={variant ? `filters ${variant}` : 'filters'}
        onSubmit={(event) => {
          event.preventDefault();
          commitNow();
        }}
      >
        <div className="field field--search">
          <label htmlFor={searchId}>
            <FormattedMessage id={search.label} />
          </label>
          <input
            id={searchId}
            type="search"
            name={search.name}
            value={text}
            maxLength={search.maxLength ?? 100}
            autoComplete="off"
            spellCheck={search.spellCheck}
            enterKeyHint={search.enterKeyHint}
            placeholder={search.placeholder && intl.formatMessage({ id: search.placeholder })}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        {children}
        {reset && (
          <button type="button" className="button button--secondary filters__reset" onClick={reset.onReset}>
            <FormattedMessage id={reset.label} />
          </button>
        )}
      </form>
    </search>
  );
}

export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

interface FilterSelectProps<T extends string> {
  /** Message ids: the select's label and its first option, "any". */
  label: MessageId;
  anyLabel: MessageId;
  value: T | undefined;
  options: readonly FilterOption<T>[];
  /** `undefined` when "any" is chosen. */
  onChange: (value: T | undefined) => void;
  name?: string;
}

/** One filter of a FilterForm: "any" first, then the options. */
export function FilterSelect<T extends string>({ label, anyLabel, value, options, onChange, name }: FilterSelectProps<T>) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        <FormattedMessage id={label} />
      </label>
      <select id={id} name={name} value={value ?? ''} onChange={(event) => onChange(options.find((option) => option.value === event.target.value)?.value)}>
        <option value="">{intl.formatMessage({ id: anyLabel })}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Options named by a message each (`(topic) => \`courses.topic.${topic}\``). */
export const messageOptions = <T extends string>(intl: IntlShape, values: readonly T[], message: (value: T) => MessageId): FilterOption<T>[] =>
  values.map((value) => ({ value, label: intl.formatMessage({ id: message(value) }) }));
