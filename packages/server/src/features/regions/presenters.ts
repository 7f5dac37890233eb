import { type RegionView, regencyKind } from '@sigap/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.js';
import { qualified } from '../shared/qualified.js';
import { regionLineage, regions } from './schema.js';

/** In force today: started, and not yet retired (valid_to is exclusive). */
export function regionInForce(alias: string): SQL {
  const t = sql.raw(alias);
  return sql`(${t}.valid_from <= current_date and (${t}.valid_to is null or ${t}.valid_to > current_date))`;
}

/**
 * The columns of a RegionView. `childCount` counts the children the same list would show: only
 * those in force, unless historic regions are asked for.
 */
export function regionColumns(historic: boolean) {
  return {
    code: regions.code,
    name: regions.name,
    level: regions.level,
    parentCode: regions.parentCode,
    parentName: sql<
      string | null
    >`(select p.name from regions p where p.code = ${qualified(regions.parentCode)})`,
    validFrom: regions.validFrom,
    validTo: regions.validTo,
    childCount: sql<number>`(select count(*)::int from regions c where c.parent_code = ${qualified(regions.code)}${
      historic ? sql`` : sql` and ${regionInForce('c')}`
    })`,
  };
}

type RegionRow = {
  code: string;
  name: string;
  level: RegionView['level'];
  parentCode: string | null;
  parentName: string | null;
  validFrom: string;
  validTo: string | null;
  childCount: number;
};

export function presentRegion(row: RegionRow): RegionView {
  return {
    code: row.code,
    name: row.name,
    level: row.level,
    kind: regencyKind(row.code),
    parentCode: row.parentCode,
    parentName: row.parentName,
    validFrom: row.validFrom,
    validTo: row.validTo,
    childCount: Number(row.childCount),
  };
}

const pred = alias(regions, 'pred');
const succ = alias(regions, 'succ');

/** Lineage rows with both regions' names; `where` picks predecessors or successors. */
export function selectLineage(db: DbOrTx) {
  return db
    .select({
      id: regionLineage.id,
      predecessorCode: regionLineage.predecessorCode,
      predecessorName: pred.name,
      successorCode: regionLineage.successorCode,
      successorName: succ.name,
      event: regionLineage.event,
      effectiveDate: regionLineage.effectiveDate,
      legalBasis: regionLineage.legalBasis,
    })
    .from(regionLineage)
    .innerJoin(pred, eq(pred.code, regionLineage.predecessorCode))
    .innerJoin(succ, eq(succ.code, regionLineage.successorCode));
}
