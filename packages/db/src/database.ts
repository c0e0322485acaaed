import type { CitiesTable, RegionsTable } from './cities/tables.js';
import type { DelegationsTable, ForumEditionsTable } from './forum/tables.js';
import type {
  ApiTokensTable,
  AuditEventsTable,
  LinkTokensTable,
  MailOutboxTable,
  SessionsTable,
  SignInFailuresTable,
  TrustedDevicesTable,
  UserRolesTable,
  UsersTable,
} from './people/tables.js';

/** Every table of Gorod's database, as Kysely sees it. */
export interface Database {
  regions: RegionsTable;
  cities: CitiesTable;
  forum_editions: ForumEditionsTable;
  delegations: DelegationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  link_tokens: LinkTokensTable;
  api_tokens: ApiTokensTable;
  sign_in_failures: SignInFailuresTable;
  trusted_devices: TrustedDevicesTable;
  audit_events: AuditEventsTable;
  mail_outbox: MailOutboxTable;
}
