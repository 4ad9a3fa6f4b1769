import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { computeOneYearDeadline, pseudonymCode } from '@ct/domain';
import { type BlindIndex, type FieldCipher, normalizeANumber } from '@ct/api-core';
import { aad, clientSearchIndexes } from '@ct/api-casework';
import { type SyntheticClient, syntheticClient } from './synthetic-clients';

type Row = unknown[];

/** One multi-row INSERT: fast enough for 100k clients without loading anything back. */
async function insertRows(manager: EntityManager, table: string, columns: string[], rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((value) => (params.push(value), `$${params.length}`)).join(', ')})`);
  await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, params);
}

export interface SeedOptions {
  count: number;
  asOf: string;
  cipher: FieldCipher;
  index: BlindIndex;
  pseudonymKey: Buffer;
  caseworkerIds: string[];
  seed?: number;
  /** Index of the first synthetic client (to add more later without repeating). */
  offset?: number;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

/** Encrypts and inserts synthetic clients with their case, milestones, housing history, needs and notes. */
export async function insertSyntheticClients(dataSource: DataSource, options: SeedOptions): Promise<number> {
  const batchSize = options.batchSize ?? 400;
  const { cipher } = options;
  const enc = (value: string | null, table: string, column: string, id: string) => cipher.encryptNullable(value, aad(table, column, id));
  let done = 0;
  for (let start = 0; start < options.count; start += batchSize) {
    const batch: SyntheticClient[] = [];
    for (let i = start; i < Math.min(options.count, start + batchSize); i++) {
      batch.push(syntheticClient((options.offset ?? 0) + i, options.asOf, { seed: options.seed, caseworkers: options.caseworkerIds.length }));
    }
    const clients: Row[] = [];
    const cases: Row[] = [];
    const milestones: Row[] = [];
    const housing: Row[] = [];
    const needs: Row[] = [];
    const notes: Row[] = [];
    for (const c of batch) {
      const id = randomUUID();
      const caseId = randomUUID();
      const aNumber = c.aNumber ? normalizeANumber(c.aNumber) : null;
      const indexes = clientSearchIndexes(options.index, { firstName: c.firstName, lastName: c.lastName, aNumber, dateOfBirth: c.dateOfBirth });
      clients.push([
        id,
        pseudonymCode(id, options.pseudonymKey, { prefix: 'CL' }),
        enc(c.firstName, 'clients', 'first_name', id),
        enc(c.lastName, 'clients', 'last_name', id),
        enc(aNumber, 'clients', 'a_number', id),
        enc(c.dateOfBirth, 'clients', 'date_of_birth', id),
        enc(c.email, 'clients', 'email', id),
        enc(c.phone, 'clients', 'phone', id),
        indexes.nameIndex,
        indexes.aNumberIndex,
        indexes.aNumberTailIndex,
        indexes.identityIndex,
        indexes.searchIndexVersion,
        c.lastArrivalOn,
        c.languages,
        c.educationLevel,
        c.englishLevel,
        c.profession,
        c.householdSize,
        c.region,
        options.caseworkerIds[c.caseworkerIndex] ?? null,
        c.excludeFromStatistics,
      ]);
      cases.push([caseId, id, c.kase.kind, c.kase.status, enc(c.kase.i589ReceiptNumber, 'cases', 'i589_receipt', caseId), computeOneYearDeadline({ lastArrivalOn: c.lastArrivalOn }).deadline]);
      for (const m of c.kase.milestones) {
        const mid = randomUUID();
        milestones.push([mid, caseId, id, m.type, m.date, m.endDate ?? null, enc(m.note ?? null, 'milestones', 'note', mid)]);
      }
      for (const h of c.housing) housing.push([randomUUID(), id, h.category, h.startedOn, h.endedOn]);
      for (const n of c.needs) needs.push([randomUUID(), id, n.category, n.urgency, n.openedOn, n.metOn]);
      for (const text of c.notes) {
        const nid = randomUUID();
        notes.push([nid, id, options.caseworkerIds[c.caseworkerIndex] ?? null, enc(text, 'notes', 'body', nid)]);
      }
    }
    await dataSource.transaction(async (manager) => {
      await insertRows(manager, 'clients', ['id', 'code', 'first_name_enc', 'last_name_enc', 'a_number_enc', 'date_of_birth_enc', 'email_enc', 'phone_enc', 'name_index', 'a_number_index', 'a_number_tail_index', 'identity_index', 'search_index_version', 'last_arrival_on', 'languages', 'education_level', 'english_level', 'profession', 'household_size', 'region', 'caseworker_id', 'exclude_from_statistics'], clients);
      await insertRows(manager, 'cases', ['id', 'client_id', 'kind', 'status', 'i589_receipt_enc', 'one_year_deadline'], cases);
      await insertRows(manager, 'milestones', ['id', 'case_id', 'client_id', 'type', 'date', 'end_date', 'note_enc'], milestones);
      await insertRows(manager, 'housing_situations', ['id', 'client_id', 'category', 'started_on', 'ended_on'], housing);
      await insertRows(manager, 'support_needs', ['id', 'client_id', 'category', 'urgency', 'opened_on', 'met_on'], needs);
      await insertRows(manager, 'notes', ['id', 'client_id', 'author_id', 'body_enc'], notes);
    });
    done += batch.length;
    options.onProgress?.(done);
  }
  return done;
}
