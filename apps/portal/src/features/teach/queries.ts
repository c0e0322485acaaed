import { type CohortTableInput, csrfCookieIn, csrfHeaderName, type ErrorBody, errorStatus, GorodError } from '@gorod/sdk';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

// The instructor side of courses: every read and write the teaching pages make goes through this file.
// A write invalidates the whole area it touches (`courses.*`, `enrollments.*` with `cohorts.*` and
// `progress.*`), so lists, counts and the cohort table never show a stale answer next to a fresh one.

/**
 * Refetches every course read once a write has landed, except the open draft: the editor holds unsaved
 * changes over it, so it is reloaded only when the draft itself changed (publishing) or when asked.
 */
function useRefreshCourses({ draftToo = false } = {}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const draftKey = JSON.stringify(trpc.courses.draft.pathKey());
  return () =>
    queryClient.invalidateQueries({
      ...trpc.courses.pathFilter(),
      predicate: (query) => draftToo || !JSON.stringify(query.queryKey).startsWith(draftKey.slice(0, -1)),
    });
}

/** Refetches enrolments, cohorts and the cohort table (and the course cards' learner counts). */
function useRefreshLearners() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries(trpc.enrollments.pathFilter()),
      queryClient.invalidateQueries(trpc.cohorts.pathFilter()),
      queryClient.invalidateQueries(trpc.progress.pathFilter()),
      queryClient.invalidateQueries(trpc.courses.mine.pathFilter()),
    ]);
}

/** Every course the catalog shows the signed-in person (organizers see them all), for reaching its learners page. */
export function useAllCourses() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.courses.catalog.queryOptions({}), select: (answer) => answer.items });
}

/** The courses the signed-in instructor teaches (owner or co-instructor). */
export function useMyCourses(enabled = true) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.courses.mine.queryOptions(), enabled });
}

export function useCreateCourse() {
  const trpc = useTRPC();
  const refresh = useRefreshCourses();
  return useMutation(trpc.courses.create.mutationOptions({ onSuccess: refresh }));
}

export function useUpdateCourse() {
  const trpc = useTRPC();
  const refresh = useRefreshCourses();
  return useMutation(trpc.courses.update.mutationOptions({ onSuccess: refresh }));
}

/**
 * The course and its draft. Not refetched behind the editor's back (no window-focus refetch, a long
 * stale time): the editor holds unsaved changes, and a fresh draft arrives only when asked for.
 */
export function useCourseDraft(courseId: string) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.courses.draft.queryOptions({ courseId }), staleTime: Number.POSITIVE_INFINITY });
}

/** Saves the whole outline against the revision it was based on; a stale revision is refused with CONFLICT. */
export function useSaveDraft() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // "My courses" shows the draft's revision and counts; the editor keeps its own state.
  return useMutation(trpc.courses.saveDraft.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.courses.mine.pathFilter()) }));
}

/** Publishes the saved draft; the editor then opens the next draft, made from the published version. */
export function usePublish() {
  const trpc = useTRPC();
  const refresh = useRefreshCourses({ draftToo: true });
  return useMutation(trpc.courses.publish.mutationOptions({ onSuccess: refresh }));
}

export function useArchive() {
  const trpc = useTRPC();
  const refresh = useRefreshCourses({ draftToo: true });
  return useMutation(trpc.courses.archive.mutationOptions({ onSuccess: refresh }));
}

export function useSetInstructors() {
  const trpc = useTRPC();
  const refresh = useRefreshCourses();
  return useMutation(trpc.courses.setInstructors.mutationOptions({ onSuccess: refresh }));
}

/** Every version of the course, newest first. */
export function useVersions(courseId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.courses.versions.queryOptions({ courseId }));
}

/** The forum's in-person course classes, for a class item to name one. */
export function useCourseClassSessions() {
  const trpc = useTRPC();
  return useQuery(trpc.program.sessions.list.queryOptions({ kind: 'course_class' }));
}

/** The course's cohorts with how many learners each has. */
export function useCohorts(courseId: string) {
  const trpc = useTRPC();
  return useQuery(trpc.cohorts.list.queryOptions({ courseId }));
}

export function useCreateCohort() {
  const trpc = useTRPC();
  const refresh = useRefreshLearners();
  return useMutation(trpc.cohorts.create.mutationOptions({ onSuccess: refresh }));
}

/** Enrols people (by ids, a delegation or emails); the answer says who was added, already enrolled or unknown. */
export function useAddEnrollments() {
  const trpc = useTRPC();
  const refresh = useRefreshLearners();
  return useMutation(trpc.enrollments.add.mutationOptions({ onSuccess: refresh }));
}

/** Withdraws a learner; their enrolment and events stay as history. */
export function useRemoveEnrollment() {
  const trpc = useTRPC();
  const refresh = useRefreshLearners();
  return useMutation(trpc.enrollments.remove.mutationOptions({ onSuccess: refresh }));
}

/** The cohort table with the server's totals per region and district; the previous answer stays while filters change. */
export function useCohortTable(input: CohortTableInput) {
  const trpc = useTRPC();
  return useQuery({ ...trpc.progress.cohort.queryOptions(input), placeholderData: keepPreviousData });
}

/** People found by name or email, for enrolling one by one and naming co-instructors (organizers may list people). */
export function usePeopleSearch(search: string) {
  const trpc = useTRPC();
  const query = search.trim();
  return useQuery({
    ...trpc.people.list.queryOptions({ search: query, limit: 8 }),
    enabled: query.length >= 2,
    placeholderData: keepPreviousData,
    select: (page) => page.items,
  });
}

/** What `POST /api/uploads` answers: the stored file, as a file or video item names it. */
export interface UploadedFile {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

/**
 * Sends one file as the raw request body (streamed to disk by the server, never held whole); its name
 * travels URL-encoded in the address. A signed-in browser proves the write is its own with the CSRF header.
 */
async function uploadFile(file: File): Promise<UploadedFile> {
  const response = await fetch(`/api/uploads?name=${encodeURIComponent(file.name)}`, {
    method: 'POST',
    body: file,
    credentials: 'same-origin',
    headers: {
      'content-type': file.type || 'application/octet-stream',
      [csrfHeaderName]: csrfCookieIn(document.cookie) ?? '',
    },
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    // The route answers in the API's error contract, so the form shows the same translated words.
    const error = body as Partial<ErrorBody> | undefined;
    const known = typeof error?.code === 'string' && error.code in errorStatus;
    throw new GorodError(known ? (error.code as ErrorBody['code']) : 'INTERNAL', `Upload failed: ${response.status}`, error?.issues ?? [], error?.details);
  }
  return body as UploadedFile;
}

export function useUpload() {
  return useMutation({ mutationFn: uploadFile });
}
