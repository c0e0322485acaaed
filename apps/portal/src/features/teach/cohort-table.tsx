import type { CohortRow, CohortTable as CohortTableData, FederalDistrict } from '@gorod/sdk';
import { localizedName } from '@gorod/sdk';
import { useMemo } from 'react';
import { FormattedMessage, FormattedNumber, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { useFormatInstant } from '../../lib/use-format-instant';
import { ConfirmButton } from '../../ui/confirm-button';
import { ErrorMessage } from '../../ui/error-message';
import { type CohortSortKey, sortCohortRows } from './cohort-sort';
import { useRemoveEnrollment } from './queries';
import type { CohortFilters } from './use-cohort-filters';

const columns: { key: CohortSortKey; label: `teach.table.column.${CohortSortKey}` }[] = [
  { key: 'name', label: 'teach.table.column.name' },
  { key: 'city', label: 'teach.table.column.city' },
  { key: 'region', label: 'teach.table.column.region' },
  { key: 'district', label: 'teach.table.column.district' },
  { key: 'cohort', label: 'teach.table.column.cohort' },
  { key: 'completed', label: 'teach.table.column.completed' },
  { key: 'fraction', label: 'teach.table.column.fraction' },
  { key: 'lastActivity', label: 'teach.table.column.lastActivity' },
];

interface Props {
  courseId: string;
  table: CohortTableData;
  filters: CohortFilters;
  onSort: (sort: CohortSortKey) => void;
  busy: boolean;
}

/** Every learner matching the filters with their progress; a column's header sorts by it (again: the other way). */
export function CohortTable({ courseId, table, filters, onSort, busy }: Props) {
  const intl = useIntl();
  const { locale } = useLocale();
  const format = useFormatInstant();
  const remove = useRemoveEnrollment();
  const districtName = (district: FederalDistrict) => intl.formatMessage({ id: `cities.district.${district}` });
  // biome-ignore lint/correctness/useExhaustiveDependencies: districtName follows intl, which is listed
  const rows = useMemo(
    () => sortCohortRows(table.rows, filters.sort, filters.direction, locale, districtName),
    [table.rows, filters.sort, filters.direction, locale, intl],
  );
  return (
    <>
      {remove.error && <ErrorMessage error={remove.error} />}
      <div className="table-scroll" data-testid="cohort-table-scroll">
        <table className="table cohort-table" data-testid="cohort-table" aria-busy={busy}>
          <caption className="visually-hidden">
            <FormattedMessage id="teach.table.caption" />
          </caption>
          <thead>
            <tr>
              {columns.map((column) => {
                const sorted = filters.sort === column.key;
                return (
                  <th key={column.key} scope="col" aria-sort={sorted ? (filters.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                    <button type="button" className="sort-button" data-testid={`sort-${column.key}`} onClick={() => onSort(column.key)}>
                      <FormattedMessage id={column.label} />
                      <span aria-hidden="true">{sorted ? (filters.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col">
                <span className="visually-hidden">
                  <FormattedMessage id="teach.table.column.actions" />
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <LearnerRow
                key={row.userId}
                row={row}
                format={format}
                locale={locale}
                districtName={districtName}
                onRemove={() => remove.mutate({ courseId, userId: row.userId })}
                removing={remove.isPending}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function LearnerRow({
  row,
  format,
  locale,
  districtName,
  onRemove,
  removing,
}: {
  row: CohortRow;
  format: (iso: string) => string;
  locale: Parameters<typeof localizedName>[1];
  districtName: (district: FederalDistrict) => string;
  onRemove: () => void;
  removing: boolean;
}) {
  const intl = useIntl();
  const withdrawn = row.status === 'withdrawn';
  return (
    <tr data-testid="cohort-row" data-user-id={row.userId} className={withdrawn ? 'cohort-row--withdrawn' : undefined}>
      <th scope="row">
        {row.name}
        {withdrawn && (
          <>
            {' '}
            <span className="badge badge--muted">
              <FormattedMessage id="teach.table.withdrawn" />
            </span>
          </>
        )}
      </th>
      <td>{row.city ? localizedName(row.city.name, locale) : '—'}</td>
      <td>{row.region ? localizedName(row.region.name, locale) : '—'}</td>
      <td>{row.federalDistrict ? districtName(row.federalDistrict) : '—'}</td>
      <td>{row.cohortName ?? '—'}</td>
      <td data-testid="cohort-completed">
        {row.completedItems} / {row.totalItems}
      </td>
      <td>
        <span className="progress-cell">
          <meter min={0} max={1} value={row.fraction} aria-hidden="true" />
          <FormattedNumber value={row.fraction} style="percent" maximumFractionDigits={0} />
        </span>
      </td>
      <td>{row.lastActivityAt ? format(row.lastActivityAt) : '—'}</td>
      <td>
        {!withdrawn && (
          <ConfirmButton
            danger
            className="button--small"
            pending={removing}
            question={intl.formatMessage({ id: 'teach.table.unenrolQuestion' }, { name: row.name })}
            onConfirm={onRemove}
          >
            <FormattedMessage id="teach.table.unenrol" />
          </ConfirmButton>
        )}
      </td>
    </tr>
  );
}
