import type { AuditEventName } from '@gorod/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export const auditPageSize = 50;

/** The audit log, newest first, a page at a time; `event` narrows it to one kind. */
export function useAuditLog(event: AuditEventName | '') {
  const trpc = useTRPC();
  const input = { limit: auditPageSize, ...(event ? { event } : {}) };
  return useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
}
