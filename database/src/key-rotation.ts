import type { DataSource } from 'typeorm';
import type { FieldCipher } from '@ct/api-core';

/**
 * Every encrypted column: `<column>_enc` in `<table>`, with `<table>.<column>:<id>` as associated data.
 * A new encrypted field must be listed here, or key rotation would leave it under the old key.
 */
export const ENCRYPTED_COLUMNS: { table: string; column: string }[] = [
  { table: 'clients', column: 'first_name' },
  { table: 'clients', column: 'last_name' },
  { table: 'clients', column: 'a_number' },
  { table: 'clients', column: 'date_of_birth' },
  { table: 'clients', column: 'email' },
  { table: 'clients', column: 'phone' },
  { table: 'clients', column: 'chosen_name' },
  { table: 'clients', column: 'pronouns' },
  { table: 'clients', column: 'attorney' },
  { table: 'clients', column: 'contact_handle' },
  { table: 'cases', column: 'i589_receipt' },
  { table: 'cases', column: 'i765_receipt' },
  { table: 'milestones', column: 'note' },
  { table: 'housing_situations', column: 'note' },
  { table: 'support_needs', column: 'note' },
  { table: 'notes', column: 'body' },
  { table: 'housing_offers', column: 'note' },
  { table: 'housing_offers', column: 'host_contact' },
];

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
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const col = `${column}_enc`;
    let after = '00000000-0000-0000-0000-000000000000';
    let count = 0;
    for (;;) {
      const rows: { id: string; value: string }[] = await dataSource.query(
        `SELECT id, ${col} AS value FROM ${table} WHERE id > $1 AND ${col} IS NOT NULL AND ${col} NOT LIKE $2 ORDER BY id LIMIT 500`,
        [after, active],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        const aad = `${table}.${column}:${row.id}`;
        const fresh = cipher.encrypt(cipher.decrypt(row.value, aad), aad);
        const result = (await dataSource.query(`UPDATE ${table} SET ${col} = $1 WHERE id = $2 AND ${col} = $3`, [fresh, row.id, row.value])) as [unknown, number];
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
