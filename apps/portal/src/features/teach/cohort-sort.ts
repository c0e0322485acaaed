import type { CohortRow, FederalDistrict, Locale } from '@gorod/sdk';
import { localizedName } from '@gorod/sdk';

export const cohortSortKeys = ['name', 'city', 'region', 'district', 'cohort', 'completed', 'fraction', 'lastActivity'] as const;
export type CohortSortKey = (typeof cohortSortKeys)[number];
export const sortDirections = ['asc', 'desc'] as const;
export type SortDirection = (typeof sortDirections)[number];

type Value = string | number | null;

/** The value a column sorts by: names in the reader's language, districts by their translated name. */
function sortValue(row: CohortRow, key: CohortSortKey, locale: Locale, districtName: (district: FederalDistrict) => string): Value {
  switch (key) {
    case 'name':
      return row.name;
    case 'city':
      return row.city ? localizedName(row.city.name, locale) : null;
    case 'region':
      return row.region ? localizedName(row.region.name, locale) : null;
    case 'district':
      return row.federalDistrict ? districtName(row.federalDistrict) : null;
    case 'cohort':
      return row.cohortName;
    case 'completed':
      return row.completedItems;
    case 'fraction':
      return row.fraction;
    case 'lastActivity':
      return row.lastActivityAt;
  }
}

/**
 * The rows ordered by one column, in the reader's collation; empty cells (no city, never active) go last
 * in either direction, and ties keep the name order, so the table never jumps between equal rows.
 */
export function sortCohortRows(
  rows: readonly CohortRow[],
  key: CohortSortKey,
  direction: SortDirection,
  locale: Locale,
  districtName: (district: FederalDistrict) => string = (district) => district,
): CohortRow[] {
  const collator = new Intl.Collator(locale, { numeric: true });
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: Value, b: Value) => (typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b)));
  return rows
    .map((row) => ({ row, value: sortValue(row, key, locale, districtName) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return collator.compare(a.row.name, b.row.name);
        return a.value === null ? 1 : -1;
      }
      return sign * compare(a.value, b.value) || collator.compare(a.row.name, b.row.name) || (a.row.userId < b.row.userId ? -1 : 1);
    })
    .map(({ row }) => row);
}
