import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type AppConfig, BlindIndex, FieldCipher, todayIn } from '@ct/api-core';
import { insertSyntheticClients } from '@ct/database';

/** Inserts synthetic clients (for the demo, or many for benchmarks), assigned round-robin to the given caseworkers. */
export async function seedSyntheticClients(app: INestApplicationContext, config: AppConfig, count: number, caseworkerIds: string[], onProgress?: (done: number) => void): Promise<number> {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const existing: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM clients');
  return insertSyntheticClients(dataSource, {
    count,
    asOf: todayIn(config.timeZone),
    cipher: app.get(FieldCipher),
    index: app.get(BlindIndex),
    pseudonymKey: config.pseudonymKey,
    caseworkerIds,
    offset: existing[0].n,
    onProgress,
  });
}

export async function clientCount(app: INestApplicationContext): Promise<number> {
  const rows: { n: number }[] = await app.get<DataSource>(getDataSourceToken()).query('SELECT count(*)::int AS n FROM clients');
  return rows[0].n;
}
