import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { daysBetween } from '@ct/domain';
import type { CaseloadOverview, CaseloadOverviewRow } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, type RequestUser, todayIn } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { computeCase, groupByCase } from '../cases/case-deadlines';
import { CaseEntity } from '../entities/case.entity';
import { MilestoneEntity } from '../entities/milestone.entity';

const DEADLINE_WINDOW_DAYS = 30;

interface ClientRow {
  id: string;
  caseworker_id: string | null;
  last_arrival_on: string | null;
}

/**
 * Per caseworker: how many clients, permit decisions overdue, one-year deadlines within 30 days and
 * open urgent needs, by the same rules as a caseworker's own dashboard. Only counts leave this service:
 * no client id, code or date, so a director manages the team without learning about any one person.
 */
@Injectable()
export class CaseloadOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async overview(actor: RequestUser): Promise<CaseloadOverview> {
    const asOf = todayIn(this.config.timeZone);
    const { clients, cases, milestones, needs, users } = await this.dataSource.transaction('REPEATABLE READ', async (m) => ({
      clients: (await m.query('SELECT id, caseworker_id, last_arrival_on::text AS last_arrival_on FROM clients')) as ClientRow[],
      cases: await m.getRepository(CaseEntity).find(),
      milestones: await m.getRepository(MilestoneEntity).find({ order: { date: 'ASC' } }),
      needs: (await m.query(
        `SELECT c.caseworker_id, count(*)::int AS n FROM support_needs n JOIN clients c ON c.id = n.client_id
          WHERE n.met_on IS NULL AND n.urgency IN ('urgent', 'high') GROUP BY c.caseworker_id`,
      )) as { caseworker_id: string | null; n: number }[],
      users: (await m.query(
        `SELECT id, COALESCE(NULLIF(BTRIM(display_name), ''), 'Caseworker ' || LEFT(id::text, 8)) AS name FROM users WHERE role IN ('caseworker', 'admin')`,
      )) as { id: string; name: string }[],
    }));
    const rows = new Map<string | null, CaseloadOverviewRow>();
    const names = new Map(users.map((u) => [u.id, u.name]));
    const row = (caseworkerId: string | null) => {
      let r = rows.get(caseworkerId);
      if (!r) rows.set(caseworkerId, (r = { caseworkerId, caseworkerName: caseworkerId ? (names.get(caseworkerId) ?? null) : null, clients: 0, decisionsOverdue: 0, oneYearDeadlinesSoon: 0, urgentNeedsOpen: 0 }));
      return r;
    };
    for (const u of users) row(u.id);
    const byClient = new Map(clients.map((c) => [c.id, c]));
    for (const c of clients) row(c.caseworker_id).clients++;
    const byCase = groupByCase(milestones);
    for (const k of cases) {
      if (k.status === 'granted' || k.status === 'closed') continue;
      const client = byClient.get(k.clientId);
      if (!client) continue;
      const c = computeCase(client.last_arrival_on, k, byCase.get(k.id) ?? [], asOf);
      const r = row(client.caseworker_id);
      if (!c.clockStartedOn && c.oneYearDeadline && !k.oneYearExceptionClaimed && daysBetween(asOf, c.oneYearDeadline) <= DEADLINE_WINDOW_DAYS) r.oneYearDeadlinesSoon++;
      if (!c.eadInHandOn && c.eadDecisionDueOn && c.eadDecisionDueOn < asOf) r.decisionsOverdue++;
    }
    for (const n of needs) row(n.caseworker_id).urgentNeedsOpen += n.n;
    const result = [...rows.values()]
      .filter((r) => r.caseworkerId !== null || r.clients > 0)
      .sort((a, b) => (a.caseworkerId === null ? 1 : b.caseworkerId === null ? -1 : (a.caseworkerName ?? '').localeCompare(b.caseworkerName ?? '')));
    await this.audit.record({ actor, action: 'list', resource: 'caseload-overview' });
    return { asOf, deadlineWindowDays: DEADLINE_WINDOW_DAYS, rows: result };
  }
}
