import type { Session } from '@gorod/domain';
import { expect, it } from 'vitest';
import { demoEdition } from '../seed/demo.js';
import { countingStatements, describeEachDialect, useTestDatabase } from '../testing/index.js';
import { cancelSession, findProgramSession, insertSessions, readProgram, updateSession } from './sessions.js';

describeEachDialect('program sessions', (dialect) => {
  const database = useTestDatabase(dialect);

  it('reads the seeded program back as domain records', async () => {
    const { db } = database();
    const program = await readProgram(db, demoEdition.id);
    expect(program.sessions.length).toBeGreaterThanOrEqual(80);
    expect(program.rooms.length).toBeGreaterThanOrEqual(6);
    const plenary = program.sessions.find((s) => s.id === 'plenary')!;
    expect(plenary).toMatchObject({ kind: 'plenary', startsAt: '2026-11-27T05:00:00.000Z', roomId: 'main-hall', languages: ['ru', 'en', 'zh'], version: 1 });
    expect(plenary.speakerIds).toEqual(['guest-moderator', 'guest-urbanist', 'guest-economist', 'dalian-wang']);
  });

  it('reads the whole program in the same number of statements whatever the number of sessions', async () => {
    const { db } = database();
    const { db: counted, take } = countingStatements(db);
    const statementsFor = async () => {
      take();
      const program = await readProgram(counted, demoEdition.id);
      return { statements: take(), sessions: program.sessions.length };
    };
    const before = await statementsFor();
    const template = (await findProgramSession(db, 'd1-hall-a-1'))!;
    const more: Session[] = Array.from({ length: 150 }, (_, i) => ({ ...template, id: `extra-${i}`, speakerIds: ['speaker-01', 'speaker-02'] }));
    await insertSessions(db, more);
    const after = await statementsFor();
    expect(after.sessions).toBe(before.sessions + 150);
    expect(after.statements).toBe(before.statements);
    expect(before.statements).toBe(6);
    await db.deleteFrom('program_sessions').where('id', 'like', 'extra-%').execute();
  });

  it('raises the version and marks the session changed on every change, and cancels once', async () => {
    const { db } = database();
    const base = (await findProgramSession(db, 'd1-hall-a-1'))!;
    const copy: Session = { ...base, id: 'versioned', roomId: 'hall-a', startsAt: '2026-11-28T13:00:00.000Z', endsAt: '2026-11-28T14:00:00.000Z' };
    await insertSessions(db, [copy]);
    expect(await updateSession(db, { id: 'versioned', title: { ru: 'Новое название' }, speakerIds: ['speaker-03'] })).toBe(true);
    expect(await findProgramSession(db, 'versioned')).toMatchObject({ title: { ru: 'Новое название' }, speakerIds: ['speaker-03'], status: 'changed', version: 2 });
    expect(await cancelSession(db, 'versioned')).toBe(true);
    expect(await cancelSession(db, 'versioned')).toBe(false);
    expect(await updateSession(db, { id: 'versioned', title: { ru: 'После отмены' } })).toBe(false);
    expect(await findProgramSession(db, 'versioned')).toMatchObject({ status: 'cancelled', version: 3 });
  });
});
