import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addDays, pseudonymCode } from '@ct/domain';
import type { FieldCipher } from '@ct/api-core';
import { aad } from '@ct/api-casework';

export interface DemoHousingOptions {
  asOf: string;
  cipher: FieldCipher;
  pseudonymKey: Buffer;
  volunteerId: string;
  caseworkerId: string;
}

const URGENCY = ['urgent', 'high', 'medium'] as const;
const TYPES = ['room', 'flat_share', 'couch'] as const;
const COSTS = ['free', 'reduced', 'free'] as const;

/**
 * A few demo offers (from the demo volunteer) and open requests (for three of the demo caseworker's
 * clients), in the same regions so that suggestions show something. Only on a database with no offers yet;
 * returns the number of offers and requests written.
 */
export async function insertDemoHousing(dataSource: DataSource, options: DemoHousingOptions): Promise<{ offers: number; requests: number }> {
  const existing: { n: number }[] = await dataSource.query('SELECT count(*)::int AS n FROM housing_offers');
  if (existing[0].n > 0) return { offers: 0, requests: 0 };
  const clients: { id: string; region: string; household_size: number; languages: string[] }[] = await dataSource.query(
    `SELECT c.id, c.region, c.household_size, c.languages FROM clients c
      WHERE c.caseworker_id = $1 AND c.region IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM housing_requests r WHERE r.client_id = c.id AND r.status = 'open')
      ORDER BY c.created_at, c.id LIMIT 3`,
    [options.caseworkerId],
  );
  const { asOf, cipher } = options;
  return dataSource.transaction(async (manager) => {
    let offers = 0;
    for (const [i, client] of clients.entries()) {
      const requestId = randomUUID();
      await manager.query(
        `INSERT INTO housing_requests (id, code, client_id, region, needed_from, needed_until, household_size, languages, urgency)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [requestId, pseudonymCode(requestId, options.pseudonymKey, { prefix: 'HR' }), client.id, client.region, addDays(asOf, 3 + 7 * i), i === 2 ? null : addDays(asOf, 120), client.household_size, client.languages, URGENCY[i]],
      );
      const offerId = randomUUID();
      await manager.query(
        `INSERT INTO housing_offers (id, host_id, region, type, capacity, available_from, available_until, cost, languages, pets_allowed, smoking_allowed, accessible, note_enc, host_contact_enc, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'active')`,
        [
          offerId, options.volunteerId, client.region, TYPES[i], Math.max(2, client.household_size), asOf, i === 1 ? addDays(asOf, 60) : null, COSTS[i], ['ru', 'en'],
          i === 0, false, i === 2,
          cipher.encrypt(`Demo offer ${i + 1}: near public transport, quiet household.`, aad('housing_offers', 'note', offerId)),
          cipher.encrypt(`+1 555 010${i} / host${i + 1}@demo.example.org`, aad('housing_offers', 'host_contact', offerId)),
        ],
      );
      offers++;
    }
    return { offers, requests: clients.length };
  });
}
