import { type CohortCsvLabels, cohortCsv, cohortCsvColumns, type CohortTable, enrollmentStatuses, type FederalDistrict, federalDistricts } from '@gorod/sdk';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLocale } from '../../i18n/i18n-provider';
import { sortCohortRows } from './cohort-sort';
import { downloadText } from './download-text';
import type { CohortFilters } from './use-cohort-filters';

/**
 * Downloads the table as on screen (the same filters and order) as a CSV file made by the SDK's
 * `cohortCsv`: UTF-8 with a BOM so Excel reads Cyrillic, formula-like cells neutralised, and the
 * headers and words in the reader's language.
 */
export function CsvExport({ table, filters, slug }: { table: CohortTable; filters: CohortFilters; slug: string }) {
  const intl = useIntl();
  const { locale } = useLocale();
  const districtName = (district: FederalDistrict) => intl.formatMessage({ id: `cities.district.${district}` });
  const labels = (): CohortCsvLabels => ({
    headers: Object.fromEntries(cohortCsvColumns.map((column) => [column, intl.formatMessage({ id: `teach.csv.${column}` })])) as CohortCsvLabels['headers'],
    federalDistricts: Object.fromEntries(federalDistricts.map((district) => [district, districtName(district)])) as CohortCsvLabels['federalDistricts'],
    statuses: Object.fromEntries(enrollmentStatuses.map((status) => [status, intl.formatMessage({ id: `teach.csv.status.${status}` })])) as CohortCsvLabels['statuses'],
    completed: { yes: intl.formatMessage({ id: 'teach.csv.yes' }), no: intl.formatMessage({ id: 'teach.csv.no' }) },
  });
  const download = () => {
    const rows = sortCohortRows(table.rows, filters.sort, filters.direction, locale, districtName);
    downloadText(`${slug}-learners.csv`, cohortCsv({ ...table, rows }, locale, labels()));
  };
  return (
    <button type="button" className="button button--secondary" data-testid="csv-export" onClick={download}>
      <FormattedMessage id="teach.csv.download" />
    </button>
  );
}
