import type { Db } from '../create-db.js';

/**
 * A view of `db` that counts the statements run through it (a subquery is part of its statement), for the
 * tests that hold a read to a constant number of statements whatever the size of the data. `take()`
 * answers how many ran since the last take.
 */
export function countingStatements(db: Db): { db: Db; take: () => number } {
  let statements = 0;
  const counted = db.withPlugin({
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      statements += 1;
      return args.result;
    },
  });
  const take = () => {
    const taken = statements;
    statements = 0;
    return taken;
  };
  return { db: counted, take };
}

/** How many statements `work` runs through the counted view of `db` it is given. */
export async function statementsOf(db: Db, work: (counted: Db) => Promise<unknown>): Promise<number> {
  const counting = countingStatements(db);
  await work(counting.db);
  return counting.take();
}
