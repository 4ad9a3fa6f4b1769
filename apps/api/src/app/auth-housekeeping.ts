import { Injectable, type OnModuleInit } from '@nestjs/common';
import { SessionsService } from '@ct/api-auth';
import { JobRunner } from '@ct/api-jobs';

/** Puts the sign-in feature's clean-up (expired sessions and challenges) on the app's one job runner, hourly. */
@Injectable()
export class AuthHousekeeping implements OnModuleInit {
  constructor(
    private readonly jobs: JobRunner,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register({ name: 'sessions-housekeeping', schedule: { every: 'hour' }, run: async () => ({ ...(await this.sessions.deleteExpired()) }) });
  }
}
