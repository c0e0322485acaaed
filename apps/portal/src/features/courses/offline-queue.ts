import { type EventRejectionReason, type LearnerEvent, maxEventsPerBatch, type ProgressRecordResult } from '@gorod/sdk';
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';

/**
 * The learner's progress events, kept on the device until the server has answered for them.
 *
 * Every event is written to IndexedDB first (so a closed tab, a dead battery or a tunnel loses nothing),
 * then sent in batches of at most `maxEventsPerBatch` with `progress.record`. An event the server answers
 * for — accepted, duplicate or rejected — leaves the queue; one that never got an answer (no network, a
 * server error) stays and is sent again when the browser comes back online, when a page loads and every
 * half minute. Resending is always safe: the event's id (UUIDv7, made here) is its idempotency key.
 */

/** One waiting event, with whose it is (a shared device may see several people) and its course. */
export interface QueuedEvent {
  event: LearnerEvent;
  userId: string;
  courseId: string;
}

/** An event the server refused, shown to the learner once (kept in memory only). */
export interface RejectedEvent {
  event: LearnerEvent;
  courseId: string;
  reason: EventRejectionReason;
}

export interface QueueSnapshot {
  /** Waiting in IndexedDB for an answer. */
  queued: readonly QueuedEvent[];
  /** Answered (accepted or duplicate) but not yet in the progress read back from the server. */
  sent: readonly QueuedEvent[];
  rejected: readonly RejectedEvent[];
  /** The last try to send got no answer (no network, a server fault): what waits is worth telling. */
  stalled: boolean;
}

type Send = (events: LearnerEvent[]) => Promise<ProgressRecordResult>;
/** Reads the learner's progress again; resolves when the fresh answers are in. */
type Refresh = () => Promise<unknown>;

interface QueueDatabase extends DBSchema {
  events: { key: string; value: QueuedEvent; indexes: { byUser: string } };
}

let database: Promise<IDBPDatabase<QueueDatabase>> | undefined;

function openQueue(): Promise<IDBPDatabase<QueueDatabase>> {
  database ??= openDB<QueueDatabase>('gorod-progress', 1, {
    upgrade(db) {
      db.createObjectStore('events', { keyPath: 'event.id' }).createIndex('byUser', 'userId');
    },
  });
  return database;
}

/** A person's waiting events, oldest first (UUIDv7 ids sort by creation time). */
async function storedEvents(userId: string): Promise<QueuedEvent[]> {
  return (await openQueue()).getAllFromIndex('events', 'byUser', userId);
}

async function store(entry: QueuedEvent): Promise<void> {
  await (await openQueue()).put('events', entry);
}

async function forget(ids: readonly string[]): Promise<void> {
  const tx = (await openQueue()).transaction('events', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

/** How often waiting events are tried again while the page is open. */
const retryEveryMs = 30_000;

class ProgressQueue {
  private snapshot: QueueSnapshot = { queued: [], sent: [], rejected: [], stalled: false };
  private readonly listeners = new Set<() => void>();
  private userId: string | undefined;
  private send: Send | undefined;
  private refresh: Refresh | undefined;
  private running: Promise<void> | undefined;
  private pendingRun = false;
  private listening = false;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.snapshot;

  /** Who is signed in and how to reach the server; sends what this person left waiting. */
  connect(userId: string, send: Send, refresh: Refresh): void {
    const switched = userId !== this.userId;
    this.userId = userId;
    this.send = send;
    this.refresh = refresh;
    if (switched) this.update({ queued: [], sent: [], rejected: [], stalled: false });
    if (!this.listening) {
      this.listening = true;
      window.addEventListener('online', () => void this.flush());
      setInterval(() => void this.flush(), retryEveryMs);
    }
    void this.flush();
  }

  /** Keeps the event on the device, then tries to send it. Resolves once it is stored. */
  async record(courseId: string, event: LearnerEvent): Promise<void> {
    const userId = this.userId;
    if (!userId) throw new Error('Progress is recorded only for a signed-in learner');
    const entry = { event, userId, courseId };
    await store(entry);
    this.update({ queued: [...this.snapshot.queued, entry] });
    void this.flush();
  }

  /** The refused events were shown: they go. */
  dismissRejected(): void {
    this.update({ rejected: [] });
  }

  /** Sends everything waiting; a call while sending runs once more after it (never two at once). */
  flush(): Promise<void> {
    if (this.running) {
      this.pendingRun = true;
      return this.running;
    }
    this.running = this.sendWaiting().finally(() => {
      this.running = undefined;
      if (this.pendingRun) {
        this.pendingRun = false;
        void this.flush();
      }
    });
    return this.running;
  }

  private async sendWaiting(): Promise<void> {
    const { userId, send, refresh } = this;
    if (!userId || !send || !refresh) return;
    // Another tab may have stored or sent events: the database, not memory, says what is waiting.
    const waiting = await storedEvents(userId);
    this.update({ queued: waiting });
    if (waiting.length === 0 || !navigator.onLine) return;

    const answered: QueuedEvent[] = [];
    let refused = false;
    for (let start = 0; start < waiting.length; start += maxEventsPerBatch) {
      const batch = waiting.slice(start, start + maxEventsPerBatch);
      let results: ProgressRecordResult['results'];
      try {
        ({ results } = await send(batch.map((entry) => entry.event)));
      } catch {
        // No answer (offline, a timeout, a server fault): everything unanswered stays for the next try.
        this.update({ stalled: true });
        break;
      }
      const byId = new Map(batch.map((entry) => [entry.event.id, entry]));
      const rejected: RejectedEvent[] = [];
      const done: QueuedEvent[] = [];
      for (const result of results) {
        const entry = byId.get(result.id);
        if (!entry) continue;
        if (result.status === 'rejected') rejected.push({ event: entry.event, courseId: entry.courseId, reason: result.reason });
        else done.push(entry);
      }
      await forget(results.map((result) => result.id));
      const gone = new Set(results.map((result) => result.id));
      answered.push(...done);
      refused ||= rejected.length > 0;
      this.update({
        queued: this.snapshot.queued.filter((entry) => !gone.has(entry.event.id)),
        sent: [...this.snapshot.sent, ...done],
        rejected: [...this.snapshot.rejected, ...rejected],
        stalled: false,
      });
    }
    // A refusal (not enrolled, locked) means what the page shows is out of date: it is read again too.
    if (answered.length === 0 && !refused) return;
    // Until the server's fresh progress includes them, the answered events keep counting on screen.
    await refresh().catch(() => undefined);
    const shown = new Set(answered.map((entry) => entry.event.id));
    this.update({ sent: this.snapshot.sent.filter((entry) => !shown.has(entry.event.id)) });
  }

  private update(patch: Partial<QueueSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }
}

/** The one queue of the page. */
export const progressQueue = new ProgressQueue();
