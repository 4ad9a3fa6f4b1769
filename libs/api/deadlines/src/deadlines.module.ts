import { type DynamicModule, Inject, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@ct/api-audit';
import { CaseworkModule } from '@ct/api-casework';
import { APP_CONFIG, type AppConfig } from '@ct/api-core';
import { JobRunner } from '@ct/api-jobs';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarService } from './calendar/calendar.service';
import { CaseloadDates } from './caseload-dates';
import { DIGEST_LINK, DigestService } from './digest/digest.service';
import { MAIL_OPTIONS, Mailer, type MailOptions } from './digest/mailer';
import { OutboxController } from './digest/outbox.controller';
import { CalendarFeedEntity, DigestDeliveryEntity, MailOutboxEntity } from './entities/mail.entities';
import { TaskEntity } from './entities/task.entity';
import { DeadlineTasks } from './tasks/deadline-tasks';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';

const DIGEST_HOUR = Symbol('DIGEST_HOUR');
export const DAILY_DIGEST_JOB = 'daily-digest';
export const DEADLINE_TASKS_JOB = 'deadline-tasks';

/** Deadlines that reach caseworkers: tasks, tasks from computed dates, the daily reminder, the calendar. */
@Module({})
export class DeadlinesModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly digest: DigestService,
    private readonly deadlineTasks: DeadlineTasks,
    @Inject(DIGEST_HOUR) private readonly digestHour: number,
  ) {}

  /** Options from the app's configuration (SMTP_URL, MAIL_FROM, PUBLIC_URL, DIGEST_HOUR). */
  static forRoot(): DynamicModule {
    return {
      module: DeadlinesModule,
      imports: [TypeOrmModule.forFeature([TaskEntity, DigestDeliveryEntity, MailOutboxEntity, CalendarFeedEntity]), AuditModule, CaseworkModule],
      controllers: [TasksController, CalendarController, OutboxController],
      providers: [
        { provide: MAIL_OPTIONS, inject: [APP_CONFIG], useFactory: (c: AppConfig): MailOptions => ({ smtpUrl: c.deadlines.smtpUrl, from: c.deadlines.mailFrom }) },
        // The tracker's public address, for links in reminders and calendar feed URLs.
        { provide: DIGEST_LINK, inject: [APP_CONFIG], useFactory: (c: AppConfig) => c.publicUrl.replace(/\/$/, '') },
        // Local hour (APP_TIME_ZONE) from which the daily reminder goes out.
        { provide: DIGEST_HOUR, inject: [APP_CONFIG], useFactory: (c: AppConfig) => c.deadlines.digestHour },
        Mailer,
        CaseloadDates,
        TasksService,
        DeadlineTasks,
        DigestService,
        CalendarService,
      ],
      exports: [DigestService, DeadlineTasks],
    };
  }

  onModuleInit(): void {
    // Tasks first each hour, so the morning's reminder already counts them.
    this.jobs.register({ name: DEADLINE_TASKS_JOB, schedule: { every: 'hour' }, run: ({ today }) => this.deadlineTasks.createDue(today) });
    this.jobs.register({
      name: DAILY_DIGEST_JOB,
      schedule: { every: 'day', atHour: this.digestHour },
      maxAttempts: 8,
      run: async ({ today }) => {
        await this.deadlineTasks.createDue(today);
        return this.digest.sendAll(today);
      },
    });
  }
}
