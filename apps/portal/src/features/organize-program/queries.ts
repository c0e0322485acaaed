import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// Every change the program editor makes goes through this file; it reads through the program's queries.

/** After any change to the program, everything read of it is read again (sessions, rooms, tracks, speakers). */
function useRefreshProgram() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: trpc.program.pathKey() });
}

export function useProgramMutations() {
  const trpc = useTRPC();
  const onSuccess = useRefreshProgram();
  return {
    createSession: useMutation(trpc.program.sessions.create.mutationOptions({ onSuccess })),
    updateSession: useMutation(trpc.program.sessions.update.mutationOptions({ onSuccess })),
    cancelSession: useMutation(trpc.program.sessions.cancel.mutationOptions({ onSuccess })),
    createRoom: useMutation(trpc.program.rooms.create.mutationOptions({ onSuccess })),
    updateRoom: useMutation(trpc.program.rooms.update.mutationOptions({ onSuccess })),
    createTrack: useMutation(trpc.program.tracks.create.mutationOptions({ onSuccess })),
    updateTrack: useMutation(trpc.program.tracks.update.mutationOptions({ onSuccess })),
    createSpeaker: useMutation(trpc.program.speakers.create.mutationOptions({ onSuccess })),
    updateSpeaker: useMutation(trpc.program.speakers.update.mutationOptions({ onSuccess })),
  };
}

export type ProgramMutations = ReturnType<typeof useProgramMutations>;

/** Which speakers are linked to which person accounts (organizers): the speaker editor shows the link. */
export function useSpeakerAccounts() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.program.speakers.accounts.queryOptions(),
    select: (accounts) => new Map(accounts.map((account) => [account.speakerId, account.user])),
  });
}

/** The first people whose name or email matches `search` (the people list's own search), once two letters are typed. */
export function usePersonSearch(search: string) {
  const trpc = useTRPC();
  const query = search.trim();
  return useQuery({ ...trpc.people.list.queryOptions({ search: query, limit: 5 }), enabled: query.length >= 2, placeholderData: keepPreviousData });
}
