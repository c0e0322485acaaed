import { findProgramConflicts } from '@gorod/domain';
import { describe, expect, it } from 'vitest';
import { demoEdition } from './demo.js';
import { loadDirectory } from './directory.js';
import { demoProgram } from './program.js';

const cityIds = new Set(loadDirectory().cities.map((c) => c.id));
const program = demoProgram(demoEdition, cityIds);

describe('the demo program', () => {
  it('has no conflicts: no room or speaker in two places at once, every session within the forum days', () => {
    expect(findProgramConflicts(program.sessions, demoEdition)).toEqual([]);
  });

  it('offers at least 80 sessions across at least 6 rooms and tracks, on every kind the forum holds', () => {
    expect(program.sessions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(program.sessions.map((s) => s.roomId)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(program.sessions.flatMap((s) => s.trackIds)).size).toBeGreaterThanOrEqual(6);
    const kinds = new Set(program.sessions.map((s) => s.kind));
    for (const kind of ['plenary', 'panel', 'section', 'round_table', 'workshop', 'b2b', 'signing', 'exhibition', 'course_class'] as const) expect(kinds).toContain(kind);
  });

  it('holds joint sections, B2B meetings and the signing with Dalian, and the exhibition on both days', () => {
    const withDalian = program.sessions.filter((s) => s.partnerCityId === 'dalian');
    expect(withDalian.filter((s) => s.kind === 'section').length).toBeGreaterThan(0);
    expect(withDalian.filter((s) => s.kind === 'b2b').length).toBeGreaterThan(0);
    expect(withDalian.filter((s) => s.kind === 'signing')).toHaveLength(1);
    const exhibitionDays = program.sessions.filter((s) => s.kind === 'exhibition').map((s) => s.startsAt.slice(0, 10));
    expect(exhibitionDays).toEqual(['2026-11-27', '2026-11-28']);
  });

  it('refers only to its own rooms, tracks and speakers, and every session fits its room', () => {
    const rooms = new Map(program.rooms.map((r) => [r.id, r]));
    const tracks = new Set(program.tracks.map((t) => t.id));
    const speakers = new Set(program.speakers.map((s) => s.id));
    for (const s of program.sessions) {
      expect(rooms.has(s.roomId)).toBe(true);
      expect(s.capacity ?? 0).toBeLessThanOrEqual(rooms.get(s.roomId)!.capacity);
      for (const t of s.trackIds) expect(tracks.has(t)).toBe(true);
      for (const sp of s.speakerIds) expect(speakers.has(sp)).toBe(true);
    }
  });

  it('is the same program every time it is built', () => {
    expect(demoProgram(demoEdition, cityIds)).toEqual(program);
  });
});
