import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { APPOINTMENT_TYPES, appointmentStage, daysBetween, oneYearDeadlineStage } from '@ct/domain';
import type { CaseloadDashboard, DueItem } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, FieldCipher, type RequestUser, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { computeCase, groupByCase } from '../cases/case-deadlines';
import { aad } from '../clients/client-view';
import { CaseEntity } from '../entities/case.entity';
import { ClientEntity } from '../entities/client.entity';
import { SupportNeedEntity } from '../entities/history.entities';
import { MilestoneEntity } from '../entities/milestone.entity';

/** Legal deadlines first: a missed one-year deadline can cost the whole claim. */
const PRIORITY: Record<DueItem['kind'], number> = { ONE_YEAR_DEADLINE: 0, APPOINTMENT: 1, EAD_DECISION_OVERDUE: 2, EAD_MAY_FILE: 3, URGENT_NEED: 4 };

/**
 * What is due in the caller's own caseload this morning: one-year deadlines within 90 days (or missed),
 * staged by urgency, interviews, hearings and biometrics of the next 14 days,
 * clients who may now file for a work permit, permit decisions overdue, and open urgent needs.
 * Computed live from the milestones, so it is right for today whatever changed since.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditService,
  ) {}

  async caseload(actor: RequestUser): Promise<CaseloadDashboard> {
    const asOf = todayIn(this.config.timeZone);
    const clients = await this.dataSource.getRepository(ClientEntity).find({ where: { caseworkerId: actor.id } });
    const ids = clients.map((c) => c.id);
    const [cases, milestones, needs] = ids.length
      ? await Promise.all([
          this.dataSource.getRepository(CaseEntity).find({ where: { clientId: In(ids) } }),
          this.dataSource.getRepository(MilestoneEntity).find({ where: { clientId: In(ids) }, order: { date: 'ASC' } }),
          this.dataSource
            .getRepository(SupportNeedEntity)
            .createQueryBuilder('n')
            .where('n.client_id = ANY(:ids)', { ids })
            .andWhere('n.met_on IS NULL')
            .andWhere(`n.urgency IN ('urgent', 'high')`)
            .getMany(),
        ])
      : [[], [], []];
    const name = new Map(
      clients.map((c) => [c.id, `${this.cipher.decrypt(c.firstNameEnc, aad('clients', 'first_name', c.id))} ${this.cipher.decrypt(c.lastNameEnc, aad('clients', 'last_name', c.id))}`]),
    );
    const displayName = new Map(
      clients.filter((c) => c.chosenNameEnc).map((c) => [c.id, `${this.cipher.decrypt(c.chosenNameEnc as string, aad('clients', 'chosen_name', c.id))} ${this.cipher.decrypt(c.lastNameEnc, aad('clients', 'last_name', c.id))}`]),
    );
    const arrival = new Map(clients.map((c) => [c.id, c.lastArrivalOn]));
    const byCase = groupByCase(milestones);

    const items: DueItem[] = [];
    const item = (kind: DueItem['kind'], clientId: string, caseId: string | null, date: string, detail: string | null, needId: string | null = null, extra: Partial<DueItem> = {}) =>
      items.push({ kind, clientId, clientName: name.get(clientId) ?? '', caseId, needId, date, days: daysBetween(asOf, date), detail, ...extra });

    for (const k of cases) {
      if (k.status === 'granted' || k.status === 'closed') continue;
      const c = computeCase(arrival.get(k.clientId) ?? null, k, byCase.get(k.id) ?? [], asOf);
      const explain = (field: string) => c.explanations.find((e) => e.field === field)?.text ?? null;
      const explanation = (field: string): Partial<DueItem> => ({ explanation: (c.explanations.find((e) => e.field === field) as DueItem['explanation']) ?? null });
      const deadlineStage = c.oneYearDeadline ? oneYearDeadlineStage(daysBetween(asOf, c.oneYearDeadline)) : null;
      if (!c.clockStartedOn && c.oneYearDeadline && !k.oneYearExceptionClaimed && deadlineStage) {
        item('ONE_YEAR_DEADLINE', k.clientId, k.id, c.oneYearDeadline, explain('oneYearDeadline'), null, { stage: deadlineStage, ...explanation('oneYearDeadline') });
      }
      for (const m of byCase.get(k.id) ?? []) {
        const stage = APPOINTMENT_TYPES.includes(m.type) ? appointmentStage(daysBetween(asOf, m.date)) : null;
        if (stage) item('APPOINTMENT', k.clientId, k.id, m.date, null, null, { stage, milestoneType: m.type });
      }
      const applied = (byCase.get(k.id) ?? []).some((m) => m.type === 'EAD_APPLIED' && m.date <= asOf);
      if (!c.eadInHandOn && !applied && c.eadMayFileOn && c.eadMayFileOn <= asOf) item('EAD_MAY_FILE', k.clientId, k.id, c.eadMayFileOn, explain('eadMayFileOn'), null, explanation('eadMayFileOn'));
      if (!c.eadInHandOn && c.eadDecisionDueOn && c.eadDecisionDueOn < asOf) item('EAD_DECISION_OVERDUE', k.clientId, k.id, c.eadDecisionDueOn, explain('eadDecisionDueOn'), null, explanation('eadDecisionDueOn'));
    }
    for (const n of needs) item('URGENT_NEED', n.clientId, null, n.openedOn, `${n.category} (${n.urgency})`, n.id);
    items.sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.days - b.days);
    // Chosen names where the client gave one: the dashboard is not a legal document.
    for (const i of items) i.clientName = displayName.get(i.clientId) ?? i.clientName;
    await this.audit.record({ actor, action: 'list', resource: 'dashboard', details: { ids: [...new Set(items.map((i) => i.clientId))] } });
    return { asOf, clients: clients.length, items };
  }
}
