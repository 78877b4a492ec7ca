import { roleHasPermission, type Permission } from '@lantoa/contracts/access';
import type { PickedUnit } from '../../components/unit-picker.tsx';
import { useMe } from '../../lib/auth.tsx';

/** The user's own unit: where they enter reports unless they choose another. */
export function useOwnUnit(): PickedUnit | null {
  const me = useMe();
  if (me.user.unitId) return { id: me.user.unitId, name: me.user.unitName ?? '' };
  const first = me.roles[0];
  return first ? { id: first.unitId, name: first.unitName } : null;
}

/** The top of the user's scope for a permission: the widest unit they may look at. */
export function useScopeUnit(permission: Permission): PickedUnit | null {
  const me = useMe();
  const role = me.roles.find((r) => roleHasPermission(r.role, permission));
  if (role) return { id: role.unitId, name: role.unitName };
  return me.user.unitId ? { id: me.user.unitId, name: me.user.unitName ?? '' } : null;
}
