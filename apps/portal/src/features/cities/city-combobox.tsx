import { type City, type Issue, localizedName } from '@gorod/sdk';
import { type ReactNode, useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { issueText } from '../../ui/issue-text';
import { regionName } from './region-label';
import { useCity, useCitySuggestions, useRegions } from './queries';
import { useDebouncedValue } from '../../lib/use-debounced-value';

const searchDelayMs = 250;

interface CityComboboxProps {
  label: ReactNode;
  name: string;
  /** The chosen city's id, or null for none. */
  value: string | null;
  onChange: (city: City | null) => void;
  issues?: readonly Issue[] | undefined;
}

/**
 * A city from the directory, found by typing part of its name in any language (WAI-ARIA combobox with
 * a list box: arrows move, Enter picks, Escape closes). Shows each city in the reader's language with
 * its region.
 */
export function CityCombobox({ label, name, value, onChange, issues = [] }: CityComboboxProps) {
  const intl = useIntl();
  const { locale } = useLocale();
  const regions = useRegions();
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  // The city just picked is known at once; one chosen before (a saved profile) is fetched by id.
  const [picked, setPicked] = useState<City | undefined>(undefined);
  const selected = useCity(value ?? '', { enabled: value !== null && picked?.id !== value });
  const selectedCity = picked?.id === value ? picked : selected.data;
  const selectedName = value && selectedCity ? localizedName(selectedCity.name, locale) : '';

  const [text, setText] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = text ?? selectedName;

  const search = useDebouncedValue(text?.trim() ?? '', searchDelayMs);

  const found = useCitySuggestions(search, { enabled: open });
  const options = found.data?.items ?? [];
  // Until the list answers what is typed now, it still shows an older search's cities.
  const current = text === undefined || (text.trim() === search && !found.isPlaceholderData && !found.isFetching);

  const choose = (city: City | null) => {
    setPicked(city ?? undefined);
    onChange(city);
    setText(undefined);
    setOpen(false);
  };

  return (
    <div className="field combobox">
      <label htmlFor={id}>{label}</label>
      <div className="combobox__control">
        <input
          id={id}
          name={name}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open && options[active] ? `${id}-option-${options[active].id}` : undefined}
          aria-invalid={issues.length > 0 || undefined}
          aria-describedby={issues.length > 0 ? errorId : undefined}
          placeholder={intl.formatMessage({ id: 'cities.combobox.placeholder' })}
          value={shown}
          onChange={(event) => {
            setText(event.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => {
            // Typing without choosing leaves the chosen city as it was.
            setOpen(false);
            setText(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((index) => Math.min(index + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((index) => Math.max(index - 1, 0));
            } else if (event.key === 'Enter' && open) {
              event.preventDefault();
              const city = current ? options[active] : undefined;
              if (city) choose(city);
            } else if (event.key === 'Escape' && open) {
              event.preventDefault();
              setOpen(false);
              setText(undefined);
            }
          }}
        />
        {value && (
          <button
            type="button"
            className="combobox__clear"
            aria-label={intl.formatMessage({ id: 'cities.combobox.clear' })}
            onClick={() => choose(null)}
          >
            ×
          </button>
        )}
      </div>
      <div className="combobox__list" id={listId} role="listbox" hidden={!open} aria-busy={!current}>
        {options.map((city, index) => {
          const region = regions.data?.byId.get(city.regionId);
          return (
            // The keyboard works on the input (aria-activedescendant); the pointer picks an option directly.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
            <div
              key={city.id}
              id={`${id}-option-${city.id}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              className="combobox__option"
              data-city-id={city.id}
              // Before the input's blur, which would close the list.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(city)}
              onMouseMove={() => setActive(index)}
            >
              <span className="combobox__name">{localizedName(city.name, locale)}</span>
              {region && <span className="combobox__region">{regionName(region, locale)}</span>}
            </div>
          );
        })}
        {found.isSuccess && options.length === 0 && (
          <p className="combobox__empty">
            <FormattedMessage id="cities.combobox.empty" />
          </p>
        )}
      </div>
      {issues.length > 0 && (
        <p className="field__error" id={errorId}>
          {issues.map((issue) => issueText(intl, issue)).join('; ')}
        </p>
      )}
    </div>
  );
}
