import { readFileSync, writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { type AuditCheckpoint, AuditChainService } from '@ct/api-audit';
import type { AppConfig } from '@ct/api-core';
import { AppModule } from '../app/app.module';
import { ConfigError } from '../config';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) throw new ConfigError(`${name} needs a file name`);
  return value;
}

/**
 * `verify-audit [--checkpoint FILE] [--export-checkpoint FILE]`: recomputes the audit hash chain and
 * exits 1 naming the first altered or missing event. With --checkpoint, also checks the chain against a
 * checkpoint exported earlier (a rewritten chain no longer has the hash it recorded); with
 * --export-checkpoint, writes a signed checkpoint of the current head (after a successful check).
 */
export async function verifyAudit(config: AppConfig, url: string): Promise<number> {
  const checkpointFile = option('--checkpoint');
  const exportFile = option('--export-checkpoint');
  let checkpoint: AuditCheckpoint | undefined;
  if (checkpointFile) {
    try {
      checkpoint = JSON.parse(readFileSync(checkpointFile, 'utf8')) as AuditCheckpoint;
    } catch {
      throw new ConfigError(`--checkpoint: ${checkpointFile} is not a readable checkpoint file`);
    }
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: ['error', 'warn'] });
  try {
    const chain = app.get(AuditChainService);
    const started = Date.now();
    const report = await chain.verify(checkpoint);
    const took = Date.now() - started;
    if (!report.ok) {
      const where = [report.firstProblem?.seq ? `seq ${report.firstProblem.seq}` : null, report.firstProblem?.eventId ? `id ${report.firstProblem.eventId}` : null].filter(Boolean).join(', ');
      console.error(`audit chain BROKEN at ${where || 'the head'}: ${report.firstProblem?.message ?? 'unknown problem'} (${report.events} events checked in ${took} ms)`);
      return 1;
    }
    const against = report.checkpoint ? `, matches the checkpoint at seq ${report.checkpoint.seq}` : '';
    console.log(`audit chain intact: ${report.events} events, head seq ${report.head.seq}${against}${report.legacyEvents ? `, ${report.legacyEvents} older events predate the chain` : ''} (${took} ms)`);
    if (exportFile) {
      writeFileSync(exportFile, `${JSON.stringify(await chain.checkpoint(), null, 2)}\n`, { mode: 0o600 });
      console.log(`checkpoint written to ${exportFile}`);
    }
    return 0;
  } finally {
    await app.close();
  }
}
