import type { Scope } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';

/** The case region lies in the scope (the region itself or below it). */
export function caseRegionInScope(region: SQL, scope: Scope): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`(${region} = ${scope.regionCode} or ${region} like ${`${scope.regionCode}.%`})`;
}

/**
 * A duplicate candidate is the PIC data's to review when at least one of its two records
 * belongs to a case in their scope: a district PIC clears their victims against records of
 * national institutions and other regions alike. `candidate` is the candidate table's alias.
 */
export function candidateInScopeSql(scope: Scope, candidate = sql`dc`): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`exists (select 1 from case_people sp join cases sc on sc.id = sp.case_id
    where sp.id in (${candidate}.person_a, ${candidate}.person_b)
      and ${caseRegionInScope(sql`sc.region_code`, scope)})`;
}
