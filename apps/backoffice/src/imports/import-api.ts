import type { ImportDryRun, ImportJobRecord, ImportPreview, ImportSettings } from '@ct/contracts';
import type { AuthSession } from '../auth-session';
import { API_URL } from '../config';
import type { FetchJson } from '../http-client';

/** The import routes, beside react-admin's CRUD methods in the data provider. */
export interface ImportDataProvider {
  /** `POST /api/imports/preview`: headers, a sample and the suggested and remembered mapping. */
  importPreview(file: File, sheet?: string): Promise<ImportPreview>;
  /** `POST /api/imports/dry-run`: what each row would create; writes nothing. */
  importDryRun(file: File, settings: ImportSettings): Promise<ImportDryRun>;
  /** `POST /api/imports`: starts the import; poll `getImport` for its progress. */
  importStart(file: File, settings: ImportSettings): Promise<ImportJobRecord>;
  getImport(id: string): Promise<ImportJobRecord>;
  /** The import's report (CSV), with no value of the file in it. */
  getImportReport(id: string, lang: 'en' | 'ru'): Promise<string>;
  /** The template: CSV as text, Excel as a blob. */
  getImportTemplate(format: 'csv' | 'xlsx', lang: 'en' | 'ru'): Promise<Blob>;
}

const form = (file: File, fields: Record<string, string>) => {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  body.append('file', file, file.name);
  return body;
};

export function importMethods(httpClient: FetchJson, session: AuthSession): ImportDataProvider {
  const post = async <T>(path: string, body: FormData): Promise<T> => (await httpClient(`${API_URL}/imports${path}`, { method: 'POST', body })).json as T;
  return {
    importPreview: (file, sheet) => post('/preview', form(file, sheet ? { sheet } : {})),
    importDryRun: (file, settings) => post('/dry-run', form(file, { settings: JSON.stringify(settings) })),
    importStart: (file, settings) => post('', form(file, { settings: JSON.stringify(settings) })),
    getImport: async (id) => (await httpClient(`${API_URL}/imports/${encodeURIComponent(id)}`)).json as ImportJobRecord,
    getImportReport: async (id, lang) => (await httpClient(`${API_URL}/imports/${encodeURIComponent(id)}/report.csv?lang=${lang}`, { headers: { Accept: 'text/csv' } })).body,
    getImportTemplate: async (format, lang) => {
      if (format === 'csv') return new Blob([(await httpClient(`${API_URL}/imports/template.csv?lang=${lang}`, { headers: { Accept: 'text/csv' } })).body], { type: 'text/csv' });
      // A workbook is binary, which the JSON client would mangle: a plain request with the same bearer token.
      const response = await fetch(`${API_URL}/imports/template.xlsx?lang=${lang}`, { headers: { Authorization: `Bearer ${session.getAccessToken() ?? ''}` } });
      if (!response.ok) throw new Error(`template: ${response.status}`);
      return response.blob();
    },
  };
}
