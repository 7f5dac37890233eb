import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { STATS_DIMENSIONS, type StatsDimension } from '@sigap/domain';
import { statsStatement } from './src/features/case-stats/stats-sql.js';

const url = 'postgres://postgres@127.0.0.1:55432/h4_stats_scratch';
const client = new pg.Client({ connectionString: url });
await client.connect();
await client.query('set jit = off'); await client.query("set work_mem = '64MB'");
const dialect = new PgDialect();
const cases: Array<[string, Parameters<typeof statsStatement>[0], readonly StatsDimension[]]> = [
  ['national all dims', { scope: { level: 'national', regionCode: null }, verifiedOnly: false }, STATS_DIMENSIONS],
  ['national sex', { scope: { level: 'national', regionCode: null }, verifiedOnly: false }, ['sex']],
  ['national year', { scope: { level: 'national', regionCode: null }, verifiedOnly: false }, ['year']],
  ['national originProvince', { scope: { level: 'national', regionCode: null }, verifiedOnly: false }, ['originProvince']],
  ['national legalOutcome', { scope: { level: 'national', regionCode: null }, verifiedOnly: false }, ['legalOutcome']],
  ['national serviceCompletion', { scope: { level: 'national', regionCode: null }, verifiedOnly: false }, ['serviceCompletion']],
  ['regency 53.71 sex', { scope: { level: 'regency', regionCode: '53.71' }, verifiedOnly: false }, ['sex']],
  ['national year=2022 sex', { scope: { level: 'national', regionCode: null }, verifiedOnly: true, year: 2022 }, ['sex']],
  ['regency 53.71 all', { scope: { level: 'regency', regionCode: '53.71' }, verifiedOnly: false }, STATS_DIMENSIONS],
  ['province 53 all', { scope: { level: 'province', regionCode: '53' }, verifiedOnly: false }, STATS_DIMENSIONS],
];
const explain = process.argv.includes('--explain');
for (const [name, f, dims] of cases) {
  const q = dialect.sqlToQuery(statsStatement(f, dims));
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await client.query(q.sql, q.params as unknown[]);
    times.push(performance.now() - t0);
  }
  console.log(name, times.map((t) => t.toFixed(0)).join(' / '), 'ms');
  if (explain && name === (process.argv[3] ?? name)) {
    const r = await client.query(`explain (analyze, buffers off, timing on) ${q.sql}`, q.params as unknown[]);
    console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
  }
}
await client.end();
