import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createDataSourceOptions, type EmbeddedPostgres, startEmbeddedPostgres } from '@ct/database';
import { createApp } from './app/create-app';
import { seedUsers } from './app/seed-users';
import { ConfigError, loadConfig } from './config';

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

async function main(): Promise<void> {
  const command = process.argv[2] ?? 'serve';
  const config = loadConfig(process.env);
  const db = await openDatabase(config);
  const stopEmbedded = async () => db.embedded?.stop();
  try {
    if (command === 'migrate') {
      await migrateOnly(db.url);
      await stopEmbedded();
      return;
    }
    if (command !== 'serve') throw new ConfigError(`unknown command "${command}" (use serve or migrate)`);
    const app = await createApp(config, db.url);
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
