import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { AuditChainCheckpoint, AuditChainReport, CalendarEvent, CaseRecord, CaseloadDashboard, CaseloadOverview, ClientRecord, DataCheckReport, MilestoneRecord, OfferSuggestion, RequestSuggestion } from '@ct/contracts';
import type { AuthSession } from './auth-session';
import { API_URL } from './config';
import { createHttpClient, type FetchJson } from './http-client';
import { statsSearch, type StatsQuery } from './stats/query';
import type { HardshipReport } from './stats/types';

/** react-admin's CRUD methods plus the API's routes that are not resources. */
export interface AppDataProvider extends DataProvider {
  /** The signed-in caseworker's "due soon" list (`GET /api/dashboard/caseload`). */
  getCaseload(): Promise<CaseloadDashboard>;
  /** Counts per caseworker for directors and admins (`GET /api/caseload-overview`). */
  getCaseloadOverview(): Promise<CaseloadOverview>;
  /** Anonymized hardship statistics (`GET /api/stats/hardship`, directors and admins; each read is audited). */
  getHardship(query: StatsQuery): Promise<HardshipReport>;
  /** The same figures as CSV (`GET /api/stats/hardship.csv`), headers in `lang`, with the file name the API suggests. */
  getHardshipCsv(query: StatsQuery, lang: string): Promise<{ csv: string; filename: string | null }>;
  /** The same figures as a workbook (`GET /api/stats/hardship.xlsx`), one sheet per table. */
  getHardshipXlsx(query: StatsQuery, lang: string): Promise<{ blob: Blob; filename: string | null }>;
  /** Open requests ranked for one of the volunteer's offers, allowlisted (`GET /api/housing-offers/:id/suggestions`). */
  getOfferSuggestions(offerId: string): Promise<RequestSuggestion[]>;
  /** Active offers ranked for a client's request, for its caseworker (`GET /api/housing-requests/:id/suggestions`). */
  getRequestSuggestions(requestId: string): Promise<OfferSuggestion[]>;
  /** Checks the audit hash chain, against an exported checkpoint when given (admins). */
  verifyAuditChain(checkpoint?: AuditChainCheckpoint): Promise<AuditChainReport>;
  /** A signed checkpoint of the audit chain's head, to keep outside the system (admins; audited). */
  exportAuditCheckpoint(): Promise<AuditChainCheckpoint>;
  /** The caller's caseload dates between two days (`GET /api/calendar/events`). */
  getCalendarEvents(from: string, to: string): Promise<CalendarEvent[]>;
  /** A new secret calendar feed address; the old one stops working (`POST /api/calendar/feed`). */
  newCalendarFeed(): Promise<{ url: string }>;
  /** Bulk reassignment (`POST /api/clients/reassign`, admins and directors). */
  reassignClients(clientIds: string[], caseworkerId: string): Promise<{ moved: number }>;
  /** One-screen intake (`POST /api/intake`): client, case and first milestones in one transaction. */
  createIntake(body: Record<string, unknown>): Promise<IntakeResult>;
  /** Records that break the data checks (`GET /api/data-checks`). */
  getDataChecks(): Promise<DataCheckReport>;
  /** Merges a duplicate into the record that stays (`POST /api/clients/merge`, admins). */
  mergeClients(keepId: string, mergeId: string): Promise<ClientRecord>;
}

export interface IntakeResult {
  client: ClientRecord;
  case: CaseRecord | null;
  milestones: MilestoneRecord[];
  warnings: string[];
}

/** `attachment; filename="hardship-2025-01-2025-12.csv"` → the file name. */
const filenameOf = (disposition: string | null): string | null => /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? null;

/** Like fetchJson, for a binary download: the body as a Blob (in `json`), an error with the status. */
const fetchBlob: FetchJson = async (url, options) => {
  const response = await fetch(url, options);
  if (!response.ok) throw Object.assign(new Error(response.statusText || 'ra.notification.http_error'), { status: response.status, body: undefined });
  return { status: response.status, headers: response.headers, body: '', json: await response.blob() };
};

/** Simple REST (`filter`, `sort`, `range`, `Content-Range`) against the API, with the bearer token. */
export function createDataProvider(session: AuthSession): AppDataProvider {
  const httpClient = createHttpClient(session, fetchUtils.fetchJson as FetchJson);
  const binaryClient = createHttpClient(session, fetchBlob);
  return {
    ...simpleRestProvider(API_URL, httpClient),
    getCaseload: async () => (await httpClient(`${API_URL}/dashboard/caseload`)).json as CaseloadDashboard,
    getCaseloadOverview: async () => (await httpClient(`${API_URL}/caseload-overview`)).json as CaseloadOverview,
    getHardship: async (query) => (await httpClient(`${API_URL}/stats/hardship?${statsSearch(query)}`)).json as HardshipReport,
    // Through the HTTP client, so the token travels in the Authorization header and never in a URL.
    getHardshipCsv: async (query, lang) => {
      const response = await httpClient(`${API_URL}/stats/hardship.csv?${statsSearch(query)}&lang=${lang === 'ru' ? 'ru' : 'en'}`, { headers: { Accept: 'text/csv' } });
      return { csv: response.body, filename: filenameOf(response.headers.get('Content-Disposition')) };
    },
    getHardshipXlsx: async (query, lang) => {
      const response = await binaryClient(`${API_URL}/stats/hardship.xlsx?${statsSearch(query)}&lang=${lang === 'ru' ? 'ru' : 'en'}`);
      return { blob: response.json as Blob, filename: filenameOf(response.headers.get('Content-Disposition')) };
    },
    getOfferSuggestions: async (offerId) =>
      (await httpClient(`${API_URL}/housing-offers/${encodeURIComponent(offerId)}/suggestions`)).json as RequestSuggestion[],
    getRequestSuggestions: async (requestId) =>
      (await httpClient(`${API_URL}/housing-requests/${encodeURIComponent(requestId)}/suggestions`)).json as OfferSuggestion[],
    verifyAuditChain: async (checkpoint) =>
      (checkpoint
        ? await httpClient(`${API_URL}/audit-chain/verify`, { method: 'POST', body: JSON.stringify({ checkpoint }) })
        : await httpClient(`${API_URL}/audit-chain`)
      ).json as AuditChainReport,
    exportAuditCheckpoint: async () => (await httpClient(`${API_URL}/audit-chain/checkpoints`, { method: 'POST' })).json as AuditChainCheckpoint,
    getCalendarEvents: async (from, to) =>
      (await httpClient(`${API_URL}/calendar/events?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`)).json as CalendarEvent[],
    newCalendarFeed: async () => (await httpClient(`${API_URL}/calendar/feed`, { method: 'POST' })).json as { url: string },
    reassignClients: async (clientIds, caseworkerId) =>
      (await httpClient(`${API_URL}/clients/reassign`, { method: 'POST', body: JSON.stringify({ clientIds, caseworkerId }) })).json as { moved: number },
    createIntake: async (body) => (await httpClient(`${API_URL}/intake`, { method: 'POST', body: JSON.stringify(body) })).json as IntakeResult,
    getDataChecks: async () => (await httpClient(`${API_URL}/data-checks`)).json as DataCheckReport,
    mergeClients: async (keepId, mergeId) =>
      (await httpClient(`${API_URL}/clients/merge`, { method: 'POST', body: JSON.stringify({ keepId, mergeId }) })).json as ClientRecord,
  };
}
