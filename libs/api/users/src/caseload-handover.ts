import type { EntityManager } from 'typeorm';
import { AppError, type RequestUser, ValidationError } from '@ct/api-core';
import type { AuditService } from '@ct/api-audit';

/**
 * A caseworker who is disabled (or stops being a caseworker) must not strand their clients, whose
 * deadlines would then show on nobody's dashboard. With clients left and no `reassignClientsTo`, the
 * change is refused with 409 CONFLICT naming `reassignClientsTo` (the count only); with it, the clients move in the same
 * transaction, each move audited.
 */
export async function handOverCaseload(manager: EntityManager, userId: string, reassignTo: string | undefined, actor: RequestUser, audit: AuditService): Promise<number> {
  const clients: { id: string }[] = await manager.query(`SELECT id FROM clients WHERE caseworker_id = $1 ORDER BY id FOR UPDATE`, [userId]);
  if (clients.length === 0) return 0;
  if (!reassignTo) {
    throw new AppError('CONFLICT', `reassignClientsTo: this user still has ${clients.length} clients; choose the caseworker who takes them over`, 'reassignClientsTo');
  }
  if (reassignTo === userId) throw new ValidationError('reassignClientsTo', 'must be another caseworker');
  const target: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND role IN ('caseworker', 'admin') AND disabled = false`, [reassignTo]);
  if (target.length === 0) throw new ValidationError('reassignClientsTo', 'must be an active caseworker');
  await manager.query(`UPDATE clients SET caseworker_id = $2, updated_at = now(), version = version + 1 WHERE caseworker_id = $1`, [userId, reassignTo]);
  for (const { id } of clients) await audit.record({ actor, action: 'update', resource: 'clients', recordId: id, details: { changed: ['caseworkerId'], via: 'users' } }, manager);
  return clients.length;
}
