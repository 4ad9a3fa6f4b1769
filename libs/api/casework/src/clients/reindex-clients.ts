import type { DataSource } from 'typeorm';
import type { BlindIndex, FieldCipher } from '@ct/api-core';
import { SEARCH_INDEX_VERSION, clientSearchIndexes, decryptIndexSource } from './client-search-index';

/**
 * Recomputes the search indexes of clients whose indexes were computed by an older scheme
 * (`search_index_version` below the current one): names as transliteration skeletons, A-number tails,
 * likely-duplicate identities. Needs the keys (it decrypts), so it runs in the app, never in a migration:
 * at start, and as the `reindex-clients` command. Batches of 500, compare-and-set on the version, so it
 * can run while the app serves and be interrupted and resumed.
 */
export async function reindexClients(dataSource: DataSource, cipher: FieldCipher, index: BlindIndex, log: (line: string) => void = () => undefined): Promise<number> {
  let done = 0;
  for (;;) {
    const rows: { id: string; first_name_enc: string; last_name_enc: string; chosen_name_enc: string | null; a_number_enc: string | null; date_of_birth_enc: string | null; version: number }[] = await dataSource.query(
      `SELECT id, first_name_enc, last_name_enc, chosen_name_enc, a_number_enc, date_of_birth_enc, version FROM clients WHERE search_index_version < $1 ORDER BY id LIMIT 500`,
      [SEARCH_INDEX_VERSION],
    );
    if (rows.length === 0) break;
    await dataSource.transaction(async (manager) => {
      for (const r of rows) {
        const source = decryptIndexSource({ id: r.id, firstNameEnc: r.first_name_enc, lastNameEnc: r.last_name_enc, chosenNameEnc: r.chosen_name_enc, aNumberEnc: r.a_number_enc, dateOfBirthEnc: r.date_of_birth_enc }, cipher);
        const x = clientSearchIndexes(index, source);
        // Not a change of the record: its version (optimistic locking) stays as it is.
        await manager.query(
          `UPDATE clients SET name_index = $2, a_number_index = $3, a_number_tail_index = $4, identity_index = $5, search_index_version = $6 WHERE id = $1 AND search_index_version < $6`,
          [r.id, x.nameIndex, x.aNumberIndex, x.aNumberTailIndex, x.identityIndex, x.searchIndexVersion],
        );
      }
    });
    done += rows.length;
    log(`  ${done} clients reindexed`);
  }
  return done;
}
