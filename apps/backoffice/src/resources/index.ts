import type { Role } from '@ct/contracts';
import type { ResourceProps } from 'react-admin';
import { asRole } from '../roles';
import { stats } from '../stats';
import { auditEvents } from './audit-events';
import { cases, casesReadOnly } from './cases';
import { clients, clientsReadOnly } from './clients';
import { users } from './users';

export interface ResourceEntry {
  name: string;
  /** Roles offered this resource in the UI (admin sees everything it may use); the API enforces the same. */
  roles: readonly Role[];
  views: Omit<ResourceProps, 'name'>;
}

/**
 * One row per API resource and audience, in menu order. A resource may have a row per audience with
 * different views (directors read casework). Rows without a list get no menu item: milestones, housing,
 * needs and notes are managed on the client's page.
 */
export const RESOURCES: readonly ResourceEntry[] = [
  { name: 'clients', roles: ['admin', 'caseworker'], views: clients },
  { name: 'clients', roles: ['director'], views: clientsReadOnly },
  { name: 'cases', roles: ['admin', 'caseworker'], views: cases },
  { name: 'cases', roles: ['director'], views: casesReadOnly },
  { name: 'stats', roles: ['director', 'admin'], views: stats },
  { name: 'users', roles: ['admin'], views: users },
  { name: 'audit-events', roles: ['admin', 'director'], views: auditEvents },
  { name: 'milestones', roles: ['admin', 'caseworker', 'director'], views: {} },
  { name: 'housing-situations', roles: ['admin', 'caseworker', 'director'], views: {} },
  { name: 'support-needs', roles: ['admin', 'caseworker', 'director'], views: {} },
  { name: 'notes', roles: ['admin', 'caseworker', 'director'], views: {} },
];

export function resourcesFor(permissions: unknown): ResourceEntry[] {
  const role = asRole(permissions);
  return role ? RESOURCES.filter((entry) => entry.roles.includes(role)) : [];
}
