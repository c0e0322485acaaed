import { allProgramVersions, bumpProgramVersion, type Db, listEditions } from '@gorod/db';
import { type ForumEdition, GorodError, pickCurrentEdition } from '@gorod/domain';

/** How long a replica trusts what it last read of the editions and program versions, by default. */
export const defaultProgramRecheckMs = 1000;

/** A count of program changes a ProgramState hears of at once (rather than at its next re-check). */
export class ProgramChanges {
  count = 0;
}

/** The changes made in this process: every ProgramState listens to it unless told otherwise. */
export const programChangesHere = new ProgramChanges();

/**
 * Raises the edition's program version (in the mutation's transaction) and tells this process's public
 * program routes at once. Use it for every program change instead of `bumpProgramVersion` alone.
 */
export async function recordProgramChange(db: Db, editionId: string): Promise<void> {
  await bumpProgramVersion(db, editionId);
  programChangesHere.count += 1;
}

interface Kept {
  editions: ForumEdition[];
  versions: Map<string, number>;
  checkedAt: number;
  changes: number;
}

export interface ProgramStateOptions {
  /** At most this many milliseconds between two reads of the database (the staleness bound). */
  recheckMs?: number;
  /** A monotonic clock in milliseconds; tests step it instead of sleeping. */
  clock?: () => number;
  /** Whose changes drop what is kept at once; a test gives another to stand for another process. */
  changes?: ProgramChanges;
}

/**
 * The editions and their program versions as the public program routes need them on every request,
 * kept in memory so a current client's 304 costs no database read. What is kept is dropped at once when
 * this process changes the program, and re-read at most `recheckMs` after it was read, so a change made
 * through another replica (or a read racing this replica's own commit) is served within that bound.
 * Concurrent requests share one re-read.
 */
export class ProgramState {
  private kept: Kept | undefined;
  private reading: Promise<Kept> | undefined;
  private readonly recheckMs: number;
  private readonly clock: () => number;
  private readonly changes: ProgramChanges;

  constructor(
    private readonly db: Db,
    options: ProgramStateOptions = {},
  ) {
    this.recheckMs = options.recheckMs ?? defaultProgramRecheckMs;
    this.clock = options.clock ?? (() => performance.now());
    this.changes = options.changes ?? programChangesHere;
  }

  /** The edition the public program shows at `now` (see `currentEdition`) and its program version. */
  async current(now: Date): Promise<{ edition: ForumEdition; version: number }> {
    const kept = await this.read();
    const edition = pickCurrentEdition(kept.editions, now);
    if (!edition) throw new GorodError('NOT_FOUND', 'No forum edition has been announced yet');
    return { edition, version: kept.versions.get(edition.id) ?? 0 };
  }

  /** An edition's program version; 0 while its program was never changed. */
  async versionOf(editionId: string): Promise<number> {
    return (await this.read()).versions.get(editionId) ?? 0;
  }

  private async read(): Promise<Kept> {
    const kept = this.kept;
    if (kept && kept.changes === this.changes.count && this.clock() - kept.checkedAt < this.recheckMs) return kept;
    this.reading ??= this.reread().finally(() => {
      this.reading = undefined;
    });
    const fresh = await this.reading;
    // A re-read that started before a change here may predate it: read once more rather than serve it.
    return fresh.changes === this.changes.count ? fresh : this.read();
  }

  private async reread(): Promise<Kept> {
    const changes = this.changes.count;
    const checkedAt = this.clock();
    const [editions, versions] = await Promise.all([listEditions(this.db), allProgramVersions(this.db)]);
    this.kept = { editions, versions, checkedAt, changes };
    return this.kept;
  }
}
