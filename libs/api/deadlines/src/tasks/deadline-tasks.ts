import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { addDays } from '@ct/domain';
import type { TaskKind } from '@ct/contracts';
import { AuditService } from '@ct/api-audit';
import { ClientEntity } from '@ct/api-casework';
import { type CaseloadCase, CaseloadDates } from '../caseload-dates';

/** How far ahead a computed date becomes a task. */
const AHEAD_DAYS: Record<Exclude<TaskKind, 'MANUAL'>, number> = { FILE_I765: 14, PAY_ANNUAL_FEE: 30, FILE_RENEWAL: 30, PREPARE_INTERVIEW: 30 };
/** Preparation starts a week before an interview or merits hearing. */
const PREPARE_DAYS = 7;

export interface WantedTask {
  kind: Exclude<TaskKind, 'MANUAL'>;
  sourceKey: string;
  dueOn: string;
  clientId: string;
  caseId: string;
  assigneeId: string | null;
}

/**
 * The tasks a case's computed dates call for today. Each has a key naming what it came from (the case
 * and the date), so the same date never makes a second task, and a changed date makes a new one.
 */
export function wantedTasks({ kase, client, computed: c, milestones }: CaseloadCase, today: string): WantedTask[] {
  const wanted: WantedTask[] = [];
  const within = (kind: WantedTask['kind'], date: string) => date <= addDays(today, AHEAD_DAYS[kind]);
  const add = (kind: WantedTask['kind'], key: string, dueOn: string) =>
    wanted.push({ kind, sourceKey: `${kind}:${key}`, dueOn, clientId: client.id, caseId: kase.id, assigneeId: client.caseworkerId });
  if (kase.status === 'closed' || kase.status === 'denied') return wanted;
  const granted = c.permit.grantedOn !== null;
  const applied = milestones.some((m) => m.type === 'EAD_APPLIED' && m.date <= today);
  if (!granted && !applied && !c.eadInHandOn && c.eadMayFileOn && within('FILE_I765', c.eadMayFileOn)) add('FILE_I765', `${kase.id}:${c.eadMayFileOn}`, c.eadMayFileOn);
  if (c.annualFeeDueOn && !c.annualFeePaidOn && within('PAY_ANNUAL_FEE', c.annualFeeDueOn)) add('PAY_ANNUAL_FEE', `${kase.id}:${c.annualFeeNoticeOn}`, c.annualFeeDueOn);
  if (!granted && c.renewalMayFileOn && c.permitExpiresOn && !c.permit.renewalFiledOn && within('FILE_RENEWAL', c.renewalMayFileOn)) {
    add('FILE_RENEWAL', `${kase.id}:${c.permitExpiresOn}`, c.renewalMayFileOn);
  }
  for (const m of milestones) {
    if ((m.type === 'INTERVIEW' || m.type === 'MERITS_HEARING') && m.date >= today && within('PREPARE_INTERVIEW', m.date)) {
      const due = addDays(m.date, -PREPARE_DAYS);
      add('PREPARE_INTERVIEW', `${m.id}:${m.date}`, due < today ? today : due);
    }
  }
  return wanted;
}

/** Creates the tasks computed dates call for, across every caseload; run by the job runner. */
@Injectable()
export class DeadlineTasks {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dates: CaseloadDates,
    private readonly audit: AuditService,
  ) {}

  async createDue(today: string): Promise<{ created: number; cases: number }> {
    const clients = await this.dataSource.getRepository(ClientEntity).find({ where: { caseworkerId: Not(IsNull()) } });
    let created = 0;
    let cases = 0;
    // A few hundred clients at a time keeps memory flat on large caseloads.
    for (let i = 0; i < clients.length; i += 500) {
      const batch = await this.dates.casesOf(clients.slice(i, i + 500), today);
      cases += batch.length;
      for (const w of batch.flatMap((k) => wantedTasks(k, today))) {
        // The task and its audit event together; no actor: the job created it.
        await this.dataSource.transaction(async (manager) => {
          const rows = (await manager.query(
            `INSERT INTO tasks (id, client_id, case_id, assignee_id, kind, due_on, status, source_key)
             VALUES ($1, $2, $3, $4, $5, $6, 'open', $7) ON CONFLICT (source_key) DO NOTHING RETURNING id`,
            [randomUUID(), w.clientId, w.caseId, w.assigneeId, w.kind, w.dueOn, w.sourceKey],
          )) as { id: string }[];
          for (const row of rows) await this.audit.record({ actor: null, action: 'create', resource: 'tasks', recordId: row.id, details: { via: 'deadline-tasks', kind: w.kind } }, manager);
          created += rows.length;
        });
      }
    }
    return { created, cases };
  }
}
