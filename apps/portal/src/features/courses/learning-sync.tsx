import { lazy, Suspense } from 'react';
import { useMe } from '../../lib/use-me';

// Loaded only for a signed-in person, so a visitor's first page carries none of the queue's code.
const ProgressSync = lazy(() => import('./use-progress-queue').then((m) => ({ default: m.ProgressSync })));

/** Sends the learner's waiting progress events from whatever page they open (see `offline-queue.ts`). */
export function LearningSync() {
  const me = useMe();
  if (!me.data) return null;
  return (
    <Suspense fallback={null}>
      <ProgressSync />
    </Suspense>
  );
}
