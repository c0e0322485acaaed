import { z } from 'zod';
import { localizedTextInput } from '../../program/localized-text.js';
import { CourseRecordIdSchema } from '../ids.js';
import type { ProgressEvent, ProgressEventKind } from '../progress-events.js';

/** Every item's own fields, whatever its kind: a stable id (kept across versions) and a title. */
export const itemBaseShape = {
  id: CourseRecordIdSchema,
  title: localizedTextInput({ max: 300 }),
};

/**
 * One kind of course item, described in one file (`items/<kind>.ts`): its fields and how progress
 * events complete it. The item union, the progress reducer and ingestion read these definitions, so a
 * new kind (a quiz, an assignment) is a new file plus one line in `items/index.ts`, not a switch in
 * every layer.
 */
export interface ItemKind<K extends string, Shape extends z.ZodRawShape> {
  kind: K;
  /** The item's schema: the base fields, `kind`, and this kind's own fields. */
  schema: z.ZodObject<typeof itemBaseShape & { kind: z.ZodLiteral<K> } & Shape, z.core.$strict>;
  /** The event kinds recorded against this kind of item; any other is rejected (`wrong_event_for_item`). */
  events: readonly ProgressEventKind[];
  /** Which of `events` complete the item (the rest only mark it in progress). */
  completes(event: ProgressEvent): boolean;
}

export function defineItemKind<K extends string, Shape extends z.ZodRawShape>(definition: {
  kind: K;
  fields: Shape;
  events: readonly ProgressEventKind[];
  completes(event: ProgressEvent): boolean;
}): ItemKind<K, Shape> {
  const schema = z.strictObject({ ...itemBaseShape, kind: z.literal(definition.kind), ...definition.fields });
  return { kind: definition.kind, schema, events: definition.events, completes: definition.completes };
}
