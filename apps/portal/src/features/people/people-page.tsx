import { type Role, roles } from '@gorod/sdk';
import { useId, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ListMore } from '../../ui/list-more';
import { EmptyState, QueryState } from '../../ui/query-state';
import { useMe } from '../../lib/use-me';
import { CsvImport } from './csv-import';
import { InviteForm } from './invite-form';
import { PersonRow } from './person-row';
import { type PeopleFilters, usePeople } from './queries';
import { PageHeader } from '../../ui/page-header';
import { useDebouncedValue } from '../../lib/use-debounced-value';

/** `/people` (organizers): everyone, their roles and status; invitations one by one or from a CSV file. */
export function PeoplePage() {
  const intl = useIntl();
  const me = useMe();
  const ids = { search: useId(), role: useId() };
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Omit<PeopleFilters, 'search'>>({ role: undefined, includeDeactivated: false });
  const search = useDebouncedValue(text);
  const people = usePeople({ ...filters, search });

  return (
    <div className="page">
      <PageHeader title={<FormattedMessage id="people.title" />} lead={<FormattedMessage id="people.lead" />} />

      <div className="panels">
        <details className="panel" data-testid="invite-panel">
          <summary className="panel__summary">
            <FormattedMessage id="people.invite.title" />
          </summary>
          <InviteForm />
        </details>
        <details className="panel" data-testid="import-panel">
          <summary className="panel__summary">
            <FormattedMessage id="people.import.title" />
          </summary>
          <CsvImport />
        </details>
      </div>

      <search aria-label={intl.formatMessage({ id: 'people.filter.label' })}>
        <form className="filters filters--people" onSubmit={(event) => event.preventDefault()}>
          <div className="field field--search">
            <label htmlFor={ids.search}>
              <FormattedMessage id="people.filter.search" />
            </label>
            <input
              id={ids.search}
              type="search"
              value={text}
              maxLength={100}
              autoComplete="off"
              placeholder={intl.formatMessage({ id: 'people.filter.searchPlaceholder' })}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.role}>
              <FormattedMessage id="people.filter.role" />
            </label>
            <select
              id={ids.role}
              value={filters.role ?? ''}
              onChange={(event) => setFilters({ ...filters, role: roles.find((r) => r === event.target.value) as Role | undefined })}
            >
              <option value="">{intl.formatMessage({ id: 'people.filter.allRoles' })}</option>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {intl.formatMessage({ id: `people.role.${role}` })}
                </option>
              ))}
            </select>
          </div>
          <label className="check check--inline">
            <input
              type="checkbox"
              checked={filters.includeDeactivated}
              onChange={(event) => setFilters({ ...filters, includeDeactivated: event.target.checked })}
            />
            <span className="check__text">
              <FormattedMessage id="people.filter.includeDeactivated" />
            </span>
          </label>
        </form>
      </search>

      <QueryState
        query={people}
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={
          <EmptyState testId="people-empty">
            <FormattedMessage id="people.list.empty" />
          </EmptyState>
        }
      >
        {(data) => {
          const list = data.pages.flatMap((page) => page.items);
          return (
            <section aria-labelledby="people-list-title">
              <h2 id="people-list-title" className="list-summary" aria-live="polite">
                <FormattedMessage id="people.list.shown" values={{ count: list.length }} />
              </h2>
              <ul className="item-list" data-testid="people-list" aria-busy={people.isPlaceholderData || people.isFetchingNextPage}>
                {list.map((person) => (
                  <PersonRow key={person.id} person={person} isMe={person.id === me.data?.id} />
                ))}
              </ul>
              <ListMore query={people} />
            </section>
          );
        }}
      </QueryState>
    </div>
  );
}
