import type { CaseStatsView, PublicCaseStatsView } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../app/api/client.js';
import { saveBlob } from '../case-import/api.js';
import { rawRequest } from '../reporting/raw-request.js';
import { serverView } from '../reporting/types.js';
import type { StatsParams } from './search.js';

/**
 * Statistics of the case registry (packages/server/src/features/case-stats/routes.ts): exact
 * counts in the user's scope, the suppressed public release, the k-anonymous CTDC data set.
 */
export const statsKeys = {
  scoped: (p: StatsParams) => ['case-stats', p] as const,
  public: ['case-stats', 'public'] as const,
};

export function statsQuery(p: StatsParams) {
  return queryOptions({
    queryKey: statsKeys.scoped(p),
    queryFn: () => api.get('/api/case-stats', serverView<CaseStatsView>(), p),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export const publicStatsQuery = queryOptions({
  queryKey: statsKeys.public,
  queryFn: () => api.get('/api/public/case-stats', serverView<PublicCaseStatsView>()),
  staleTime: 5 * 60_000,
});

/** The public CSV or workbook: a plain link (no session needed), labels in the chosen language. */
export function publicFileHref(format: 'csv' | 'xlsx', lang: 'id' | 'en'): string {
  return withQuery(`/api/public/case-stats.${format}`, { lang });
}

export type CtdcReport = { k: number; rowsIn: number; rowsOut: number; rowsDropped: number };

/**
 * The CTDC data set (national scope): downloaded as a file, and the server's account of what
 * k-anonymity did to it (rows in, out, dropped) read from its header for the user to see.
 */
export async function downloadCtdc(verifiedOnly: boolean): Promise<CtdcReport | null> {
  const res = await rawRequest(
    'GET',
    withQuery('/api/case-stats/ctdc.csv', { verifiedOnly: verifiedOnly ? 'true' : undefined }),
  );
  const header = res.headers.get('x-ctdc-report');
  const name =
    /filename="?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '')?.[1] ??
    'sigap-ctdc.csv';
  saveBlob(await res.blob(), name);
  try {
    return header ? (JSON.parse(header) as CtdcReport) : null;
  } catch {
    return null;
  }
}
