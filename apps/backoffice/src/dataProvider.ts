import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { CaseloadDashboard } from '@ct/contracts';
import type { AuthSession } from './auth-session';
import { API_URL } from './config';
import { createHttpClient, type FetchJson } from './http-client';

/** react-admin's CRUD methods plus the API's routes that are not resources. */
export interface AppDataProvider extends DataProvider {
  /** The signed-in caseworker's "due soon" list (`GET /api/dashboard/caseload`). */
  getCaseload(): Promise<CaseloadDashboard>;
}

/** Simple REST (`filter`, `sort`, `range`, `Content-Range`) against the API, with the bearer token. */
export function createDataProvider(session: AuthSession): AppDataProvider {
  const httpClient = createHttpClient(session, fetchUtils.fetchJson as FetchJson);
  return {
    ...simpleRestProvider(API_URL, httpClient),
    getCaseload: async () => (await httpClient(`${API_URL}/dashboard/caseload`)).json as CaseloadDashboard,
  };
}
