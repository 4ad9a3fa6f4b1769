import type { DataSource } from 'typeorm';
import { ENCRYPTED_FIELDS, type FieldCipher, encryptedColumn, fieldAad } from '@ct/api-core';

export { ENCRYPTED_FIELDS } from '@ct/api-core';

/** Every encrypted column, from the one registry in core (a column missing there would stay under a retired key). */
export const ENCRYPTED_COLUMNS: { table: string; column: string; key: string }[] = ENCRYPTED_FIELDS.map(({ table, column, keyColumn }) => ({ table, column, key: keyColumn ?? 'id' }));

export interface RotationReport {
  reencrypted: number;
  skipped: number;
}

/**
 * Re-encrypts every value stored under an older key with the active key, in small batches, while the
 * app keeps serving: each value is replaced only if it is still the one read (compare-and-set), so a
 * concurrent edit (already under the active key) is never overwritten.
 */
export async function rotateEncryptionKeys(dataSource: DataSource, cipher: FieldCipher, log: (line: string) => void = () => undefined): Promise<RotationReport> {
  const report: RotationReport = { reencrypted: 0, skipped: 0 };
  const active = `v${cipher.activeVersion}.%`;
  for (const { table, column, key } of ENCRYPTED_COLUMNS) {
    const col = encryptedColumn({ column });
    let after = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const rows: { id: string; value: string }[] = await dataSource.query(
        `SELECT ${key} AS id, ${col} AS value FROM ${table} WHERE ${key} > $1 AND ${col} IS NOT NULL AND ${col} NOT LIKE $2 ORDER BY ${key} LIMIT 500`,
        [after, active],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const aad = fieldAad(table, column, row.id);
        const fresh = cipher.encrypt(cipher.decrypt(row.value, aad), aad);
        const result = (await dataSource.query(`UPDATE ${table} SET ${col} = $1 WHERE ${key} = $2 AND ${col} = $3`, [fresh, row.id, row.value])) as [unknown, number];
        if (result[1] === 1) count++;
        else report.skipped++;
      }
      after = rows[rows.length - 1].id;
    }
    report.reencrypted += count;
    log(`${table}.${col}: ${count} values re-encrypted under key version ${cipher.activeVersion}`);
  }
  return report;
}
