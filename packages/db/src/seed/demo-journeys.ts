import type { ItemKindName, Module, Outline } from '@gorod/domain';

/*
 * How a demo learner went through a course: a walk through the outline in reading order that stops at a
 * module still locked for them, so the events it makes are ones ingestion would have accepted. Pure, so
 * the same learner, outline and clock give the same journey; the seeder turns it into rows.
 */

/** How far a learner got: a share of the items completed, then optionally one more step left unfinished. */
export interface JourneyProfile {
  name: string;
  /** Share of the course's items to complete, in reading order (as far as locks let them). */
  share: number;
  /** What they did next: opened the next item, or watched 40 % of the next video they could reach. */
  afterwards?: 'open-next' | 'video-40';
}

export const journeyProfiles: readonly JourneyProfile[] = [
  { name: 'finished', share: 1 },
  { name: 'most', share: 0.75, afterwards: 'open-next' },
  { name: 'halfway', share: 0.5, afterwards: 'open-next' },
  { name: 'video', share: 0.01, afterwards: 'video-40' },
  { name: 'finished', share: 1 },
  { name: 'opened', share: 0, afterwards: 'open-next' },
  { name: 'halfway', share: 0.5, afterwards: 'video-40' },
  { name: 'none', share: 0 },
];

export interface JourneyEvent {
  itemId: string;
  kind: 'item.opened' | 'item.completed' | 'video.progress';
  at: Date;
  fraction: number | null;
}

export interface ClassSession {
  startsAt: Date;
  endsAt: Date;
}

export interface Journey {
  events: JourneyEvent[];
  /** Class sessions the learner was checked in at (the class item completes from the check-in). */
  attended: Array<{ sessionId: string; at: Date }>;
}

const minute = 60_000;
const hour = 60 * minute;

interface Walk {
  at: Date;
  events: JourneyEvent[];
}

/** What studying one item of each kind leaves in the log: the last event completes it. */
const studies: Record<Exclude<ItemKindName, 'class'>, (itemId: string, walk: Walk) => void> = {
  article: (itemId, walk) => {
    walk.events.push({ itemId, kind: 'item.opened', at: walk.at, fraction: null });
    walk.events.push({ itemId, kind: 'item.completed', at: new Date(walk.at.getTime() + 7 * minute), fraction: null });
  },
  video: (itemId, walk) => {
    walk.events.push({ itemId, kind: 'item.opened', at: walk.at, fraction: null });
    for (const [k, fraction] of [0.3, 0.65, 0.95].entries()) {
      walk.events.push({ itemId, kind: 'video.progress', at: new Date(walk.at.getTime() + (k + 1) * 2 * minute), fraction });
    }
  },
  file: (itemId, walk) => {
    walk.events.push({ itemId, kind: 'item.opened', at: walk.at, fraction: null });
  },
};

/**
 * One learner's journey through `outline`, starting at `start`, never later than `now`. `sessions` gives
 * each class item's session time; `attend(sessionId)` says whether they got a seat and came (a session
 * still to come is never attended). `seed` varies the pauses between items.
 */
export function demoJourney(
  outline: Outline,
  profile: JourneyProfile,
  options: { start: Date; now: Date; seed: number; sessions: ReadonlyMap<string, ClassSession>; attend: (sessionId: string) => boolean },
): Journey {
  const { now, seed, sessions } = options;
  const total = outline.modules.reduce((n, m) => n + m.items.length, 0);
  const target = Math.ceil(profile.share * total);
  const completed = new Set<string>();
  const attendedItems = new Set<string>();
  const journey: Journey = { events: [], attended: [] };
  const walk: Walk = { at: options.start, events: journey.events };
  const unlocked = (module: Module) => {
    const rule = module.unlock;
    if (rule.kind === 'after_module') return outline.modules.find((m) => m.id === rule.moduleId)?.items.every((i) => completed.has(i.id)) ?? false;
    if (rule.kind === 'from_date') return now.getTime() >= new Date(rule.at).getTime();
    if (rule.kind === 'after_class') return attendedItems.has(rule.itemId);
    return true;
  };
  // Pauses of 3 to 33 hours between items: people study between meetings.
  const pause = (step: number) => (3 + ((seed * 7 + step * 13) % 31)) * hour;
  let step = 0;
  let next: { module: Module; item: Module['items'][number] } | undefined;
  walking: for (const module of outline.modules) {
    if (!unlocked(module)) break;
    for (const item of module.items) {
      if (walk.at.getTime() > now.getTime() - hour) break walking;
      if (completed.size >= target) {
        next = { module, item };
        break walking;
      }
      if (item.kind === 'class') {
        const session = sessions.get(item.sessionId);
        if (session && session.endsAt.getTime() < now.getTime() && options.attend(item.sessionId)) {
          journey.attended.push({ sessionId: item.sessionId, at: new Date(session.startsAt.getTime() - 10 * minute) });
          completed.add(item.id);
          attendedItems.add(item.id);
          walk.at = new Date(Math.max(walk.at.getTime(), session.endsAt.getTime() + hour));
        } else {
          walk.events.push({ itemId: item.id, kind: 'item.opened', at: walk.at, fraction: null });
        }
      } else {
        studies[item.kind](item.id, walk);
        completed.add(item.id);
      }
      step += 1;
      walk.at = new Date(walk.at.getTime() + pause(step));
    }
  }
  if (walk.at.getTime() > now.getTime() - hour) return journey;
  if (profile.afterwards === 'open-next' && next) {
    walk.events.push({ itemId: next.item.id, kind: 'item.opened', at: walk.at, fraction: null });
  }
  if (profile.afterwards === 'video-40') {
    const video = outline.modules
      .filter(unlocked)
      .flatMap((m) => m.items)
      .find((i) => i.kind === 'video' && !completed.has(i.id));
    if (video) {
      walk.events.push({ itemId: video.id, kind: 'item.opened', at: walk.at, fraction: null });
      walk.events.push({ itemId: video.id, kind: 'video.progress', at: new Date(walk.at.getTime() + 3 * minute), fraction: 0.4 });
    }
  }
  return journey;
}
