import type { CourseEnrolment, CourseTopic, Locale, LocalizedText, OutlineInput } from '@gorod/domain';
import type { DemoFile } from './demo-file.js';

/**
 * A demo course as written by hand: its card and its published versions, oldest first. Ids are readable
 * slugs (the contract allows them for seeded records), so the same course has the same ids everywhere.
 */
export interface DemoCourse {
  id: string;
  slug: string;
  title: LocalizedText;
  description: LocalizedText;
  topic: CourseTopic;
  languages: Locale[];
  enrolment: CourseEnrolment;
  versions: OutlineInput[];
  /** The documents its file items offer, seeded as uploads of the demo instructor. */
  files: DemoFile[];
}

/** Public-domain (CC0) sample videos from MDN's examples: the demo stores only their links. */
export const sampleVideos = {
  flower: 'https://interactive-examples.mdn.mozilla.net/media/cc0-videos/flower.mp4',
  friday: 'https://interactive-examples.mdn.mozilla.net/media/cc0-videos/friday.mp4',
} as const;

/** Markdown written as lines, so the source reads like the text. */
export const markdown = (...lines: string[]): string => lines.join('\n');
