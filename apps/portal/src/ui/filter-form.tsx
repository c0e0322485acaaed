import { type ReactNode, useCallback, useId } from 'react';
import { FormattedMessage, type IntlShape, useIntl } from 'react-intl';
import type { MessageId } from '../i18n/i18n-provider';
import { useAddressSearch } from '../lib/use-address-search';

/** The part of `useUrlFilters`' answer a form needs; `V` is the page's filters. */
interface FilterState<V> {
  filters: V;
  setFilters: (patch: Partial<V>, options?: { replace?: boolean }) => void;
  resetFilters: () => void;
  filtered: boolean;
}

/** The filters holding text: the ones a search box can write. */
type TextField<V> = { [K in keyof V]-?: V[K] extends string ? K : never }[keyof V];

/** The search box of a filter form; `label` and `placeholder` are message ids. */
interface SearchBox<V> {
  field: TextField<V>;
  label: MessageId;
  placeholder?: MessageId;
  name?: string;
  maxLength?: number;
  spellCheck?: boolean;
  enterKeyHint?: 'search';
}

interface FilterFormProps<V> {
  state: FilterState<V>;
  /** Message id naming the search landmark. */
  label: MessageId;
  /** A modifier of the `filters` layout (`filters--program`). */
  variant?: string;
  search: SearchBox<V>;
  /** The selects (`FilterSelect`) and any other control, after the search box. */
  children?: ReactNode;
  /** With a label (a message id), Reset shows while anything is filtered. */
  resetLabel?: MessageId;
}

/**
 * A list page's filters: a search box whose text reaches the address after a pause in typing (at once on
 * Enter), the page's selects, and Reset while anything is filtered. Each page declares only its fields.
 */
export function FilterForm<V>({ state, label, variant, search, children, resetLabel }: FilterFormProps<V>) {
  const intl = useIntl();
  const searchId = useId();
  const { filters, setFilters } = state;
  const { field } = search;
  // Typing replaces the history entry rather than adding one per pause.
  const commit = useCallback((text: string) => setFilters({ [field]: text } as Partial<V>, { replace: true }), [setFilters, field]);
  const [text, setText, commitNow] = useAddressSearch(filters[field] as string, commit);

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
        {resetLabel && state.filtered && (
          <button type="button" className="button button--secondary filters__reset" onClick={state.resetFilters}>
            <FormattedMessage id={resetLabel} />
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
