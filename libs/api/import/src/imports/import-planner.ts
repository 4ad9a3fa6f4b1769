import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { EntityManager } from 'typeorm';
import type { ImportField, ImportProblem, ImportRowResult, ImportSettings, ImportSummary } from '@ct/contracts';
import { AppError, BlindIndex, type RequestUser, ValidationError, normalizeWords } from '@ct/api-core';
import { CreateClientDto } from '@ct/api-casework';
import { type ClientFields, MappingError, type MappedRow, columnLabel, mapRows, validateMapping } from '../mapping/map-rows';
import { readSpreadsheet } from '../parsing/read-spreadsheet';
import type { Workbook } from '../parsing/sheet';

/** A row ready to be written, with what the dry run found. */
export interface PlannedRow {
  mapped: MappedRow;
  result: ImportRowResult;
  /** The keyed hash that marks this row as imported into this caseload. */
  rowKey: string;
  /** The client as the manual form would send it, after the form's own transforms. */
  dto: CreateClientDto;
}

export interface ImportPlan {
  workbook: Workbook;
  caseworkerId: string | null;
  rows: PlannedRow[];
  ambiguousDateColumns: string[];
  /** The A-number column's title, for the duplicate messages. */
  aNumberColumn: string | null;
  summary: ImportSummary;
}

/** Client DTO property → the import field whose column it came from. */
const DTO_FIELD: Record<string, ImportField> = { lastArrivalOn: 'arrivedOn' };

/**
 * Reads, maps and checks a file without writing anything: the dry run, and the first half of an import.
 * Duplicates are looked up through keyed blind indexes only: an A-number already in the tracker is reported
 * as such, never with whose client it is.
 */
@Injectable()
export class ImportPlanner {
  constructor(private readonly index: BlindIndex) {}

  /** The caseload the clients join: a caseworker's own; for an admin, the one chosen (or none). */
  targetCaseload(settings: ImportSettings, actor: RequestUser): string | null {
    if (actor.role === 'caseworker') {
      if (settings.caseworkerId && settings.caseworkerId !== actor.id) throw new AppError('FORBIDDEN', 'caseworkerId: caseworkers import into their own caseload only', 'caseworkerId');
      return actor.id;
    }
    return settings.caseworkerId ?? null;
  }

  async plan(manager: EntityManager, file: Buffer, settings: ImportSettings, actor: RequestUser, today: string): Promise<ImportPlan> {
    const caseworkerId = this.targetCaseload(settings, actor);
    if (caseworkerId && actor.role === 'admin') {
      const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND role IN ('caseworker', 'admin') AND disabled = false`, [caseworkerId]);
      if (rows.length === 0) throw new ValidationError('caseworkerId', 'must be an active caseworker');
    }
    const workbook = await readSpreadsheet(file, settings.sheet);
    let mapped: ReturnType<typeof mapRows>;
    try {
      validateMapping(workbook.table.headers, settings.mapping);
      mapped = mapRows(workbook.table, settings.mapping, settings.dateOrder, today);
    } catch (error) {
      if (error instanceof MappingError) throw new ValidationError('mapping', error.message.replace(/^mapping: /, ''));
      throw error;
    }
    const headers = workbook.table.headers;
    const byField = new Map(Object.entries(settings.mapping).map(([i, f]) => [f, Number(i)]));
    const label = (field: ImportField | null) => (field && byField.has(field) ? columnLabel(headers, byField.get(field) as number) : null);

    const rows: PlannedRow[] = mapped.rows.map((m) => {
      const dto = plainToInstance(CreateClientDto, { ...m.client, caseworkerId });
      const problems: ImportProblem[] = [...m.problems, ...this.formProblems(dto, m.problems, label)];
      return {
        mapped: m,
        dto,
        rowKey: this.rowKey(m.client, caseworkerId),
        result: {
          row: m.row,
          outcome: problems.some((p) => p.severity === 'error') ? 'error' : 'create',
          creates: { client: true, caseKind: m.caseKind, milestones: m.milestones.map((x) => x.type) },
          problems,
        },
      };
    });
    // The same person twice (names, date of birth and A-number alike): which of the two is right is the
    // uploader's call, so the later one is an error naming the first.
    const firstOfKey = new Map<string, number>();
    for (const r of rows) {
      const first = firstOfKey.get(r.rowKey);
      if (first === undefined) firstOfKey.set(r.rowKey, r.result.row);
      else if (!r.result.problems.some((p) => p.code === 'DUPLICATE_IN_FILE')) {
        r.result.outcome = 'error';
        r.result.problems.push({ column: null, field: null, code: 'DUPLICATE_ROW', message: `the same person as row ${first}`, severity: 'error', params: { row: first } });
      }
    }
    await this.markDuplicates(manager, rows, label('aNumber'));
    return { workbook, caseworkerId, rows, ambiguousDateColumns: mapped.ambiguousDateColumns, aNumberColumn: label('aNumber'), summary: summarize(rows.map((r) => r.result)) };
  }

  /**
   * Marks rows already imported into this caseload, or whose A-number a client in the tracker already has,
   * as skipped. Inside the import's transaction this runs again under a lock, so a concurrent import of the
   * same file creates nothing twice.
   */
  async markDuplicates(manager: EntityManager, rows: PlannedRow[], aNumberColumn: string | null): Promise<void> {
    const open = rows.filter((r) => r.result.outcome === 'create');
    if (open.length === 0) return;
    const imported = new Set<string>(
      ((await manager.query(`SELECT key FROM import_row_keys WHERE key = ANY($1)`, [open.map((r) => r.rowKey)])) as { key: string }[]).map((r) => r.key),
    );
    const hashes = new Map(open.filter((r) => r.mapped.aNumberKey).map((r) => [r, this.index.hash('a_number', r.mapped.aNumberKey as string)]));
    const known = new Set<string>(
      hashes.size ? ((await manager.query(`SELECT a_number_index FROM clients WHERE a_number_index = ANY($1)`, [[...hashes.values()]])) as { a_number_index: string }[]).map((r) => r.a_number_index) : [],
    );
    for (const r of open) {
      if (imported.has(r.rowKey)) {
        r.result.outcome = 'skip';
        r.result.problems.push({ column: null, field: null, code: 'ALREADY_IMPORTED', message: 'this row was imported into this caseload before; nothing new is created', severity: 'warning' });
      } else if (known.has(hashes.get(r) ?? '')) {
        r.result.outcome = 'skip';
        r.result.problems.push({ column: aNumberColumn, field: 'aNumber', code: 'DUPLICATE_CLIENT', message: `${aNumberColumn ?? 'aNumber'}: a client with this A-number is already in the tracker; the row is skipped`, severity: 'warning' });
      }
    }
  }

  /** The manual form's own checks (e-mail, phone, lengths, ranges), each named by its column. */
  private formProblems(dto: CreateClientDto, already: ImportProblem[], label: (f: ImportField | null) => string | null): ImportProblem[] {
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
    const out: ImportProblem[] = [];
    for (const e of errors) {
      const field = (DTO_FIELD[e.property] ?? e.property) as ImportField;
      if (already.some((p) => p.field === field && p.severity === 'error')) continue;
      const column = label(field);
      const text = Object.values(e.constraints ?? {})[0] ?? 'is invalid';
      out.push({ column, field, code: 'INVALID_VALUE', message: `${column ?? field}: ${text.startsWith(e.property) ? text.slice(e.property.length).trim() : text}`, severity: 'error' });
    }
    return out;
  }

  /** Names, date of birth and A-number, normalized, keyed by the blind-index key and by the caseload. */
  rowKey(client: ClientFields, caseworkerId: string | null): string {
    const identity = [normalizeWords(client.firstName ?? '').join(' '), normalizeWords(client.lastName ?? '').join(' '), client.dateOfBirth ?? '', client.aNumber ? client.aNumber.padStart(9, '0') : '', caseworkerId ?? ''];
    return this.index.hash('import_row', identity.join('\u0000'));
  }
}

export function summarize(results: ImportRowResult[]): ImportSummary {
  const creating = results.filter((r) => r.outcome === 'create');
  return {
    rows: results.length,
    create: creating.length,
    skip: results.filter((r) => r.outcome === 'skip').length,
    error: results.filter((r) => r.outcome === 'error').length,
    warnings: results.filter((r) => r.problems.some((p) => p.severity === 'warning')).length,
    cases: creating.filter((r) => r.creates.caseKind).length,
    milestones: creating.reduce((n, r) => n + r.creates.milestones.length, 0),
  };
}
