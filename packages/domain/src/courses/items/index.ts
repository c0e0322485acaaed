import { z } from 'zod';
import { articleItem } from './article.js';
import { classItem } from './class.js';
import { fileItem } from './file.js';
import { videoItem } from './video.js';

export { articleItem } from './article.js';
export { classItem } from './class.js';
export type { ItemKind } from './define.js';
export { fileItem } from './file.js';
export { type VideoSource, VideoSourceSchema, videoCompletionThreshold, videoItem } from './video.js';

/** Every kind of course item. A new kind is its own file and one entry here. */
export const itemKinds = {
  article: articleItem,
  video: videoItem,
  file: fileItem,
  class: classItem,
} as const;

export type ItemKindName = keyof typeof itemKinds;
export const itemKindNames = Object.keys(itemKinds) as ItemKindName[];

export const ItemSchema = z.discriminatedUnion('kind', [articleItem.schema, videoItem.schema, fileItem.schema, classItem.schema]);
export type Item = z.infer<typeof ItemSchema>;
export type ItemInput = z.input<typeof ItemSchema>;
export type ItemOf<K extends ItemKindName> = Extract<Item, { kind: K }>;
