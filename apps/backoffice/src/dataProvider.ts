import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { AuthSession } from './auth-session';
import { API_URL } from './config';
import { createHttpClient, type FetchJson } from './http-client';

/** Simple REST (`filter`, `sort`, `range`, `Content-Range`) against the API, with the bearer token. */
export function createDataProvider(session: AuthSession): DataProvider {
  return simpleRestProvider(API_URL, createHttpClient(session, fetchUtils.fetchJson as FetchJson));
}
