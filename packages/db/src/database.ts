import type { CitiesTable, RegionsTable } from './cities/tables.js';
import type {
  CohortsTable,
  CourseInstructorsTable,
  CourseItemsTable,
  CoursesTable,
  CourseVersionsTable,
  EnrollmentsTable,
  ProgressEventsTable,
} from './courses/tables.js';
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
import type {
  AgendaStarsTable,
  CalendarFeedsTable,
  CheckInsTable,
  FeedbackTable,
  ProgramSessionSpeakersTable,
  ProgramSessionsTable,
  ProgramSessionTracksTable,
  ProgramVersionsTable,
  RegistrationsTable,
  RoomsTable,
  SpeakersTable,
  TracksTable,
} from './program/tables.js';
import type { UploadsTable } from './uploads/tables.js';

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
  rooms: RoomsTable;
  tracks: TracksTable;
  speakers: SpeakersTable;
  program_sessions: ProgramSessionsTable;
  program_session_tracks: ProgramSessionTracksTable;
  program_session_speakers: ProgramSessionSpeakersTable;
  registrations: RegistrationsTable;
  agenda_stars: AgendaStarsTable;
  feedback: FeedbackTable;
  check_ins: CheckInsTable;
  calendar_feeds: CalendarFeedsTable;
  program_versions: ProgramVersionsTable;
  courses: CoursesTable;
  course_instructors: CourseInstructorsTable;
  course_versions: CourseVersionsTable;
  course_items: CourseItemsTable;
  cohorts: CohortsTable;
  enrollments: EnrollmentsTable;
  progress_events: ProgressEventsTable;
  uploads: UploadsTable;
}
