import type { FederalDistrict } from '../cities/schemas.js';
import type { Locale, LocalizedName } from '../locale.js';
import type { LocalizedText } from '../program/localized-text.js';
import type { SessionStatus } from '../program/session.js';
import type { Course, CourseVersion } from './course.js';
import type { Enrollment } from './enrollment.js';
import type { CourseProgress } from './progress-state.js';
import type { CourseTopic } from './topics.js';

/** A course as the catalog shows it. */
export interface CourseSummary {
  id: string;
  slug: string;
  title: LocalizedText;
  description: LocalizedText | null;
  topic: CourseTopic;
  languages: Locale[];
  enrolment: Course['enrolment'];
  instructors: Array<{ id: string; name: string }>;
  publishedVersion: number | null;
  modulesCount: number;
  itemsCount: number;
  /** The course's in-person classes: how many the published version has. */
  classesCount: number;
  archived: boolean;
}

/** A class item's program session, as the lesson player shows it. */
export interface ClassSessionInfo {
  sessionId: string;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
  roomName: string;
  status: SessionStatus;
}

/** `courses.get`: the course and one published version's outline, with its classes' sessions. */
export interface CourseView {
  course: CourseSummary;
  version: Pick<CourseVersion, 'number' | 'status' | 'publishedAt' | 'outline'>;
  classSessions: ClassSessionInfo[];
}

/** `enrollments.mine`: each course the person is enrolled in (active or withdrawn), with their progress. */
export interface MyEnrollment {
  enrollment: Enrollment;
  course: CourseSummary;
  progress: Pick<CourseProgress, 'completedItems' | 'totalItems' | 'fraction' | 'completed' | 'resumeItemId' | 'lastActivityAt'>;
  /** A newer published version exists than the one studied. */
  newerVersion: number | null;
}

/** `progress.mine`: the derived state of the person's enrolled version. */
export interface MyProgress {
  courseId: string;
  version: number;
  progress: CourseProgress;
}

export interface CohortTotals {
  learners: number;
  completed: number;
  /** Mean of the learners' completed fractions (0–1). */
  averageFraction: number;
}

export interface CohortRow {
  userId: string;
  name: string;
  city: { id: string; name: LocalizedName } | null;
  region: { id: string; name: LocalizedName } | null;
  federalDistrict: FederalDistrict | null;
  cohortId: string | null;
  cohortName: string | null;
  version: number;
  status: Enrollment['status'];
  completedItems: number;
  totalItems: number;
  fraction: number;
  completed: boolean;
  lastActivityAt: string | null;
}

/** `progress.cohort`: every matching learner's progress, with totals per region and federal district. */
export interface CohortTable {
  courseId: string;
  cohortId: string | null;
  rows: CohortRow[];
  totals: CohortTotals;
  byRegion: Array<CohortTotals & { regionId: string; regionName: LocalizedName; federalDistrict: FederalDistrict }>;
  byDistrict: Array<CohortTotals & { federalDistrict: FederalDistrict }>;
}

/** `courses.mine`: a course the person teaches, with where its draft stands. */
export interface TaughtCourse extends CourseSummary {
  ownerId: string;
  /** The open draft's version number and revision, or null when there is no draft. */
  draft: { number: number; revision: number } | null;
  /** Active learners. */
  learners: number;
}

/** `courses.draft`: the course as stored and its draft (made from the newest version when there was none). */
export interface CourseDraft {
  course: Course;
  draft: CourseVersion;
}

/** `courses.versions`: every version of a course, newest first, without outlines. */
export type CourseVersionSummary = Omit<CourseVersion, 'outline'> & { modulesCount: number; itemsCount: number; learners: number };
