import type { CatalogInput, LearnerEvent, ProgressRecordResult } from '@gorod/sdk';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC, useTRPCClient } from '../../lib/trpc';

// Every read and write of the learner's courses, enrolments and progress goes through this file: pages,
// players and the offline queue compose these hooks, never `useTRPC()`.

/** The public catalog; the previous answer stays on screen while a new filter's answer loads. */
export function useCatalog(input: CatalogInput) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.courses.catalog.queryOptions(input), placeholderData: keepPreviousData });
}

/** A course with one published version's outline (the newest unless `version` names the learner's). */
export function useCourse(slug: string, { version, enabled = true }: { version?: number | undefined; enabled?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.courses.get.queryOptions(version === undefined ? { slug } : { slug, version }), enabled });
}

/** The signed-in person's enrolments with the server's progress summary; `enabled: false` for a visitor. */
export function useMyEnrollments({ enabled = true }: { enabled?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.enrollments.mine.queryOptions(), enabled });
}

/** The derived state of the learner's enrolled version, as the server computes it from stored events. */
export function useMyProgress(courseId: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.progress.mine.queryOptions({ courseId: courseId ?? '' }), enabled: enabled && courseId !== undefined });
}

/** After an enrolment changes or events arrive: every enrolment list and progress answer is read again. */
export function useRefreshLearning() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.enrollments.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.progress.pathKey() }),
      ]),
    [queryClient, trpc],
  );
}

export function useEnroll() {
  const trpc = useTRPC();
  const refresh = useRefreshLearning();
  return useMutation(trpc.enrollments.enroll.mutationOptions({ onSuccess: refresh }));
}

/** Moves the learner to the newest published version (progress stays on items whose ids survive). */
export function useMoveToLatest() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useRefreshLearning();
  return useMutation(
    trpc.enrollments.moveToLatest.mutationOptions({
      onSuccess: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: trpc.courses.get.pathKey() })]),
    }),
  );
}

/**
 * Sends one batch of queued events (`progress.record`). A plain call, not a mutation hook: the offline
 * queue decides when to send and what to keep, and a failure is its business, not a screen's.
 */
export function useSendProgress(): (events: LearnerEvent[]) => Promise<ProgressRecordResult> {
  const client = useTRPCClient();
  return useCallback((events) => client.progress.record.mutate({ events }), [client]);
}
