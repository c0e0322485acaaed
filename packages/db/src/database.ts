import type { CitiesTable, RegionsTable } from './cities/tables.js';
import type { DelegationsTable, ForumEditionsTable } from './forum/tables.js';

/** Every table of Gorod's database, as Kysely sees it. */
export interface Database {
  regions: RegionsTable;
  cities: CitiesTable;
  forum_editions: ForumEditionsTable;
  delegations: DelegationsTable;
}
