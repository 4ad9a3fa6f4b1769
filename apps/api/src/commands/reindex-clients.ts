import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BlindIndex, FieldCipher } from '@ct/api-core';
import { reindexClients } from '@ct/api-casework';

/** `reindex-clients`: recomputes clients' search indexes left by an older scheme (also done at start). */
export async function runReindexClients(app: INestApplicationContext, log: (line: string) => void = console.log): Promise<number> {
  const started = Date.now();
  const n = await reindexClients(app.get(DataSource), app.get(FieldCipher), app.get(BlindIndex), log);
  log(`search indexes: ${n} clients reindexed in ${Date.now() - started} ms`);
  return n;
}
