/**
 * What each operation answers (a schema name from the shared contracts or complete-document.ts) and each
 * list's filter keys and sort fields. A test checks that every operation is listed here and that the lists
 * match what the API accepts; add a row with each new route.
 */
export type ResponseSpec = string | 'none' | { list: ResponseSpec } | { anyOf: ResponseSpec[] };

function crud(path: string, record: ResponseSpec, opts: { remove?: boolean; create?: boolean } = {}): Record<string, ResponseSpec> {
  return {
    [`GET ${path}`]: { list: record },
    [`GET ${path}/{id}`]: record,
    [`PUT ${path}/{id}`]: record,
    ...(opts.create === false ? {} : { [`POST ${path}`]: record }),
    ...(opts.remove === false ? {} : { [`DELETE ${path}/{id}`]: 'Deleted' }),
  };
}

export const RESPONSES: Record<string, ResponseSpec> = {
  'GET /api/health': 'Health',
  'POST /api/auth/login': { anyOf: ['LoginResponse', 'MfaStepResponse'] },
  'POST /api/auth/refresh': 'LoginResponse',
  'POST /api/auth/logout': 'none',
  // Sign-in, second factor, sessions (issue 9).
  'GET /api/auth/options': 'SignInOptions',
  'POST /api/auth/invitation/accept': { anyOf: ['LoginResponse', 'MfaStepResponse'] },
  'POST /api/auth/password': 'none',
  'POST /api/auth/mfa/verify': 'LoginResponse',
  'POST /api/auth/mfa/totp/setup': 'TotpSetupResponse',
  'POST /api/auth/mfa/totp/confirm': 'RecoveryCodes',
  'POST /api/auth/mfa/recovery-codes': 'RecoveryCodes',
  'DELETE /api/auth/mfa/totp': 'none',
  'POST /api/auth/passkeys/register/options': 'WebAuthnOptions',
  'POST /api/auth/passkeys/register': 'WebAuthnResult',
  'POST /api/auth/mfa/passkey/options': 'WebAuthnOptions',
  'POST /api/auth/mfa/passkey/verify': 'LoginResponse',
  'POST /api/auth/passkeys/login/options': 'WebAuthnOptions',
  'POST /api/auth/passkeys/login': { anyOf: ['LoginResponse', 'MfaStepResponse'] },
  'DELETE /api/auth/passkeys/{id}': 'none',
  'GET /api/auth/factors': 'FactorsSummary',
  'GET /api/auth/sessions': { list: 'SessionRecord' },
  'DELETE /api/auth/sessions/{id}': 'none',
  'POST /api/users/{id}/password-reset': 'InviteResponse',
  'DELETE /api/users/{id}/sessions': 'WebAuthnResult',
  'DELETE /api/users/{id}/factors': 'none',
  ...crud('/api/users', 'UserRecord', { remove: false }),
  'GET /api/caseworkers': { list: 'CaseworkerName' },
  ...crud('/api/clients', { anyOf: ['ClientRecord', 'DirectorClientRecord'] }),
  ...crud('/api/cases', 'CaseRecord'),
  ...crud('/api/milestones', 'MilestoneRecord'),
  ...crud('/api/housing-situations', 'HousingSituationRecord'),
  ...crud('/api/support-needs', 'SupportNeedRecord'),
  ...crud('/api/notes', 'NoteRecord'),
  'GET /api/dashboard/caseload': 'CaseloadDashboard',
  ...crud('/api/housing-requests', 'HousingRequestRecord'),
  'GET /api/housing-requests/{id}/suggestions': { list: 'OfferSuggestion' },
  ...crud('/api/housing-offers', 'HousingOfferRecord'),
  'GET /api/housing-offers/{id}/suggestions': { list: 'RequestSuggestion' },
  ...crud('/api/matches', 'MatchRecord', { remove: false }),
  'GET /api/stats/hardship': 'HardshipReport',
  'GET /api/stats/hardship.csv': 'none',
  'GET /api/stats/hardship.xlsx': 'none',
  'GET /api/caseload-overview': 'CaseloadOverview',
  // Intake (issue 13): shapes not yet specified beyond "JSON" (the lead or issue 13 can name their contract types).
  'POST /api/clients/reassign': 'ReassignResult',
  'POST /api/clients/merge': 'ClientRecord',
  'GET /api/data-checks': 'DataCheckReport',
  'POST /api/intake': 'IntakeResult',
  // Spreadsheet import (issue 14): multipart uploads; templates and the report are files.
  'POST /api/imports/preview': 'ImportPreview',
  'POST /api/imports/dry-run': 'ImportDryRun',
  'POST /api/imports': 'ImportJobRecord',
  'GET /api/imports/{id}': 'ImportJobRecord',
  'GET /api/imports/template.csv': 'none',
  'GET /api/imports/template.xlsx': 'none',
  'GET /api/imports/{id}/report.csv': 'none',
  // Deadlines, tasks, calendar, jobs (issue 15).
  ...crud('/api/tasks', 'TaskRecord'),
  'GET /api/calendar/events': { list: 'CalendarEvent' },
  'POST /api/calendar/feed': 'FeedUrl',
  'GET /api/calendar/feed/{file}': 'none',
  'GET /api/job-runs': { list: 'WebAuthnResult' },
  'GET /api/mail-outbox': { list: 'WebAuthnResult' },
  'GET /api/mail-outbox/{id}': 'WebAuthnResult',
  ...crud('/api/consents', 'ConsentRecord', { remove: false }),
  'GET /api/client-files/{id}': 'ClientFile',
  'GET /api/retention': { list: 'RetentionDueRecord' },
  'POST /api/retention/{id}/deidentify': 'WebAuthnResult',
  'GET /api/audit-events': { list: 'AuditEventRecord' },
  'GET /api/audit-events/{id}': 'AuditEventRecord',
  'GET /api/audit-chain': 'AuditChainReport',
  'POST /api/audit-chain/verify': 'AuditChainReport',
  'POST /api/audit-chain/checkpoints': 'AuditChainCheckpoint',
};

export const LIST_QUERIES: Record<string, { filters: string[]; sortable: string[] }> = {
  'audit-events': { filters: ['id', 'action', 'resource', 'actorId', 'recordId', 'since'], sortable: ['createdAt', 'action', 'resource'] },
  users: { filters: ['id', 'q', 'role', 'disabled'], sortable: ['email', 'role', 'displayName', 'createdAt', 'lastLoginAt', 'disabled'] },
  caseworkers: { filters: ['id', 'q'], sortable: ['displayName'] },
  clients: { filters: ['id', 'q', 'caseworkerId', 'region', 'status', 'deadlineWithinDays', 'needsOpen'], sortable: ['createdAt', 'updatedAt', 'lastArrivalOn', 'region', 'householdSize', 'code'] },
  cases: { filters: ['id', 'clientId', 'status', 'kind', 'deadlineWithinDays'], sortable: ['createdAt', 'updatedAt', 'oneYearDeadline', 'status', 'kind'] },
  milestones: { filters: ['id', 'caseId', 'clientId', 'type'], sortable: ['date', 'type', 'createdAt'] },
  'housing-situations': { filters: ['id', 'clientId', 'category'], sortable: ['startedOn', 'endedOn', 'category', 'createdAt'] },
  'support-needs': { filters: ['id', 'clientId', 'category', 'urgency', 'open'], sortable: ['openedOn', 'metOn', 'urgency', 'category', 'createdAt'] },
  notes: { filters: ['id', 'clientId', 'authorId'], sortable: ['createdAt', 'updatedAt'] },
  'housing-requests': { filters: ['id', 'clientId', 'status', 'urgency', 'code', 'region'], sortable: ['createdAt', 'updatedAt', 'neededFrom', 'householdSize', 'region', 'code', 'status', 'urgency'] },
  'housing-offers': { filters: ['id', 'status', 'type', 'cost', 'region', 'hostId'], sortable: ['createdAt', 'updatedAt', 'availableFrom', 'region', 'capacity', 'status', 'type', 'cost'] },
  consents: { filters: ['id', 'clientId', 'purpose'], sortable: ['givenOn', 'createdAt', 'purpose'] },
  matches: { filters: ['id', 'requestId', 'offerId', 'status'], sortable: ['createdAt', 'updatedAt', 'score', 'status'] },
};
