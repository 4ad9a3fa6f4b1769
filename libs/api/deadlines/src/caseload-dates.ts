import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { CalendarEvent, CalendarEventKind } from '@ct/contracts';
import { CaseEntity, ClientEntity, type ComputedCase, computeCase, groupByCase, MilestoneEntity } from '@ct/api-casework';
import { TaskEntity } from './entities/task.entity';

export interface CaseloadCase {
  kase: CaseEntity;
  client: ClientEntity;
  computed: ComputedCase;
  milestones: MilestoneEntity[];
}

const APPOINTMENTS: Partial<Record<string, CalendarEventKind>> = {
  BIOMETRICS: 'BIOMETRICS',
  INTERVIEW: 'INTERVIEW',
  MASTER_HEARING: 'MASTER_HEARING',
  MERITS_HEARING: 'MERITS_HEARING',
};

/** The dated events of one case: computed deadlines that still matter, and appointments. */
export function caseEvents({ kase, client, computed: c, milestones }: CaseloadCase): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const add = (kind: CalendarEventKind, date: string | null, key: string) => {
    if (date) events.push({ id: `${kind}:${key}`, kind, date, clientId: client.id, clientCode: client.code, caseId: kase.id, taskId: null, taskKind: null });
  };
  const closed = kase.status === 'granted' || kase.status === 'closed' || kase.status === 'denied';
  if (!closed) {
    if (!c.clockStartedOn && !kase.oneYearExceptionClaimed) add('ONE_YEAR_DEADLINE', c.oneYearDeadline, kase.id);
    const applied = milestones.some((m) => m.type === 'EAD_APPLIED');
    if (!applied && !c.workAuthorizedOn) add('EAD_MAY_FILE', c.eadMayFileOn, kase.id);
    if (!c.eadInHandOn && !c.workAuthorizedOn) add('EAD_DECISION_DUE', c.eadDecisionDueOn, kase.id);
    if (!c.annualFeePaidOn) add('ANNUAL_FEE_DUE', c.annualFeeDueOn, `${kase.id}:${c.annualFeeNoticeOn}`);
  }
  // After a grant the client works incident to status: the (c)(8) permit's dates no longer matter.
  if (c.permit.grantedOn === null) {
    add('PERMIT_EXPIRES', c.permitExpiresOn, `${kase.id}:${c.permitExpiresOn}`);
    add('RENEWAL_WINDOW_OPENS', c.renewalMayFileOn, `${kase.id}:${c.permitExpiresOn}`);
  }
  for (const m of milestones) {
    const kind = APPOINTMENTS[m.type];
    if (kind) add(kind, m.date, m.id);
  }
  return events;
}

/** Loads caseloads and computes their dates: three queries for any number of clients. */
@Injectable()
export class CaseloadDates {
  constructor(private readonly dataSource: DataSource) {}

  async casesOf(clients: ClientEntity[], asOf: string): Promise<CaseloadCase[]> {
    if (clients.length === 0) return [];
    const ids = clients.map((c) => c.id);
    const [cases, milestones] = await Promise.all([
      this.dataSource.getRepository(CaseEntity).find({ where: { clientId: In(ids) } }),
      this.dataSource.getRepository(MilestoneEntity).find({ where: { clientId: In(ids) }, order: { date: 'ASC' } }),
    ]);
    const byId = new Map(clients.map((c) => [c.id, c]));
    const byCase = groupByCase(milestones);
    return cases.map((kase) => {
      const client = byId.get(kase.clientId) as ClientEntity;
      const list = byCase.get(kase.id) ?? [];
      return { kase, client, milestones: list, computed: computeCase(client.lastArrivalOn, kase, list, asOf) };
    });
  }

  /** A caseworker's events between two days (inclusive), with their open tasks. */
  async eventsFor(userId: string, from: string, to: string, asOf: string): Promise<CalendarEvent[]> {
    const clients = await this.dataSource.getRepository(ClientEntity).find({ where: { caseworkerId: userId } });
    const events = (await this.casesOf(clients, asOf)).flatMap(caseEvents);
    const tasks = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.client', 'c')
      .where('(c.caseworker_id = :userId OR t.assignee_id = :userId)', { userId })
      .andWhere(`t.status = 'open'`)
      .andWhere('t.due_on BETWEEN :from AND :to', { from, to })
      .getMany();
    for (const t of tasks) {
      events.push({ id: `TASK:${t.id}`, kind: 'TASK', date: t.dueOn, clientId: t.clientId, clientCode: t.client?.code ?? '', caseId: t.caseId, taskId: t.id, taskKind: t.kind });
    }
    return events.filter((e) => e.date >= from && e.date <= to).sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  }
}
