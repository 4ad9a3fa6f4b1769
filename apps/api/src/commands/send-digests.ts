import { NestFactory } from '@nestjs/core';
import { JobRunner } from '@ct/api-jobs';
import { DAILY_DIGEST_JOB } from '@ct/api-deadlines';
import type { AppConfig } from '@ct/api-core';
import { AppModule } from '../app/app.module';

/** `send-digests`: sends today's reminder emails now, as the daily job does (recorded in job_runs). */
export async function sendDigests(config: AppConfig, url: string): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...config, deadlines: { ...config.deadlines, jobsTickSeconds: 0 } }, url), { logger: ['error', 'warn'] });
  try {
    const outcome = await app.get(JobRunner).runNow(DAILY_DIGEST_JOB);
    const counts = Object.entries(outcome.result ?? {}).map(([k, v]) => `${k}=${v}`).join(' ');
    console.log(`send-digests ${outcome.status}${counts ? `: ${counts}` : ''}${outcome.error ? ` (${outcome.error})` : ''}`);
    if (outcome.status !== 'succeeded') process.exitCode = 1;
  } finally {
    await app.close();
  }
}
