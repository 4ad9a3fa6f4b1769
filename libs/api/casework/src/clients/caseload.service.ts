import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ClientRecord, DirectorClientRecord } from '@ct/contracts';
import { BlindIndex, FieldCipher, NotFoundError, type RequestUser, ValidationError } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { CaseDeadlines } from '../cases/case-deadlines';
import type { MergeClientsDto, ReassignClientsDto } from '../dto/caseload.dto';
import { ClientEntity } from '../entities/client.entity';
import { clientSearchIndexes, decryptIndexSource } from './client-search-index';
import { aad, toClientRecord } from './client-view';

/** Encrypted client fields a merge may fill in from the duplicate (entity property, database column). */
const ENCRYPTED: [keyof ClientEntity, string][] = [
  ['aNumberEnc', 'a_number'],
  ['dateOfBirthEnc', 'date_of_birth'],
  ['emailEnc', 'email'],
  ['phoneEnc', 'phone'],
  ['chosenNameEnc', 'chosen_name'],
  ['pronounsEnc', 'pronouns'],
  ['attorneyEnc', 'attorney'],
  ['contactHandleEnc', 'contact_handle'],
];
const PLAIN: (keyof ClientEntity)[] = ['lastArrivalOn', 'educationLevel', 'englishLevel', 'profession', 'region', 'caseworkerId', 'contactChannel', 'asylumOffice', 'interpreterLanguage'];

/**
 * Caseload management across clients: bulk reassignment (admins and directors, by ids only, so a
 * director never needs more than `{id, code, caseworkerId}`) and merging a duplicate (admins).
 */
@Injectable()
export class CaseloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
    private readonly index: BlindIndex,
    private readonly audit: AuditService,
    private readonly deadlines: CaseDeadlines,
  ) {}

  async reassign(dto: ReassignClientsDto, actor: RequestUser): Promise<{ moved: number }> {
    return this.dataSource.transaction(async (manager) => {
      await this.assertCaseworker(manager, dto.caseworkerId);
      const rows: { id: string }[] = dto.fromCaseworkerId
        ? await manager.query(`SELECT id FROM clients WHERE caseworker_id = $1 ORDER BY id FOR UPDATE`, [dto.fromCaseworkerId])
        : await manager.query(`SELECT id FROM clients WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [dto.clientIds]);
      if (!dto.fromCaseworkerId && rows.length !== new Set(dto.clientIds).size) throw new NotFoundError('client');
      const ids = rows.map((r) => r.id);
      if (ids.length > 0) {
        await manager.query(`UPDATE clients SET caseworker_id = $2, updated_at = now(), version = version + 1 WHERE id = ANY($1) AND caseworker_id IS DISTINCT FROM $2`, [ids, dto.caseworkerId]);
      }
      for (const id of ids) await this.audit.record({ actor, action: 'update', resource: 'clients', recordId: id, details: { changed: ['caseworkerId'], via: 'reassign' } }, manager);
      return { moved: ids.length };
    });
  }

  async merge(dto: MergeClientsDto, actor: RequestUser): Promise<ClientRecord | DirectorClientRecord> {
    if (dto.keepId === dto.mergeId) throw new ValidationError('mergeId', 'must be another client than keepId');
    return this.dataSource.transaction(async (manager) => {
      const [first, second] = [dto.keepId, dto.mergeId].sort();
      // Lock in id order, so two merges of the same pair cannot deadlock.
      const locked = new Map<string, ClientEntity>();
      for (const id of [first, second]) {
        const c = await manager.findOne(ClientEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        if (!c) throw new NotFoundError('client');
        locked.set(id, c);
      }
      const keep = locked.get(dto.keepId) as ClientEntity;
      const gone = locked.get(dto.mergeId) as ClientEntity;
      const filled: string[] = [];
      for (const [property, column] of ENCRYPTED) {
        const theirs = gone[property] as string | null;
        if (keep[property] || !theirs) continue;
        (keep[property] as string | null) = this.cipher.encrypt(this.cipher.decrypt(theirs, aad('clients', column, gone.id)), aad('clients', column, keep.id));
        filled.push(column);
      }
      for (const property of PLAIN) {
        if (keep[property] !== null || gone[property] === null) continue;
        (keep as unknown as Record<string, unknown>)[property] = gone[property];
        filled.push(property);
      }
      keep.languages = [...new Set([...keep.languages, ...gone.languages])];
      keep.excludeFromStatistics = keep.excludeFromStatistics || gone.excludeFromStatistics;
      // An open housing request each: the duplicate's closes (one open request per client).
      await manager.query(
        `UPDATE housing_requests SET status = 'closed', updated_at = now() WHERE client_id = $2 AND status = 'open' AND EXISTS (SELECT 1 FROM housing_requests WHERE client_id = $1 AND status = 'open')`,
        [keep.id, gone.id],
      );
      const moved: Record<string, number> = {};
      for (const table of await this.clientOwnedTables(manager)) {
        const result = (await manager.query(`UPDATE "${table}" SET client_id = $1 WHERE client_id = $2`, [keep.id, gone.id])) as [unknown, number];
        moved[table] = result[1];
      }
      // The duplicate's identifiers go first, so that the A-number index is free for the record that stays.
      await manager.query(`DELETE FROM clients WHERE id = $1`, [gone.id]);
      Object.assign(keep, clientSearchIndexes(this.index, decryptIndexSource(keep, this.cipher)));
      const saved = await manager.save(keep);
      await this.deadlines.refreshForClient(manager, keep.id);
      await this.audit.record({ actor, action: 'merge', resource: 'clients', recordId: keep.id, details: { mergedFrom: gone.id, moved, filled } }, manager);
      await this.audit.record({ actor, action: 'delete', resource: 'clients', recordId: gone.id, details: { mergedInto: keep.id } }, manager);
      return toClientRecord(saved, actor, this.cipher);
    });
  }

  /** Every table with a `client_id` (cases, milestones, housing history, needs, notes, requests, and any added later). */
  private async clientOwnedTables(manager: EntityManager): Promise<string[]> {
    const rows: { table_name: string }[] = await manager.query(
      `SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_name = 'client_id' AND table_name <> 'clients' ORDER BY table_name`,
    );
    return rows.map((r) => r.table_name);
  }

  private async assertCaseworker(manager: EntityManager, userId: string): Promise<void> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND role IN ('caseworker', 'admin') AND disabled = false`, [userId]);
    if (rows.length === 0) throw new ValidationError('caseworkerId', 'must be an active caseworker');
  }
}
