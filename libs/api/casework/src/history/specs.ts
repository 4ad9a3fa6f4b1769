import { type EntityManager, In } from 'typeorm';
import { PERMIT_CARD_MILESTONES, type HousingSituationRecord, type MilestoneRecord, type MilestoneWarning, type NoteRecord, type SupportNeedRecord } from '@ct/contracts';
import { checkMilestoneWrite, checkMilestones } from '@ct/domain';
import { groupByCase } from '../cases/case-deadlines';
import { NotFoundError, type RequestUser, ValidationError } from '@ct/api-core';
import type { AuditService } from '@ct/api-audit';
import type { ClientScope } from '../clients/client-scope';
import { CaseEntity } from '../entities/case.entity';
import { HousingSituationEntity, NoteEntity, SupportNeedEntity } from '../entities/history.entities';
import { MilestoneEntity } from '../entities/milestone.entity';
import type { ChildSpec } from './client-child.service';

const stamps = (e: { createdAt: Date; updatedAt: Date }) => ({ createdAt: e.createdAt.toISOString(), updatedAt: e.updatedAt.toISOString() });
const withNote = (decrypted: Record<string, string | null>, actor: RequestUser) => (actor.role === 'director' ? {} : { note: decrypted['note'] ?? null });

function ownerByClient(scope: ClientScope) {
  return async (manager: EntityManager, actor: RequestUser, dto: Record<string, unknown>) => {
    const client = await scope.find(manager, actor, dto['clientId'] as string);
    return { clientId: client.id };
  };
}

function checkPeriod(from: string, to: string | null, fromField: string, toField: string): void {
  if (to !== null && to < from) throw new ValidationError(toField, `must not be before ${fromField}`);
}

const noteField = (_table: string) => [{ field: 'note', property: 'noteEnc' as const, column: 'note' }];

export function milestoneSpec(
  scope: ClientScope,
  onArrival: (manager: EntityManager, clientId: string, date: string, actor: RequestUser) => Promise<void>,
  today: () => string,
): ChildSpec<MilestoneEntity, MilestoneRecord> {
  return {
    resource: 'milestones',
    table: 'milestones',
    entity: MilestoneEntity,
    sortable: { date: 'date', type: 'type', createdAt: 'created_at' },
    defaultSort: { field: 'date', order: 'ASC' },
    filters: { caseId: 'case_id', clientId: 'client_id', type: 'type' },
    encrypted: noteField('milestones'),
    plain: ['type', 'date', 'endDate', 'validFrom', 'validUntil'],
    toRecord: (m, decrypted, actor) => ({ id: m.id, caseId: m.caseId, clientId: m.clientId, type: m.type, date: m.date, endDate: m.endDate, validFrom: m.validFrom ?? null, validUntil: m.validUntil ?? null, ...withNote(decrypted, actor), ...stamps(m) }),
    async owner(manager, actor, dto) {
      const kase = await manager.findOneBy(CaseEntity, { id: dto['caseId'] as string });
      if (!kase) throw new NotFoundError('case');
      // Another caseworker's case answers exactly like a missing one.
      await scope.find(manager, actor, kase.clientId).catch(() => {
        throw new NotFoundError('case');
      });
      return { clientId: kase.clientId, extra: { caseId: kase.id } };
    },
    check(m) {
      if (m.type !== 'CLOCK_STOP' && m.endDate) throw new ValidationError('endDate', 'only a CLOCK_STOP has an end date');
      if (m.endDate && m.endDate <= m.date) throw new ValidationError('endDate', 'must be after date (the day the clock resumes)');
      for (const field of ['validFrom', 'validUntil'] as const) {
        if (m[field] && !PERMIT_CARD_MILESTONES.includes(m.type)) throw new ValidationError(field, 'only a permit approval or card has validity dates');
      }
      if (m.validFrom && m.validUntil && m.validUntil <= m.validFrom) throw new ValidationError('validUntil', 'must be after validFrom');
    },
    async afterWrite(manager, m, actor) {
      if (m.type === 'ARRIVED') await onArrival(manager, m.clientId, m.date, actor);
    },
    // A date that contradicts the case's other milestones is refused, naming `date` (contract).
    async validate(manager, m) {
      const existing = await manager.find(MilestoneEntity, { where: { caseId: m.caseId } });
      const impossible = checkMilestoneWrite(existing, m, today()).find((f) => f.severity === 'impossible');
      if (impossible) throw new ValidationError('date', impossible.message);
    },
    async annotate(manager, rows) {
      const caseIds = [...new Set(rows.map((r) => r.caseId))];
      const all = await manager.find(MilestoneEntity, { where: { caseId: In(caseIds) } });
      return milestoneWarnings(all, today());
    },
  };
}

/** Findings of the consistency rules, by milestone id, as the `warnings` of each record. */
export function milestoneWarnings(milestones: MilestoneEntity[], asOf: string): Map<string, { warnings: MilestoneWarning[] }> {
  const out = new Map<string, { warnings: MilestoneWarning[] }>();
  for (const group of groupByCase(milestones).values()) {
    for (const m of group) out.set(m.id, { warnings: [] });
    for (const f of checkMilestones(group, asOf)) {
      out.get(f.milestoneId)?.warnings.push({ severity: f.severity, code: f.code, otherType: f.otherType, params: f.params, message: f.message });
    }
  }
  return out;
}

export function housingSituationSpec(scope: ClientScope, audit: AuditService): ChildSpec<HousingSituationEntity, HousingSituationRecord> {
  return {
    resource: 'housing-situations',
    table: 'housing_situations',
    entity: HousingSituationEntity,
    sortable: { startedOn: 'started_on', endedOn: 'ended_on', category: 'category', createdAt: 'created_at' },
    defaultSort: { field: 'startedOn', order: 'DESC' },
    filters: { clientId: 'client_id', category: 'category' },
    encrypted: noteField('housing_situations'),
    plain: ['category', 'startedOn', 'endedOn'],
    toRecord: (h, decrypted, actor) => ({ id: h.id, clientId: h.clientId, category: h.category, startedOn: h.startedOn, endedOn: h.endedOn, ...withNote(decrypted, actor), ...stamps(h) }),
    owner: ownerByClient(scope),
    check: (h) => checkPeriod(h.startedOn, h.endedOn, 'startedOn', 'endedOn'),
    // One place at a time: a new current situation ends the open one that began before it.
    async afterWrite(manager, h, actor) {
      if (h.endedOn !== null) return;
      const result: unknown = await manager.query(
        `UPDATE housing_situations SET ended_on = $2, updated_at = now()
          WHERE client_id = $1 AND id <> $3 AND ended_on IS NULL AND started_on < $2 RETURNING id`,
        [h.clientId, h.startedOn, h.id],
      );
      const rows = (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as { id: string }[];
      for (const { id } of rows) {
        await audit.record({ actor, action: 'update', resource: 'housing-situations', recordId: id, details: { changed: ['endedOn'], via: 'housing-situations' } }, manager);
      }
    },
  };
}

export function supportNeedSpec(scope: ClientScope): ChildSpec<SupportNeedEntity, SupportNeedRecord> {
  return {
    resource: 'support-needs',
    table: 'support_needs',
    entity: SupportNeedEntity,
    sortable: { openedOn: 'opened_on', metOn: 'met_on', urgency: 'urgency', category: 'category', createdAt: 'created_at' },
    defaultSort: { field: 'openedOn', order: 'DESC' },
    filters: { clientId: 'client_id', category: 'category', urgency: 'urgency' },
    encrypted: noteField('support_needs'),
    plain: ['category', 'urgency', 'openedOn', 'metOn'],
    toRecord: (n, decrypted, actor) => ({ id: n.id, clientId: n.clientId, category: n.category, urgency: n.urgency, openedOn: n.openedOn, metOn: n.metOn, ...withNote(decrypted, actor), ...stamps(n) }),
    owner: ownerByClient(scope),
    check: (n) => checkPeriod(n.openedOn, n.metOn, 'openedOn', 'metOn'),
    extraFilterKeys: ['open'],
    extraFilters: (filter) => {
      if (filter['open'] === true) return [{ sql: 'r.met_on IS NULL', params: {} }];
      if (filter['open'] === false) return [{ sql: 'r.met_on IS NOT NULL', params: {} }];
      if (filter['open'] !== undefined) throw new ValidationError('filter.open', 'must be true or false');
      return [];
    },
  };
}

export function noteSpec(scope: ClientScope): ChildSpec<NoteEntity, NoteRecord> {
  return {
    resource: 'notes',
    table: 'notes',
    entity: NoteEntity,
    sortable: { createdAt: 'created_at', updatedAt: 'updated_at' },
    defaultSort: { field: 'createdAt', order: 'DESC' },
    filters: { clientId: 'client_id', authorId: 'author_id' },
    encrypted: [{ field: 'body', property: 'bodyEnc', column: 'body' }],
    plain: [],
    toRecord: (n, decrypted, actor) => ({ id: n.id, clientId: n.clientId, authorId: n.authorId, ...(actor.role === 'director' ? {} : { body: decrypted['body'] ?? '' }), ...stamps(n) }),
    async owner(manager, actor, dto) {
      const client = await scope.find(manager, actor, dto['clientId'] as string);
      return { clientId: client.id, extra: { authorId: actor.id } };
    },
  };
}
