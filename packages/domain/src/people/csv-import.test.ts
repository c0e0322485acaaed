import { describe, expect, it } from 'vitest';
import { validateParticipantRecords } from './csv-import.js';

const records = (rows: Record<string, string>[]) => rows.map((record, i) => ({ line: i + 2, record }));

describe('validateParticipantRecords', () => {
  it('turns good rows into invitations, lower-casing emails and defaulting to learner', () => {
    const { rows, errors } = validateParticipantRecords(
      records([{ email: 'Glava@Example.ORG', name: 'Анна Ёлкина', city: 'Yekaterinburg', roles: 'learner;instructor' }]),
    );
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ line: 2, email: 'glava@example.org', cityId: 'yekaterinburg', roles: ['learner', 'instructor'] }),
    ]);
  });

  it('reads the delegation column as a lower-cased city id, null when empty', () => {
    const { rows } = validateParticipantRecords(
      records([
        { email: 'a@example.org', name: 'А', delegation: ' Perm ' },
        { email: 'b@example.org', name: 'Б', delegation: '' },
      ]),
    );
    expect(rows.map((r) => r.delegationCityId)).toEqual(['perm', null]);
  });

  it('reports every bad row with its line and field', () => {
    const { rows, errors } = validateParticipantRecords(
      records([
        { email: 'ok@example.org', name: 'Ок' },
        { email: 'not-an-email', name: 'Без почты' },
        { email: 'x@example.org', name: '', roles: 'mayor' },
        { email: 'OK@example.org', name: 'Дубль' },
      ]),
    );
    expect(rows.map((r) => r.line)).toEqual([2]);
    expect(errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'email'],
      [4, 'name'],
      [4, 'roles'],
      [5, 'email'],
    ]);
  });
});
