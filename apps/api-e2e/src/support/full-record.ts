import { generateSync } from 'otplib';
import { ENCRYPTED_FIELDS } from '@ct/database';
import { withClient } from './postgres';
import type { TestApp } from './test-app';

export interface FullRecord {
  clientId: string;
  caseId: string;
  offerId: string;
  /** Every plaintext written, to look for after erasure. */
  secrets: string[];
}

async function post<T>(app: TestApp, token: string, path: string, body: unknown): Promise<T> {
  const res = await app.request<T>('POST', path, { token, body });
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${res.text}`);
  return res.body;
}

/**
 * One client with every encrypted field of the registry filled through the API (identity, case receipts,
 * each kind of free text), and a volunteer's offer with its note and contact. `tag` makes values unique.
 */
/** A-numbers belong to one client each (409 DUPLICATE_CLIENT): every record of a test file gets the next one. */
let recordsMade = 0;

export async function createFullRecord(app: TestApp, caseworkerToken: string, volunteerToken: string, tag: string): Promise<FullRecord> {
  const s = (what: string) => `${what}-${tag}`;
  const client = await post<{ id: string }>(app, caseworkerToken, '/api/clients', {
    firstName: s('Firstname'),
    lastName: s('Lastname'),
    aNumber: `A${201555777 + recordsMade++}`,
    dateOfBirth: '1990-04-05',
    email: `${tag}@example.org`,
    phone: '+1 555 0100',
    lastArrivalOn: '2025-01-10',
    languages: ['ru'],
    chosenName: s('Chosen'),
    pronouns: s('pn'),
    attorney: s('Attorney'),
    contactChannel: 'signal',
    contactHandle: s('handle'),
  });
  const kase = await post<{ id: string }>(app, caseworkerToken, '/api/cases', { clientId: client.id, kind: 'affirmative', i589ReceiptNumber: 'ZLA1234567890', i765ReceiptNumber: 'IOE0987654321' });
  await post(app, caseworkerToken, '/api/milestones', { caseId: kase.id, type: 'I589_FILED', date: '2025-03-01', note: s('Milestone note') });
  await post(app, caseworkerToken, '/api/housing-situations', { clientId: client.id, category: 'street', startedOn: '2025-01-10', note: s('Housing note') });
  await post(app, caseworkerToken, '/api/support-needs', { clientId: client.id, category: 'legal', openedOn: '2025-01-11', note: s('Need note') });
  await post(app, caseworkerToken, '/api/notes', { clientId: client.id, body: s('Case note body') });
  await post(app, caseworkerToken, '/api/tasks', { clientId: client.id, dueOn: '2025-04-01', note: s('Task note') });
  const offer = await post<{ id: string }>(app, volunteerToken, '/api/housing-offers', {
    region: 'NY',
    type: 'room',
    capacity: 2,
    availableFrom: '2025-01-01',
    cost: 'free',
    note: s('Offer note'),
    hostContact: s('host contact'),
  });
  return {
    clientId: client.id,
    caseId: kase.id,
    offerId: offer.id,
    secrets: [s('Firstname'), s('Lastname'), `${tag}@example.org`, s('Milestone note'), s('Housing note'), s('Need note'), s('Case note body'), s('Task note'), s('Chosen'), s('Attorney'), s('handle')],
  };
}

/** The registered columns that hold no value at all in the database (a test that should fill them all). */
export async function emptyRegisteredColumns(url: string): Promise<string[]> {
  return withClient(url, async (c) => {
    const empty: string[] = [];
    for (const f of ENCRYPTED_FIELDS) {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM ${f.table} WHERE ${f.column}_enc IS NOT NULL AND ${f.column}_enc <> ''`);
      if ((rows[0] as { n: number }).n === 0) empty.push(`${f.table}.${f.column}`);
    }
    return empty;
  });
}

/**
 * A fresh volunteer with a confirmed TOTP factor and a second enrollment pending, so that both
 * encrypted columns of `mfa_totp` hold a value.
 */
export async function enrollTotpUser(app: TestApp): Promise<void> {
  const user = await app.createUser('volunteer');
  const setup = await app.request<{ secret: string }>('POST', '/api/auth/mfa/totp/setup', { token: user.accessToken });
  if (setup.status !== 200 && setup.status !== 201) throw new Error(`TOTP setup answered ${setup.status}: ${setup.text}`);
  const confirm = await app.request('POST', '/api/auth/mfa/totp/confirm', { token: user.accessToken, body: { code: generateSync({ secret: setup.body.secret }) } });
  if (confirm.status !== 200) throw new Error(`TOTP confirm answered ${confirm.status}: ${confirm.text}`);
  const again = await app.request('POST', '/api/auth/mfa/totp/setup', { token: user.accessToken });
  if (again.status !== 200 && again.status !== 201) throw new Error(`second TOTP setup answered ${again.status}: ${again.text}`);
}
