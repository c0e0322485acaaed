/** Localized text, lists and outlines are JSON text; instants ISO 8601 UTC text. See migration 0009. */
export interface CoursesTable {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  topic: string;
  languages: string;
  enrolment: string;
  owner_id: string;
  published_version: number | null;
  created_at: string;
  archived_at: string | null;
}

export interface CourseInstructorsTable {
  course_id: string;
  user_id: string;
}

export interface CourseVersionsTable {
  course_id: string;
  number: number;
  status: string;
  outline: string;
  revision: number;
  created_at: string;
  published_at: string | null;
}

export interface CourseItemsTable {
  item_id: string;
  course_id: string;
  kind: string;
  session_id: string | null;
}

export interface CohortsTable {
  id: string;
  course_id: string;
  name: string;
  created_at: string;
}

export interface EnrollmentsTable {
  id: string;
  course_id: string;
  user_id: string;
  cohort_id: string | null;
  version: number;
  status: string;
  enrolled_at: string;
  withdrawn_at: string | null;
}

export interface ProgressEventsTable {
  id: string;
  user_id: string;
  course_id: string;
  item_id: string;
  kind: string;
  at: string;
  fraction: number | null;
  received_at: string;
}
