/** An audit event as `GET /api/audit-events` returns it: ids and names, never personal values. */
export interface AuditEventRecord {
  /** @format uuid */
  id: string;
  /** @format date-time */
  createdAt: string;
  /** @format uuid */
  actorId: string | null;
  actorRole: string | null;
  action: string;
  resource: string;
  /** @format uuid */
  recordId: string | null;
  details: Record<string, unknown> | null;
}
