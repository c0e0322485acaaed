import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { usePersonSearch } from './queries';

export interface PickedPerson {
  id: string;
  name: string;
  email: string;
}

/**
 * Picks the person account a speaker is linked to: the linked person with a button to unlink, or a
 * search over people (by name or email, as on the people page) offering the first matches.
 */
export function PersonPicker({ label, value, onChange, issues }: { label: string; value: PickedPerson | null; onChange: (person: PickedPerson | null) => void; issues?: string | undefined }) {
  const intl = useIntl();
  const inputId = useId();
  const [search, setSearch] = useState('');
  const found = usePersonSearch(search);
  const matches = search.trim().length >= 2 ? (found.data?.items ?? []) : [];
  return (
    <div className="field person-picker" data-testid="person-picker">
      {value ? (
        <>
          <span className="field__label">{label}</span>
          <p className="person-picker__linked" data-testid="linked-person">
            <span>
              {value.name} <span className="muted">{value.email}</span>
            </span>
            <button type="button" className="button button--small button--secondary" onClick={() => onChange(null)}>
              <FormattedMessage id="organizeProgram.speaker.unlink" />
            </button>
          </p>
        </>
      ) : (
        <>
          <label htmlFor={inputId}>{label}</label>
          <input
            id={inputId}
            type="search"
            value={search}
            placeholder={intl.formatMessage({ id: 'organizeProgram.speaker.accountSearch' })}
            onChange={(e) => setSearch(e.target.value)}
          />
          {matches.length > 0 && (
            <ul className="person-picker__matches">
              {matches.map((person) => (
                <li key={person.id}>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => {
                      onChange({ id: person.id, name: person.name, email: person.email });
                      setSearch('');
                    }}
                  >
                    {person.name} <span className="muted">{person.email}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {search.trim().length >= 2 && found.isSuccess && matches.length === 0 && (
            <p className="muted">
              <FormattedMessage id="organizeProgram.speaker.noAccount" />
            </p>
          )}
        </>
      )}
      {issues && <p className="field__error">{issues}</p>}
    </div>
  );
}
