import { expect, it } from 'vitest';
import { paginate } from './paginate.js';
import { insertAuditEvent } from './people/audit.js';
import { describeEachDialect, useTestDatabase } from './testing/index.js';

describeEachDialect('paginate', (dialect) => {
  const testDb = useTestDatabase(dialect);

  it('pages through rows with tied first keys exactly once, in order, counting every match on every page', async () => {
    const { db } = testDb();
    // Seven events at three instants: the second key (the id) breaks the ties.
    const ats = ['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z'];
    for (let i = 0; i < 7; i++) {
      await insertAuditEvent(db, {
        id: `page-${i}`,
        at: ats[i % 3]!,
        event: 'tokens.created',
        actorUserId: null,
        subjectUserId: null,
        ip: null,
        details: {},
      });
    }
    const query = db.selectFrom('audit_events').select(['id', 'at']).where('id', 'like', 'page-%');
    const read = (cursor?: string) =>
      paginate(
        query,
        { limit: 3, cursor },
        [
          { column: 'audit_events.at', direction: 'desc', kind: 'string', value: (row) => row.at },
          { column: 'audit_events.id', direction: 'asc', kind: 'string', value: (row) => row.id },
        ],
        (rows) => rows.map((row) => row.id),
      );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await read(cursor);
      expect(page.total).toBe(7);
      seen.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(['page-2', 'page-5', 'page-0', 'page-1', 'page-3', 'page-4', 'page-6']);
  });

  it('refuses a cursor it did not give out, naming the cursor field', async () => {
    const { db } = testDb();
    const query = db.selectFrom('audit_events').select(['id', 'at']);
    const keys = [
      { column: 'audit_events.at', direction: 'desc', kind: 'string', value: (row: { at: string }) => row.at },
      { column: 'audit_events.id', direction: 'desc', kind: 'string', value: (row: { id: string }) => row.id },
    ] as const;
    await expect(paginate(query, { limit: 3, cursor: 'bm90LWEtY3Vyc29y' }, keys, (rows) => rows)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['cursor'], code: 'invalid_cursor' }],
    });
  });
});
