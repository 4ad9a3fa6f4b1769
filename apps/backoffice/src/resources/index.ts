import type { Role } from '@ct/contracts';
import type { ResourceProps } from 'react-admin';
import { asRole } from '../roles';
import { users } from './users';

export interface ResourceEntry {
  name: string;
  /** Roles offered this resource in the UI (admin sees everything it may use); the API enforces the same. */
  roles: readonly Role[];
  views: Omit<ResourceProps, 'name'>;
}

/** One row per API resource; add clients, cases, housing… here as their folders land. */
export const RESOURCES: readonly ResourceEntry[] = [{ name: 'users', roles: ['admin'], views: users }];

export function resourcesFor(permissions: unknown): ResourceEntry[] {
  const role = asRole(permissions);
  return role ? RESOURCES.filter((entry) => entry.roles.includes(role)) : [];
}
