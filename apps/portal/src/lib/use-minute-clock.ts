import { useMemo, useSyncExternalStore } from 'react';

// One timer for the whole page, fired just after each minute turns, so every clock on screen changes at
// once and exactly when the wall clock does.
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
  schedule();
}

function schedule() {
  timer = setTimeout(tick, 60_000 - (Date.now() % 60_000) + 20);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (listeners.size === 1) {
    now = Date.now();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) clearTimeout(timer);
  };
}

/** The current instant, updated at the start of every minute. */
export function useMinuteClock(): Date {
  const instant = useSyncExternalStore(subscribe, () => now);
  return useMemo(() => new Date(instant), [instant]);
}
