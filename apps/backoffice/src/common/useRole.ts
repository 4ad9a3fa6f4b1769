import { usePermissions } from 'react-admin';
import type { Role } from '@ct/contracts';
import { asRole } from '../roles';

export interface RoleAbilities {
  role: Role | null;
  /** Caseworkers and admins see names, contacts and free text; directors see codes only. */
  seesIdentity: boolean;
  /** Caseworkers and admins write casework; directors read. */
  canWrite: boolean;
}

/** What the signed-in role may see and do in casework screens (the API enforces the same). */
export function useRole(): RoleAbilities {
  const { permissions } = usePermissions();
  const role = asRole(permissions);
  const seesIdentity = role === 'admin' || role === 'caseworker';
  return { role, seesIdentity, canWrite: seesIdentity };
}
