import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '@ct/api-core';
import { SessionsService } from '@ct/api-auth';
import { AppModule } from '../app/app.module';

/**
 * `delete-expired-sessions`: housekeeping, as the job runner does it (SessionsService.deleteExpired):
 * sessions past their absolute end, ended over a day ago or idle too long, and expired sign-in challenges.
 */
export async function deleteExpiredSessions(config: AppConfig, url: string): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: ['error', 'warn'] });
  try {
    const result = await app.get(SessionsService).deleteExpired(new Date());
    console.log(`deleted ${result.sessions} ended or expired sessions and ${result.challenges} expired sign-in challenges`);
  } finally {
    await app.close();
  }
}
