import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, ENCRYPTED_FIELDS, ErasureLedger, type ErasureKeeps, type RequestUser, encryptedColumn, erasureLedgerKey } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';

/**
 * Erasure: the one mechanism behind DELETE /api/clients/:id, retention de-identification and the
 * re-application of the ledger after a restore.
 *
 * - `nothing` (the client did not consent to be counted): the client row and everything hanging from
 *   it are deleted.
 * - `statistics` (the client consented): every identity and free-text value of the registry is removed
 *   (NULL, or the row deleted where the value is the row's whole point, like a note), as are the blind
 *   indexes and the housing requests; the anonymous facts the statistics count stay, under `erased_at`.
 *
 * The values are gone from the live tables, not hidden behind a flag; old copies inside backups are
 * removed again by `restore`, which re-applies the erasure ledger.
 */
@Injectable()
export class ClientErasure {
  readonly ledger: ErasureLedger;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly audit: AuditService,
  ) {
    this.ledger = new ErasureLedger(config.erasureLedgerPath, erasureLedgerKey(config.indexKey));
  }

  /**
   * Erases a client the caller has loaded and locked in this transaction, audits it (ids only) and
   * writes the ledger line, flushed before the transaction commits, so a restore never resurrects them.
   * What stays for statistics follows the client's consent (clients.exclude_from_statistics).
   */
  async eraseRecorded(manager: EntityManager, client: { id: string; excludeFromStatistics: boolean }, actor: RequestUser, reason: 'request' | 'retention'): Promise<ErasureKeeps> {
    const keeps: ErasureKeeps = client.excludeFromStatistics ? 'nothing' : 'statistics';
    await this.erase(manager, client.id, keeps);
    await this.audit.record({ actor, action: 'delete', resource: 'clients', recordId: client.id, details: { erased: true, keeps, ...(reason === 'retention' ? { reason } : {}) } }, manager);
    this.ledger.append({ clientId: client.id, erasedAt: new Date().toISOString(), keeps });
    return keeps;
  }

  /** Erases one client inside the caller's transaction. Returns false if there was no such client. */
  async erase(manager: EntityManager, clientId: string, keeps: ErasureKeeps): Promise<boolean> {
    if (keeps === 'nothing') {
      const [, deleted] = (await manager.query(`DELETE FROM clients WHERE id = $1`, [clientId])) as [unknown, number];
      return deleted > 0;
    }
    const exists: unknown[] = await manager.query(`SELECT 1 FROM clients WHERE id = $1 FOR UPDATE`, [clientId]);
    if (exists.length === 0) return false;
    const nullable = new Set(
      ((await manager.query(`SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = current_schema() AND is_nullable = 'YES' AND column_name LIKE '%\\_enc'`)) as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    for (const field of ENCRYPTED_FIELDS) {
      if (field.kind === 'host' || field.clientKey === null) continue;
      const column = encryptedColumn(field);
      const where = field.clientKey === 'id' ? 'id' : 'client_id';
      if (nullable.has(`${field.table}.${column}`)) await manager.query(`UPDATE ${field.table} SET ${column} = NULL WHERE ${where} = $1 AND ${column} IS NOT NULL`, [clientId]);
      else if (field.clientKey === 'client_id') await manager.query(`DELETE FROM ${field.table} WHERE client_id = $1`, [clientId]);
      else await manager.query(`UPDATE ${field.table} SET ${column} = '' WHERE id = $1`, [clientId]);
    }
    // Housing requests and their matches tie the person to a host; consents lose their meaning.
    await manager.query(`DELETE FROM housing_requests WHERE client_id = $1`, [clientId]);
    await manager.query(`DELETE FROM client_consents WHERE client_id = $1`, [clientId]);
    await manager.query(
      `UPDATE clients SET name_index = '{}', a_number_index = NULL, caseworker_id = NULL, erased_at = COALESCE(erased_at, now()), version = version + 1, updated_at = now() WHERE id = $1`,
      [clientId],
    );
    return true;
  }
}
