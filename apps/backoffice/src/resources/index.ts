import type { Role } from '@ct/contracts';
import type { ResourceProps } from 'react-admin';
import { asRole } from '../roles';
import { auditChain } from '../audit-chain';
import { stats } from '../stats';
import { auditEvents } from './audit-events';
import { caseworkers } from './caseworkers';
import { cases } from './cases';
import { clients, clientsForDirectors } from './clients';
import { caseloadOverview } from '../team';
import { clientFiles } from './client-files';
import { retention } from './retention';
import { dataChecks } from './data-checks';
import { intake } from './intake';
import { myOffers, offersReference } from './housing-offers';
import { openRequests, requestsOnClientPage } from './housing-requests';
import { myMatches, proposals } from './matches';
import { users } from './users';
import { calendar } from '../deadlines';
import { jobRuns } from './job-runs';
import { mailOutbox } from './mail-outbox';
import { tasks } from './tasks';

export interface ResourceEntry {
  name: string;
  /** Roles offered this resource in the UI (admin sees everything it may use); the API enforces the same. */
  roles: readonly Role[];
  views: Omit<ResourceProps, 'name'>;
}

/**
 * One row per API resource and audience, in menu order. A resource may have a row per audience with
 * different views (directors see only client codes, to reassign). Rows without a list get no menu item: milestones, housing,
 * needs and notes are managed on the client's page.
 */
export const RESOURCES: readonly ResourceEntry[] = [
  { name: 'clients', roles: ['admin', 'caseworker'], views: clients },
  { name: 'clients', roles: ['director'], views: clientsForDirectors },
  { name: 'caseload-overview', roles: ['director', 'admin'], views: caseloadOverview },
  { name: 'intake', roles: ['admin', 'caseworker'], views: intake },
  { name: 'cases', roles: ['admin', 'caseworker'], views: cases },
  { name: 'tasks', roles: ['admin', 'caseworker'], views: tasks },
  { name: 'calendar', roles: ['admin', 'caseworker'], views: calendar },
  // Housing: volunteers offer and propose; caseworkers decide on their clients' proposals (request on the client's page).
  { name: 'housing-offers', roles: ['volunteer'], views: myOffers },
  { name: 'housing-requests', roles: ['volunteer'], views: openRequests },
  { name: 'matches', roles: ['volunteer'], views: myMatches },
  { name: 'matches', roles: ['admin', 'caseworker'], views: proposals },
  { name: 'stats', roles: ['director', 'admin'], views: stats },
  { name: 'users', roles: ['admin'], views: users },
  // Names of the active caseworkers, for assigning clients (no menu item).
  { name: 'caseworkers', roles: ['admin', 'director'], views: caseworkers },
  { name: 'audit-events', roles: ['admin', 'director'], views: auditEvents },
  { name: 'data-checks', roles: ['admin', 'caseworker'], views: dataChecks },
  { name: 'audit-chain', roles: ['admin'], views: auditChain },
  { name: 'mail-outbox', roles: ['admin'], views: mailOutbox },
  { name: 'job-runs', roles: ['admin'], views: jobRuns },
  { name: 'milestones', roles: ['admin', 'caseworker'], views: {} },
  { name: 'housing-situations', roles: ['admin', 'caseworker'], views: {} },
  { name: 'support-needs', roles: ['admin', 'caseworker'], views: {} },
  { name: 'notes', roles: ['admin', 'caseworker'], views: {} },
  { name: 'consents', roles: ['admin', 'caseworker'], views: {} },
  { name: 'client-files', roles: ['admin', 'caseworker'], views: clientFiles },
  { name: 'retention', roles: ['admin'], views: retention },
  { name: 'housing-offers', roles: ['admin', 'caseworker'], views: offersReference },
  { name: 'housing-requests', roles: ['admin', 'caseworker'], views: requestsOnClientPage },
];

export function resourcesFor(permissions: unknown): ResourceEntry[] {
  const role = asRole(permissions);
  return role ? RESOURCES.filter((entry) => entry.roles.includes(role)) : [];
}
