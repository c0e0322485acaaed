/**
 * The procedure builders of the program: each loads what its input names (the current edition, a
 * session) and hands it on as `ctx.<thing>`, like `procedures/people.ts` does for people and tokens.
 */
import { findProgramSession, listEditions, speakerUserIdsOfSession } from '@gorod/db';
import { canReadFeedbackSummary, type ForumEdition, GorodError, notFound, pickCurrentEdition, type Session, type TokenScope } from '@gorod/domain';
import type { z } from 'zod';
import type { Db } from '@gorod/db';
import { publicProcedure, roleProcedure, signedInProcedure } from '../trpc.js';
import { authorizeResource, type ResourceRule } from './resource.js';

/** The edition whose program the public procedures show: the one under way, else the next, else the latest. */
export async function currentEdition(db: Db, now: Date): Promise<ForumEdition> {
  const edition = pickCurrentEdition(await listEditions(db), now);
  if (!edition) throw new GorodError('NOT_FOUND', 'No forum edition has been announced yet');
  return edition;
}

/** An edition by id, for the organizer's create procedures: NOT_FOUND naming `editionId` when there is none. */
export async function editionById(db: Db, id: string): Promise<ForumEdition> {
  const edition = (await listEditions(db)).find((e) => e.id === id);
  if (!edition) throw notFound('edition', ['editionId']);
  return edition;
}

const loadSession = async (db: Db, id: string, path: string): Promise<Session> => {
  const session = await findProgramSession(db, id);
  if (!session) throw notFound('session', [path]);
  return session;
};

/** Organizers, who build the program, read registrations and run check-in. Browser session only. */
export const organizerProcedure = roleProcedure(['organizer']);

/** Anyone, with the program session named by `input.sessionId` as `ctx.programSession` (every session is public). */
export const publicSessionProcedure = <S extends z.ZodType<{ sessionId: string }>>(input: S) =>
  publicProcedure
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { programSession: await loadSession(ctx.db, (input as { sessionId: string }).sessionId, 'sessionId') } }));

/** A signed-in person (by token too, with `scope`), with the session named by `input.sessionId`: `ctx.programSession`. */
export const signedInSessionProcedure = <S extends z.ZodType<{ sessionId: string }>>(input: S, scope?: TokenScope) =>
  signedInProcedure(scope)
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { programSession: await loadSession(ctx.db, (input as { sessionId: string }).sessionId, 'sessionId') } }));

/** An organizer, with the session named by `input.sessionId`: `ctx.programSession`. */
export const organizerSessionProcedure = <S extends z.ZodType<{ sessionId: string }>>(input: S) =>
  organizerProcedure
    .input(input)
    .use(async ({ ctx, input, next }) => next({ ctx: { programSession: await loadSession(ctx.db, (input as { sessionId: string }).sessionId, 'sessionId') } }));

/** An organizer, with the session named by `input.id` (the editor's update and cancel): `ctx.programSession`. */
export const editedSessionProcedure = <S extends z.ZodType<{ id: string }>>(input: S) =>
  organizerProcedure.input(input).use(async ({ ctx, input, next }) => next({ ctx: { programSession: await loadSession(ctx.db, (input as { id: string }).id, 'id') } }));

type SpokenSession = Session & { speakerUserIds: string[] };

// Every session is public, so any caller sees it; reading its feedback is for organizers and its linked speakers.
const feedbackRule: ResourceRule<SpokenSession> = { what: 'session', path: 'sessionId', canSee: () => true, can: canReadFeedbackSummary };

/**
 * A signed-in person who may read the feedback of the session named by `input.sessionId` (an organizer,
 * or one of its speakers through their linked account): `ctx.programSession`. Browser session only.
 */
export const feedbackReaderProcedure = <S extends z.ZodType<{ sessionId: string }>>(input: S) =>
  signedInProcedure()
    .input(input)
    .use(async ({ ctx, input, next }) => {
      const id = (input as { sessionId: string }).sessionId;
      const session = await findProgramSession(ctx.db, id);
      const spoken = session && { ...session, speakerUserIds: await speakerUserIdsOfSession(ctx.db, id) };
      return next({ ctx: { programSession: authorizeResource(ctx.actor, spoken, feedbackRule) } });
    });
