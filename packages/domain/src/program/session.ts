import { z } from 'zod';
import { CityIdSchema } from '../cities/schemas.js';
import { LocaleSchema } from '../locale.js';
import { InstantSchema, ProgramIdSchema } from './ids.js';
import { LocalizedTextSchema, localizedTextInput } from './localized-text.js';

export const sessionKinds = ['plenary', 'panel', 'section', 'round_table', 'workshop', 'b2b', 'signing', 'exhibition', 'course_class'] as const;
export const SessionKindSchema = z.enum(sessionKinds);
export type SessionKind = z.infer<typeof SessionKindSchema>;

export const sessionStatuses = ['scheduled', 'changed', 'cancelled'] as const;
export const SessionStatusSchema = z.enum(sessionStatuses);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/** `required`: a seat needs a registration (capacity and waitlist apply); `open`: anyone walks in. */
export const RegistrationModeSchema = z.enum(['required', 'open']);
export type RegistrationMode = z.infer<typeof RegistrationModeSchema>;

/**
 * One direction of simultaneous interpretation offered in the room (`{ from: 'ru', to: 'zh' }`).
 * A list of directions, not a flag, because a joint section with Dalian interprets ru→zh and zh→ru
 * while a plenary may offer ru→en as well; an empty list means no interpretation.
 */
export const InterpretationSchema = z.strictObject({ from: LocaleSchema, to: LocaleSchema }).refine((i) => i.from !== i.to, {
  message: 'Interpretation goes from one language to another',
});
export type Interpretation = z.infer<typeof InterpretationSchema>;

/**
 * A session of the program. `capacity` null means the room's capacity; a number is at most the room's
 * (checked against the room when saved, see `effectiveCapacity`). `version` rises on every change and
 * is the iCalendar SEQUENCE, so calendars replace their copy of the event.
 */
export const SessionSchema = z.strictObject({
  id: ProgramIdSchema,
  editionId: z.string().min(1),
  kind: SessionKindSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  roomId: z.string().min(1),
  trackIds: z.array(z.string().min(1)),
  speakerIds: z.array(z.string().min(1)),
  languages: z.array(LocaleSchema).min(1),
  interpretation: z.array(InterpretationSchema),
  capacity: z.number().int().min(1).nullable(),
  registration: RegistrationModeSchema,
  partnerCityId: z.string().min(1).nullable(),
  status: SessionStatusSchema,
  version: z.number().int().min(1),
});
export type Session = z.infer<typeof SessionSchema>;

const uniqueIds = (max: number) =>
  z
    .array(ProgramIdSchema)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'List each one once' });

const sessionFields = {
  kind: SessionKindSchema,
  title: localizedTextInput({ max: 300 }),
  description: localizedTextInput({ max: 8000, multiline: true }).nullable(),
  startsAt: InstantSchema,
  endsAt: InstantSchema,
  roomId: ProgramIdSchema,
  trackIds: uniqueIds(10),
  speakerIds: uniqueIds(50),
  languages: z
    .array(LocaleSchema)
    .min(1)
    .max(3)
    .refine((l) => new Set(l).size === l.length, { message: 'List each language once' }),
  interpretation: z.array(InterpretationSchema).max(6),
  capacity: z.number().int().min(1).max(100_000).nullable(),
  registration: RegistrationModeSchema,
  partnerCityId: CityIdSchema.nullable(),
};

const endsAfterStart = (s: { startsAt?: string; endsAt?: string }) => !s.startsAt || !s.endsAt || s.startsAt < s.endsAt;
const endsAfterStartIssue = { message: 'A session ends after it starts', path: ['endsAt'] };

export const SessionCreateInputSchema = z
  .strictObject({
    editionId: ProgramIdSchema,
    ...sessionFields,
    description: sessionFields.description.default(null),
    trackIds: sessionFields.trackIds.default([]),
    speakerIds: sessionFields.speakerIds.default([]),
    languages: sessionFields.languages.default(['ru']),
    interpretation: sessionFields.interpretation.default([]),
    capacity: sessionFields.capacity.default(null),
    registration: sessionFields.registration.default('required'),
    partnerCityId: sessionFields.partnerCityId.default(null),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type SessionCreateInput = z.infer<typeof SessionCreateInputSchema>;

/** Changes to a session; absent fields stay. Cancelling is its own operation, not a status field here. */
export const SessionUpdateInputSchema = z
  .strictObject({
    id: ProgramIdSchema,
    kind: sessionFields.kind.optional(),
    title: sessionFields.title.optional(),
    description: sessionFields.description.optional(),
    startsAt: sessionFields.startsAt.optional(),
    endsAt: sessionFields.endsAt.optional(),
    roomId: sessionFields.roomId.optional(),
    trackIds: sessionFields.trackIds.optional(),
    speakerIds: sessionFields.speakerIds.optional(),
    languages: sessionFields.languages.optional(),
    interpretation: sessionFields.interpretation.optional(),
    capacity: sessionFields.capacity.optional(),
    registration: sessionFields.registration.optional(),
    partnerCityId: sessionFields.partnerCityId.optional(),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type SessionUpdateInput = z.infer<typeof SessionUpdateInputSchema>;

export const SessionIdInputSchema = z.strictObject({ sessionId: ProgramIdSchema });
export type SessionIdInput = z.infer<typeof SessionIdInputSchema>;

/** The seats a session offers: its own capacity, never more than its room's. */
export function effectiveCapacity(session: Pick<Session, 'capacity'>, room: Pick<{ capacity: number }, 'capacity'>): number {
  return session.capacity === null ? room.capacity : Math.min(session.capacity, room.capacity);
}

/** Seats still free: never negative, even when more people were confirmed than the room now seats. */
export function seatsLeft(session: Pick<Session, 'capacity'>, room: { capacity: number }, confirmedCount: number): number {
  return Math.max(0, effectiveCapacity(session, room) - confirmedCount);
}
