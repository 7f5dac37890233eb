import type { Scope } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import { caseRegionInScope } from './candidate-scope.js';

/**
 * Unique victims: records the PIC data merged share a cluster, so a person recorded by police,
 * social affairs and the migrant-worker agency counts once. Use inside any statistics query over
 * `case_people` (alias it as the query does): `select ${uniqueVictimsSql()} from case_people p …
 * where p.role = 'victim'`.
 */
export function uniqueVictimsSql(clusterColumn: SQL = sql`case_people.cluster_id`): SQL<number> {
  return sql<number>`count(distinct ${clusterColumn})::int`;
}

/** Unique victims of the cases in a scope (a person recorded in two regions counts in both). */
export async function countUniqueVictims(db: DbOrTx, scope: Scope): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select ${uniqueVictimsSql(sql`p.cluster_id`)} as n
        from case_people p join cases c on c.id = p.case_id
        where p.role = 'victim' and ${caseRegionInScope(sql`c.region_code`, scope)}`,
  );
  return row?.n ?? 0;
}
