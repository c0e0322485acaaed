import { roles, userStatuses } from '@gorod/sdk';
import { useCallback, useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ListMore } from '../../ui/list-more';
import { EmptyState, QueryState } from '../../ui/query-state';
import { useMe } from '../../lib/use-me';
import { CsvImport } from './csv-import';
import { InviteForm } from './invite-form';
import { PersonRow } from './person-row';
import { usePeople } from './queries';
import { ResendAllInvitations } from './resend-all-invitations';
import { usePeopleFilters } from './use-people-filters';
import { PageHeader } from '../../ui/page-header';
import { useAddressSearch } from '../../lib/use-address-search';

/**
 * `/people` (organizers): everyone, their roles and status, filtered in the address; invitations one by one,
 * from a CSV file, or again to all who have not accepted.
 */
export function PeoplePage() {
  const intl = useIntl();
  const me = useMe();
  const ids = { search: useId(), role: useId(), status: useId() };
  const { filters, setFilters } = usePeopleFilters();
  const commitSearch = useCallback((search: string) => setFilters({ search }, { replace: true }), [setFilters]);
  const [text, setText] = useAddressSearch(filters.search, commitSearch);
  const people = usePeople(filters);

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
      <ResendAllInvitations />

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
              onChange={(event) => setFilters({ role: roles.find((role) => role === event.target.value) })}
            >
              <option value="">{intl.formatMessage({ id: 'people.filter.allRoles' })}</option>
              {roles.map((role) => (
                <option key={role} value={role}>
                  {intl.formatMessage({ id: `people.role.${role}` })}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.status}>
              <FormattedMessage id="people.filter.status" />
            </label>
            <select
              id={ids.status}
              value={filters.status ?? ''}
              onChange={(event) => setFilters({ status: userStatuses.find((status) => status === event.target.value) })}
            >
              <option value="">{intl.formatMessage({ id: 'people.filter.anyStatus' })}</option>
              {userStatuses.map((status) => (
                <option key={status} value={status}>
                  {intl.formatMessage({ id: `people.filter.status.${status}` })}
                </option>
              ))}
            </select>
          </div>
          {/* A chosen status decides alone; "any status" hides the deactivated unless asked. */}
          {filters.status === undefined && (
            <label className="check check--inline">
              <input
                type="checkbox"
                checked={filters.includeDeactivated}
                onChange={(event) => setFilters({ includeDeactivated: event.target.checked })}
              />
              <span className="check__text">
                <FormattedMessage id="people.filter.includeDeactivated" />
              </span>
            </label>
          )}
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
          // Every page carries the count of all matches: the heading says how many there are, not how many loaded.
          const total = data.pages.at(-1)?.total ?? list.length;
          return (
            <section aria-labelledby="people-list-title">
              <h2 id="people-list-title" className="list-summary" aria-live="polite" data-testid="people-total" data-total={total}>
                <FormattedMessage id="people.list.shown" values={{ count: total }} />
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
