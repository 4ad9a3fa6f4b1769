import type { EntityManager } from 'typeorm';

/**
 * The switches the statistics and housing code read, kept in step with the consent records: the latest
 * record of a purpose given on or before today decides (see `consentsTo` in libs/domain, which this SQL
 * mirrors). A purpose with no record leaves its switch as it was set before consent records existed.
 *
 * - statistics → clients.exclude_from_statistics = NOT (consent holds)
 * - host_first_name → housing_matches.share_first_name on the client's live matches
 */
const LATEST = `WITH latest AS (
  SELECT DISTINCT ON (client_id, purpose) client_id, purpose,
    (granted AND (withdrawn_on IS NULL OR withdrawn_on > $1::date) AND (expires_on IS NULL OR expires_on >= $1::date)) AS holds
  FROM client_consents
  WHERE given_on <= $1::date AND purpose IN ('statistics', 'host_first_name') AND ($2::uuid IS NULL OR client_id = $2::uuid)
  ORDER BY client_id, purpose, given_on DESC, created_at DESC
)`;

/** Re-derives the switches of one client (inside its consent transaction) or of everyone (the daily date check). */
export async function syncConsentSwitches(manager: EntityManager, today: string, clientId: string | null): Promise<{ clients: number; matches: number }> {
  const [, clients] = (await manager.query(
    `${LATEST} UPDATE clients c SET exclude_from_statistics = NOT l.holds FROM latest l
     WHERE l.purpose = 'statistics' AND c.id = l.client_id AND c.exclude_from_statistics = l.holds`,
    [today, clientId],
  )) as [unknown, number];
  const [, matches] = (await manager.query(
    `${LATEST} UPDATE housing_matches m SET share_first_name = l.holds FROM latest l, housing_requests r
     WHERE l.purpose = 'host_first_name' AND r.client_id = l.client_id AND m.request_id = r.id
       AND m.status IN ('proposed', 'accepted', 'moved_in') AND m.share_first_name <> l.holds`,
    [today, clientId],
  )) as [unknown, number];
  return { clients, matches };
}
