import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { CaseRecord, CaseloadDashboard, ClientRecord, DataCheckReport, MilestoneRecord, OfferSuggestion, RequestSuggestion } from '@ct/contracts';
import type { AuthSession } from './auth-session';
import { API_URL } from './config';
import { createHttpClient, type FetchJson } from './http-client';
import { type ImportDataProvider, importMethods } from './imports/import-api';
import { statsSearch, type StatsQuery } from './stats/query';
import type { HardshipReport } from './stats/types';

/** react-admin's CRUD methods plus the API's routes that are not resources. */
export interface AppDataProvider extends DataProvider, ImportDataProvider {
  /** The signed-in caseworker's "due soon" list (`GET /api/dashboard/caseload`). */
  getCaseload(): Promise<CaseloadDashboard>;
  /** Anonymized hardship statistics (`GET /api/stats/hardship`, directors and admins; each read is audited). */
  getHardship(query: StatsQuery): Promise<HardshipReport>;
  /** The same figures as CSV (`GET /api/stats/hardship.csv`), with the file name the API suggests. */
  getHardshipCsv(query: StatsQuery): Promise<{ csv: string; filename: string | null }>;
  /** Open requests ranked for one of the volunteer's offers, allowlisted (`GET /api/housing-offers/:id/suggestions`). */
  getOfferSuggestions(offerId: string): Promise<RequestSuggestion[]>;
  /** Active offers ranked for a client's request, for its caseworker (`GET /api/housing-requests/:id/suggestions`). */
  getRequestSuggestions(requestId: string): Promise<OfferSuggestion[]>;
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

/** Simple REST (`filter`, `sort`, `range`, `Content-Range`) against the API, with the bearer token. */
export function createDataProvider(session: AuthSession): AppDataProvider {
  const httpClient = createHttpClient(session, fetchUtils.fetchJson as FetchJson);
  return {
    ...simpleRestProvider(API_URL, httpClient),
    getCaseload: async () => (await httpClient(`${API_URL}/dashboard/caseload`)).json as CaseloadDashboard,
    getHardship: async (query) => (await httpClient(`${API_URL}/stats/hardship?${statsSearch(query)}`)).json as HardshipReport,
    // Through the HTTP client, so the token travels in the Authorization header and never in a URL.
    getHardshipCsv: async (query) => {
      const response = await httpClient(`${API_URL}/stats/hardship.csv?${statsSearch(query)}`, { headers: { Accept: 'text/csv' } });
      return { csv: response.body, filename: filenameOf(response.headers.get('Content-Disposition')) };
    },
    getOfferSuggestions: async (offerId) =>
      (await httpClient(`${API_URL}/housing-offers/${encodeURIComponent(offerId)}/suggestions`)).json as RequestSuggestion[],
    getRequestSuggestions: async (requestId) =>
      (await httpClient(`${API_URL}/housing-requests/${encodeURIComponent(requestId)}/suggestions`)).json as OfferSuggestion[],
    reassignClients: async (clientIds, caseworkerId) =>
      (await httpClient(`${API_URL}/clients/reassign`, { method: 'POST', body: JSON.stringify({ clientIds, caseworkerId }) })).json as { moved: number },
    createIntake: async (body) => (await httpClient(`${API_URL}/intake`, { method: 'POST', body: JSON.stringify(body) })).json as IntakeResult,
    getDataChecks: async () => (await httpClient(`${API_URL}/data-checks`)).json as DataCheckReport,
    mergeClients: async (keepId, mergeId) =>
      (await httpClient(`${API_URL}/clients/merge`, { method: 'POST', body: JSON.stringify({ keepId, mergeId }) })).json as ClientRecord,
    ...importMethods(httpClient, session),
  };
}
