import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocation, useNavigate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { parseStatsQuery, statsSearch, type StatsQuery } from './query';

/**
 * The statistics query kept in the page's URL (`?from=2025-01&to=2025-12&split=year`), shareable and
 * reload-proof. Changes are patches applied to the latest query, so two quick edits (from, then to)
 * do not undo each other while the first navigation is still being rendered.
 */
export function useStatsQuery(): [StatsQuery, (patch: Partial<StatsQuery>) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const query = useMemo(() => parseStatsQuery(location.search), [location.search]);
  const latest = useRef(query);
  useEffect(() => {
    latest.current = query;
  }, [query]);
  const setQuery = useCallback(
    (patch: Partial<StatsQuery>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      navigate({ pathname: location.pathname, search: `?${statsSearch(next)}` }, { replace: true });
    },
    [navigate, location.pathname],
  );
  return [query, setQuery];
}

/**
 * One hardship report from the API. Each read is audited by the API, so a report is kept for a few
 * minutes rather than fetched again on every focus or remount.
 */
export function useHardship(query: StatsQuery) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['stats', 'hardship', query.from, query.to, query.split, query.scenario],
    queryFn: () => dataProvider.getHardship(query),
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
    // Keep the figures on screen while another period loads, instead of emptying the page.
    placeholderData: (previous) => previous,
  });
}

/** Saves text as a file through a temporary link (the data never goes into a URL the server sees). */
export function saveTextFile(text: string, filename: string, type: string): void {
  // A byte order mark lets spreadsheet programs read the UTF-8 (Cyrillic profession names) correctly.
  const blob = new Blob([text.startsWith('\uFEFF') ? text : `\uFEFF${text}`], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves a downloaded file (a workbook) through a temporary link. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
