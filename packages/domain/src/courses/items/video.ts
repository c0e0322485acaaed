import { z } from 'zod';
import { text } from '../../text.js';
import { CourseRecordIdSchema } from '../ids.js';
import { defineItemKind } from './define.js';

/** The share of a video that completes it: 90 % watched. */
export const videoCompletionThreshold = 0.9;

/** An https link to a video hosted elsewhere (a file on a video service or a CDN). */
export const VideoLinkSchema = text({ min: 1, max: 2000 }).refine(
  (value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  },
  { message: 'Use an https:// address' },
);

export const VideoSourceSchema = z.discriminatedUnion('kind', [
  /** A file uploaded to Gorod (`POST /api/uploads`), served with byte ranges. */
  z.strictObject({ kind: z.literal('upload'), uploadId: CourseRecordIdSchema }),
  z.strictObject({ kind: z.literal('link'), url: VideoLinkSchema }),
]);
export type VideoSource = z.infer<typeof VideoSourceSchema>;

/** A video lesson: complete once the learner has watched at least 90 % of it (`video.progress`). */
export const videoItem = defineItemKind({
  kind: 'video',
  fields: { source: VideoSourceSchema, durationSeconds: z.number().int().min(1).max(86_400).nullable().default(null) },
  events: ['item.opened', 'video.progress'],
  completes: (event) => event.kind === 'video.progress' && event.fraction >= videoCompletionThreshold,
});
