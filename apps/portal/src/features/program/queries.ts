import { type Locale, type LocalizedName, localizedName } from '@gorod/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// Every program-area read and change goes through this file: pages compose these hooks, never `useTRPC()`.

/** A list with an index by id, built once per answer (not per row). */
export interface Indexed<T extends { id: string }> {
  list: T[];
  byId: Map<string, T>;
}

const indexed = <T extends { id: string }>(list: T[]): Indexed<T> => ({ list, byId: new Map(list.map((item) => [item.id, item])) });

/**
 * The whole program of the edition, fetched once: 300 sessions are a few tens of kilobytes, and filtering
 * them in the browser makes every filter and keystroke instant (the SDK's `matchesProgramFilters`).
 */
export function useProgramSessions() {
  const trpc = useTRPC();
  return useQuery(trpc.program.sessions.list.queryOptions({}));
}

export function useProgramSession(id: string) {
  const trpc = useTRPC();
  return useQuery(trpc.program.sessions.get.queryOptions({ id }));
}

export function useRooms() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.program.rooms.list.queryOptions(), select: indexed });
}

export function useTracks() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.program.tracks.list.queryOptions(), select: indexed });
}

export function useSpeakers() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.program.speakers.list.queryOptions(), select: indexed });
}

/** The signed-in person's registrations (with ticket codes); `enabled: false` for a visitor. */
export function useMyRegistrations({ enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.registrations.mine.queryOptions(), enabled });
}

/** The signed-in person's agenda: registered and starred sessions, overlaps flagged. */
export function useMyAgenda({ enabled = true }: { enabled?: boolean } = {}) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.agenda.mine.queryOptions(), enabled });
}

/** After a registration or a star changes: the session (seats left), the person's lists, the agenda. */
function useRefreshPersonal() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.program.sessions.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.registrations.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.agenda.pathKey() }),
    ]);
}

export function useRegister() {
  const trpc = useTRPC();
  const refresh = useRefreshPersonal();
  return useMutation(trpc.registrations.register.mutationOptions({ onSuccess: refresh }));
}

export function useCancelRegistration() {
  const trpc = useTRPC();
  const refresh = useRefreshPersonal();
  return useMutation(trpc.registrations.cancel.mutationOptions({ onSuccess: refresh }));
}

export function useStar() {
  const trpc = useTRPC();
  const refresh = useRefreshPersonal();
  return useMutation(trpc.agenda.star.mutationOptions({ onSuccess: refresh }));
}

export function useUnstar() {
  const trpc = useTRPC();
  const refresh = useRefreshPersonal();
  return useMutation(trpc.agenda.unstar.mutationOptions({ onSuccess: refresh }));
}

export function useSubmitFeedback() {
  const trpc = useTRPC();
  return useMutation(trpc.feedback.submit.mutationOptions());
}

/** A program text (title, name, bio) in the reader's language, with the SDK's fallbacks (zh → en → ru). */
export function localized(text: LocalizedName | null | undefined, locale: Locale): string {
  return text ? localizedName(text, locale) : '';
}

/** The speakers the signed-in person is linked to: on their sessions' pages they read the feedback. */
export function useMySpeakerIds({ enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.program.speakers.mine.queryOptions(), enabled, select: (mine) => mine.speakerIds });
}

/** How a session was rated (organizers and its speakers): the distribution and the comments, never who gave them. */
export function useFeedbackSummary(sessionId: string, { enabled }: { enabled: boolean }) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.feedback.summary.queryOptions({ sessionId }), enabled });
}
