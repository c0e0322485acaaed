import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { ErrorMessage } from '../../ui/error-message';
import { usePeopleSearch } from './queries';

interface PersonSearchProps {
  /** The search box's label ("Найти участника"). */
  label: string;
  /** The button next to each person found ("Записать"). */
  action: string;
  onPick: (person: { id: string; name: string; email: string }) => void;
  /** People already chosen, shown without the button. */
  exclude?: readonly string[];
  pending?: boolean;
}

/** Finds people by name or email (the people directory's own search, for organizers) and picks one. */
export function PersonSearch({ label, action, onPick, exclude = [], pending = false }: PersonSearchProps) {
  const intl = useIntl();
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const people = usePeopleSearch(search);
  return (
    <div className="person-search">
      <div className="field field--search">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="search"
          value={text}
          maxLength={100}
          autoComplete="off"
          placeholder={intl.formatMessage({ id: 'teach.person.placeholder' })}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {people.error && <ErrorMessage error={people.error} />}
      {people.data && search.trim().length >= 2 && (
        <ul className="person-search__results" data-testid="person-results" aria-busy={people.isPlaceholderData}>
          {people.data.length === 0 && (
            <li className="muted">
              <FormattedMessage id="teach.person.none" />
            </li>
          )}
          {people.data.map((person) => (
            <li key={person.id} data-testid="person-result">
              <span className="person-search__who">
                <span>{person.name}</span> <span className="muted">{person.email}</span>
              </span>
              {exclude.includes(person.id) ? (
                <span className="badge badge--muted">
                  <FormattedMessage id="teach.person.chosen" />
                </span>
              ) : (
                <button type="button" className="button button--small" disabled={pending} onClick={() => onPick(person)}>
                  {action}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
