import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { addDays, isIsoDate } from '@ct/domain';
import type { CalendarEvent } from '@ct/contracts';
import { APP_CONFIG, type AppConfig, NotFoundError, type RequestUser, todayIn, ValidationError } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { UserEntity } from '@ct/api-users';
import { CaseloadDates } from '../caseload-dates';
import { CalendarFeedEntity } from '../entities/mail.entities';
import { DIGEST_LINK } from '../digest/digest.service';
import { calendarIcs } from './calendar-ics';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The caseload calendar: events for the back office, and a secret per-user RFC 5545 feed. */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dates: CaseloadDates,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(DIGEST_LINK) private readonly link: string,
  ) {}

  async events(actor: RequestUser, from: unknown, to: unknown): Promise<CalendarEvent[]> {
    if (!isIsoDate(from)) throw new ValidationError('from', 'must be a YYYY-MM-DD date');
    if (!isIsoDate(to)) throw new ValidationError('to', 'must be a YYYY-MM-DD date');
    if (to < from) throw new ValidationError('to', 'must not be before from');
    if (to > addDays(from, 366)) throw new ValidationError('to', 'at most a year after from');
    const events = await this.dates.eventsFor(actor.id, from, to, todayIn(this.config.timeZone));
    await this.audit.record({ actor, action: 'list', resource: 'calendar', details: { ids: [...new Set(events.map((e) => e.clientId))] } });
    return events;
  }

  /** A new secret URL; the old one stops working at once. Only the token's hash is kept. */
  async newFeed(actor: RequestUser): Promise<{ url: string }> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(CalendarFeedEntity, { userId: actor.id });
      await manager.insert(CalendarFeedEntity, { userId: actor.id, tokenHash: hash(token) });
      await this.audit.record({ actor, action: 'create', resource: 'calendar-feed', recordId: actor.id }, manager);
    });
    return { url: `${this.link.replace(/\/$/, '')}/api/calendar/feed/${token}.ics` };
  }

  /** The feed behind a token: a year back to a year ahead; every fetch audited under the feed's owner. */
  async feed(token: string): Promise<string> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new NotFoundError('feed');
    const feed = await this.dataSource.getRepository(CalendarFeedEntity).findOneBy({ tokenHash: hash(token) });
    if (!feed) throw new NotFoundError('feed');
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: feed.userId });
    if (!user || user.disabled) throw new NotFoundError('feed');
    const today = todayIn(this.config.timeZone);
    const events = await this.dates.eventsFor(user.id, addDays(today, -365), addDays(today, 365), today);
    const actor: RequestUser = { id: user.id, role: user.role };
    await this.audit.record({ actor, action: 'read', resource: 'calendar-feed', recordId: user.id, details: { ids: [...new Set(events.map((e) => e.clientId))] } });
    return calendarIcs(events, { host: new URL(this.link).hostname || 'case-tracker', link: this.link, now: new Date() });
  }
}
