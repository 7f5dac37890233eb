// The statistics calls of the cases bench: GET /api/case-stats as a national data officer (PIC
// data, permission caseStats.read), in six kinds with varied filters. Every sample of a kind has a
// URL of its own (another period end, year, province or start day), so each first request misses
// the response cache (decision 0009: answers are cached per scope and URL) and is computed on the
// database: these are the cold figures. The same URLs asked again answer from the cache: the
// warm figures.
import http from 'node:http';
import { hashPassword } from '../../packages/server/src/features/identity/passwords.js';
import { users } from '../../packages/server/src/features/identity/schema.js';
import { institutionId } from '../../packages/server/src/features/institutions/load-institutions.js';
import type { Db } from '../../packages/server/src/platform/db/client.js';
import { DAY_MS, isoDay } from './cases-people.js';

export const STATS_USER = 'bench-pic-nasional@sigap.local';
export const STATS_PASSWORD = 'bench-cases-1';

export async function createStatsUser(db: Db): Promise<void> {
  await db
    .insert(users)
    .values({
      email: STATS_USER,
      fullName: 'PIC Data Nasional (bench)',
      passwordHash: await hashPassword(STATS_PASSWORD),
      role: 'data_officer',
      institutionId: institutionId('KEMENPPPA'),
      scopeLevel: 'national',
    })
    .onConflictDoNothing();
}

export type StatsKind = { key: string; what: string; urls: string[] };

/** The provinces the statistics are most often asked for: the main provinces of origin. */
const PROVINCES = ['53', '52', '32', '35', '33', '12', '61', '18', '73', '71', '36', '16'];
const CHART = 'year,sex,ageSimfoni,countryOfExploitation';

export function statsKinds(o: { count: number; years: number[]; today: string }): StatsKind[] {
  const todayDay = Math.floor(Date.parse(o.today) / DAY_MS);
  const until = (i: number) => isoDay(todayDay - i);
  const year = (i: number) => o.years[i % o.years.length] as number;
  const province = (i: number) => PROVINCES[i % PROVINCES.length] as string;
  const n = Array.from({ length: o.count }, (_, i) => i);
  const url = (q: Record<string, string>) => `/api/case-stats?${new URLSearchParams(q)}`;
  return [
    {
      key: 'national',
      what: 'whole country, every breakdown, period ending on varied days',
      urls: n.map((i) => url({ to: until(i) })),
    },
    {
      key: 'national_verified',
      what: 'whole country, verified records only, every breakdown',
      urls: n.map((i) => url({ verifiedOnly: 'true', to: until(i) })),
    },
    {
      key: 'year',
      what: 'one year (varied), every breakdown, from a varied day of January',
      urls: n.map((i) =>
        url({
          year: String(year(i)),
          from: `${year(i)}-01-${String(1 + Math.floor(i / o.years.length)).padStart(2, '0')}`,
        }),
      ),
    },
    {
      key: 'province',
      what: 'one province (varied), every breakdown',
      urls: n.map((i) => url({ province: province(i), to: until(i) })),
    },
    {
      key: 'province_year',
      what: 'one province and one year (varied), every breakdown',
      urls: n.map((i) =>
        url({
          province: province(i),
          year: String(year(Math.floor(i / PROVINCES.length) + i)),
          ...(i >= PROVINCES.length * o.years.length ? { verifiedOnly: 'true' } : {}),
        }),
      ),
    },
    {
      key: 'chart',
      what: `whole country, the dashboard's four charts (${CHART})`,
      urls: n.map((i) => url({ dimension: CHART, to: until(i) })),
    },
  ];
}

/**
 * One GET timed to the last byte of the body, on a fresh connection each time and with no
 * client timeout (a national answer over a million victims may take minutes on a slow machine;
 * fetch would give up after 300 s). Any answer but 200 fails the bench.
 */
export function timedGet(
  base: string,
  url: string,
  cookie: string,
): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(`${base}${url}`, { headers: { cookie }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - t0;
        const body = Buffer.concat(chunks);
        if (res.statusCode !== 200)
          reject(new Error(`GET ${url}: ${res.statusCode} ${body.toString('utf8').slice(0, 500)}`));
        else resolve({ ms, bytes: body.byteLength });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}
