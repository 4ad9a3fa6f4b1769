import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { NestFactory } from '@nestjs/core';
import { FieldCipher } from '@ct/api-core';
import { AuditService } from '@ct/api-audit';
import { createDataSourceOptions, type EmbeddedPostgres, rotateEncryptionKeys, startEmbeddedPostgres } from '@ct/database';
import { createApp } from './app/create-app';
import { AppModule } from './app/app.module';
import { seedSyntheticClients } from './app/seed-demo';
import { seedUsers } from './app/seed-users';
import { runReindexClients } from './commands/reindex-clients';
import { ConfigError, loadConfig } from './config';
import { sendDigests } from './commands/send-digests';
import { verifyAudit } from './commands/verify-audit';
import { runArchiveCommand } from './commands/backup';

async function openDatabase(config: ReturnType<typeof loadConfig>): Promise<{ url: string; embedded: EmbeddedPostgres | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres(config.dataDir, 8);
  return { url: embedded.url, embedded };
}

async function migrateOnly(url: string): Promise<void> {
  const dataSource = new DataSource(createDataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  console.log(`migrations applied: ${ran.length}`);
}

/** One-off tasks that need the app's services but no HTTP server. */
async function runTask(command: 'rotate-keys' | 'seed' | 'reindex-clients', config: ReturnType<typeof loadConfig>, url: string): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, url), { logger: ['error', 'warn'] });
  try {
    if (command === 'reindex-clients') {
      await runReindexClients(app);
      return;
    }
    if (command === 'rotate-keys') {
      const started = Date.now();
      const report = await rotateEncryptionKeys(app.get(DataSource), app.get(FieldCipher), (line) => console.log(line));
      console.log(`key rotation done in ${Date.now() - started} ms: ${report.reencrypted} values re-encrypted, ${report.skipped} changed meanwhile (already current)`);
      await app.get(AuditService).record({ actor: null, action: 'rotate', resource: 'encryption-keys', details: { keyVersion: app.get(FieldCipher).activeVersion, ...report } });
      console.log(`before retiring key version 1, pin the blind-index key: INDEX_KEY=${config.indexKey.toString('base64')}`);
      return;
    }
    const flag = process.argv.indexOf('--clients');
    const count = flag > 0 ? Number(process.argv[flag + 1]) : NaN;
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000) throw new ConfigError('seed needs --clients N (1 to 1000000)');
    const caseworkers: { id: string }[] = await app.get(DataSource).query(`SELECT id FROM users WHERE role = 'caseworker' AND disabled = false ORDER BY email`);
    const started = Date.now();
    const n = await seedSyntheticClients(app, config, count, caseworkers.map((c) => c.id), (done) => {
      if (done % 10000 === 0) console.log(`  ${done} clients`);
    });
    console.log(`seeded ${n} synthetic clients in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const config = loadConfig(process.env);
  if (command === 'backup' || command === 'restore') return runArchiveCommand(command, config, process.argv);
  const db = await openDatabase(config);
  const stopEmbedded = async () => db.embedded?.stop();
  try {
    if (command === 'migrate') {
      await migrateOnly(config.migrationDatabaseUrl ?? db.url);
      await stopEmbedded();
      return;
    }
    if (command === 'rotate-keys' || command === 'seed' || command === 'reindex-clients') {
      await runTask(command, config, db.url);
      await stopEmbedded();
      return;
    }
    if (command === 'send-digests') return await sendDigests(config, db.url).finally(stopEmbedded);
    if (command === 'verify-audit') {
      process.exitCode = await verifyAudit(config, db.url);
      await stopEmbedded();
      return;
    }
    if (command !== 'serve') throw new ConfigError(`unknown command "${command}" (use serve, migrate, rotate-keys, reindex-clients, seed --clients N, verify-audit, send-digests, backup --out FILE or restore --in FILE)`);
    if (config.migrationDatabaseUrl) await migrateOnly(config.migrationDatabaseUrl);
    const app = await createApp(config, db.url);
    // Rows indexed by an older search-index scheme (e.g. before transliterated names) are recomputed here.
    await runReindexClients(app, (line) => line.startsWith('search indexes: 0 ') || console.log(line));
    const lines = await seedUsers(app, config);
    await app.listen({ port: config.port, host: config.host });
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
    const mode = config.embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL from DATABASE_URL';
    console.log([`Case tracker is up at ${url} (API ${url}/api, docs ${url}/api/docs) on ${mode}`, ...lines].join('\n'));
    const shutdown = async () => {
      await app.close();
      await stopEmbedded();
      process.exit(0);
    };
    process.once('SIGTERM', () => void shutdown());
    process.once('SIGINT', () => void shutdown());
  } catch (error) {
    await stopEmbedded().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    // Class and message only: this runs before the redacting logger exists, and never prints data rows.
    console.error(`Startup failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  process.exit(1);
});
