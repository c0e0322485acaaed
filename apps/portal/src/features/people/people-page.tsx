import { roles, userStatuses } from '@gorod/sdk';
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
import { FilterForm, FilterSelect, messageOptions } from '../../ui/filter-form';
import { withStaffMessages } from '../../i18n/staff-messages';

/**
 * `/people` (organizers): everyone, their roles and status, filtered in the address; invitations one by one,
 * from a CSV file, or again to all who have not accepted.
 */
function PeoplePageContent() {
  const intl = useIntl();
  const me = useMe();
  const peopleFilters = usePeopleFilters();
  const { filters, setFilters } = peopleFilters;
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

      <FilterForm
        state={peopleFilters}
        label="people.filter.label"
        variant="filters--people"
        search={{ field: 'search', label: 'people.filter.search', placeholder: 'people.filter.searchPlaceholder' }}
      >
        <FilterSelect
          label="people.filter.role"
          anyLabel="people.filter.allRoles"
          value={filters.role}
          options={messageOptions(intl, roles, (role) => `people.role.${role}`)}
          onChange={(role) => setFilters({ role })}
        />
        <FilterSelect
          label="people.filter.status"
          anyLabel="people.filter.anyStatus"
          value={filters.status}
          options={messageOptions(intl, userStatuses, (status) => `people.filter.status.${status}`)}
          onChange={(status) => setFilters({ status })}
        />
        {/* A chosen status decides alone; "any status" hides the deactivated unless asked. */}
        {filters.status === undefined && (
          <label className="check check--inline">
            <input type="checkbox" checked={filters.includeDeactivated} onChange={(event) => setFilters({ includeDeactivated: event.target.checked })} />
            <span className="check__text">
              <FormattedMessage id="people.filter.includeDeactivated" />
            </span>
          </label>
        )}
      </FilterForm>

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

export const PeoplePage = withStaffMessages(PeoplePageContent);
