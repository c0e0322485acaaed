import { type LearnerEvent, LearnerEventSchema } from '@gorod/sdk';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { v7 as uuidv7 } from 'uuid';
import { useMe } from '../../lib/use-me';
import { progressQueue } from './offline-queue';
import { useRefreshLearning, useSendProgress } from './queries';

/** What a player says happened; the id and the instant are added here, on the device. */
export type EventDraft = LearnerEvent extends infer E ? (E extends LearnerEvent ? Omit<E, 'id' | 'at'> : never) : never;

function subscribeOnline(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** Whether the browser believes it is online (it changes when the connection drops or returns). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

/**
 * The signed-in learner's offline queue: what waits to be sent, what was refused, and `record`, which
 * makes an event (UUIDv7 id, the device's clock) and keeps it on the device before sending it.
 */
export function useProgressQueue() {
  const me = useMe();
  const send = useSendProgress();
  const refresh = useRefreshLearning();
  const userId = me.data?.id;
  useEffect(() => {
    if (userId) progressQueue.connect(userId, send, refresh);
  }, [userId, send, refresh]);
  const snapshot = useSyncExternalStore(progressQueue.subscribe, progressQueue.getSnapshot);
  const record = useCallback(
    (courseId: string, draft: EventDraft) =>
      progressQueue.record(courseId, LearnerEventSchema.parse({ ...draft, id: uuidv7(), at: new Date().toISOString() })),
    [],
  );
  const dismissRejected = useCallback(() => progressQueue.dismissRejected(), []);
  return { ...snapshot, record, dismissRejected };
}

/** Keeps the queue sending on every page of a signed-in person (mounted once, lazily, by the app). */
export function ProgressSync() {
  useProgressQueue();
  return null;
}
