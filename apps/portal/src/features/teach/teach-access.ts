import type { PermissionActor } from '@gorod/sdk';
import { useMe } from '../../lib/use-me';

/** The signed-in person as the SDK's permission rules take them (the pages sit under the session guard). */
export function useActor(): PermissionActor | undefined {
  const me = useMe();
  return me.data ? { kind: 'session', userId: me.data.id, roles: me.data.roles } : undefined;
}
