import { z } from 'zod';
import { text } from '../../text.js';
import { CourseRecordIdSchema } from '../ids.js';
import { defineItemKind } from './define.js';

/**
 * A file to download (a template, a handbook). Its name, type and size are the upload's: the server
 * copies them from the upload when the draft is saved, whatever the client sent. Completed when opened.
 */
export const fileItem = defineItemKind({
  kind: 'file',
  fields: {
    uploadId: CourseRecordIdSchema,
    fileName: text({ min: 1, max: 255 }),
    mediaType: text({ min: 1, max: 127 }),
    size: z.number().int().min(0),
  },
  events: ['item.opened'],
  completes: (event) => event.kind === 'item.opened',
});
