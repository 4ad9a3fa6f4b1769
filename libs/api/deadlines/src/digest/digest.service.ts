import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, daysBetween } from '@ct/domain';
import type { TaskKind } from '@ct/contracts';
import { ClientEntity } from '@ct/api-casework';
import { UserEntity } from '@ct/api-users';
import { CaseloadDates } from '../caseload-dates';
import { DigestDeliveryEntity } from '../entities/mail.entities';
import { digestMessage } from './digest-message';
import { Mailer } from './mailer';

export const DIGEST_LINK = Symbol('DIGEST_LINK');

/**
 * The daily reminder to each active caseworker. Each delivery is recorded per user and day, so a retry
 * after a failure (mail server down) sends only what is still unsent, and a second run the same day
 * sends nothing twice. A failure for anyone fails the run, so the job runner retries it.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dates: CaseloadDates,
    private readonly mailer: Mailer,
    @Inject(DIGEST_LINK) private readonly link: string,
  ) {}

  async sendAll(today: string): Promise<Record<string, number>> {
    const caseworkers = await this.dataSource.getRepository(UserEntity).find({ where: { role: 'caseworker', disabled: false } });
    const done = new Set(
      (await this.dataSource.getRepository(DigestDeliveryEntity).find({ where: { day: today } })).map((d) => d.userId),
    );
    let sent = 0;
    let skipped = 0;
    let failed = 0;
    let firstError: unknown = null;
    for (const user of caseworkers) {
      if (done.has(user.id)) {
        skipped++;
        continue;
      }
      try {
        const message = digestMessage(await this.contentFor(user.id, today));
        await this.mailer.send({ to: user.email, ...message });
        await this.dataSource.getRepository(DigestDeliveryEntity).insert({ userId: user.id, day: today, via: this.mailer.via });
        sent++;
      } catch (error) {
        failed++;
        firstError ??= error;
      }
    }
    if (firstError) throw firstError;
    return { caseworkers: caseworkers.length, sent, alreadySent: skipped, failed };
  }

  private async contentFor(userId: string, today: string) {
    const tasks = (await this.dataSource.query(
      `SELECT t.kind, to_char(t.due_on, 'YYYY-MM-DD') AS due_on, c.code
         FROM tasks t JOIN clients c ON c.id = t.client_id
        WHERE t.assignee_id = $1 AND t.status = 'open' AND (t.snoozed_until IS NULL OR t.snoozed_until <= $2) AND t.due_on <= $3
        ORDER BY t.due_on, c.code`,
      [userId, today, addDays(today, 7)],
    )) as { kind: TaskKind; due_on: string; code: string }[];
    const clients = await this.dataSource.getRepository(ClientEntity).find({ where: { caseworkerId: userId } });
    const alerts: Record<string, number> = {
      ONE_YEAR_DEADLINE_SOON: 0,
      PERMIT_EXPIRING: 0,
      PERMIT_EXPIRED: 0,
      ANNUAL_FEE_DUE: 0,
      ANNUAL_FEE_OVERDUE: 0,
      ANNUAL_FEE_NOTICE_EXPECTED: 0,
    };
    for (const { kase, computed } of await this.dates.casesOf(clients, today)) {
      if (kase.status === 'closed' || kase.status === 'granted') continue;
      if (!computed.clockStartedOn && computed.oneYearDeadline && !kase.oneYearExceptionClaimed && daysBetween(today, computed.oneYearDeadline) <= 30) {
        alerts['ONE_YEAR_DEADLINE_SOON']++;
      }
      for (const flag of computed.flags) if (flag in alerts) alerts[flag]++;
    }
    return {
      day: today,
      dueTasks: tasks.filter((t) => t.due_on <= today).map((t) => ({ code: t.code, kind: t.kind, dueOn: t.due_on })),
      upcomingTasks: tasks.filter((t) => t.due_on > today).length,
      alerts,
      link: this.link,
    };
  }
}
