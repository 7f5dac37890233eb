import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { institutions } from '../institutions/schema.js';
import { qualified } from '../shared/qualified.js';
import { prefixPattern } from '../shared/search.js';
import { nonPlanActivities } from './schema.js';
import type { NonPlanActivityView } from './views.js';

export const NON_PLAN_NOT_FOUND = {
  id: 'Kegiatan non-RAN tidak ditemukan',
  en: 'Non-plan activity not found',
};

/** Some region in the activity's list is the region or lies under it. */
export function happenedIn(regionCode: string): SQL {
  return sql`exists (select 1 from unnest(${qualified(nonPlanActivities.regionCodes)}) rc
    where rc = ${regionCode} or rc like ${prefixPattern(`${regionCode}.`)})`;
}

/**
 * Kegiatan non-RAN are read like reports: a reporter sees its own institution's; secretariats
 * and analysts see those in their scope — national work (no regions), work in their region,
 * and the work of the regional bodies of their region.
 */
export function nonPlanVisibleTo(auth: AuthContext): SQL {
  const a = nonPlanActivities;
  if (auth.role === 'reporter') return eq(a.institutionId, auth.institutionId);
  const scope = auth.scope;
  if (scope.level === 'national') return sql`true`;
  return sql`(cardinality(${qualified(a.regionCodes)}) = 0 or ${happenedIn(scope.regionCode)}
    or exists (select 1 from ${institutions} i where i.id = ${qualified(a.institutionId)}
      and (i.region_code = ${scope.regionCode} or i.region_code like ${prefixPattern(`${scope.regionCode}.`)})))`;
}

export function selectNonPlanActivities(db: DbOrTx) {
  return db
    .select({
      row: nonPlanActivities,
      institutionCode: institutions.code,
      institutionName: currentInstitutionName(nonPlanActivities.institutionId),
    })
    .from(nonPlanActivities)
    .innerJoin(institutions, eq(institutions.id, nonPlanActivities.institutionId));
}

type Row = Awaited<ReturnType<typeof selectNonPlanActivities>>[number];

export function presentNonPlanActivity({ row: a, ...i }: Row): NonPlanActivityView {
  return {
    id: a.id,
    institution: { id: a.institutionId, code: i.institutionCode, name: i.institutionName },
    strategy: a.strategyCode,
    title: a.title,
    startsOn: a.startsOn,
    endsOn: a.endsOn,
    year: a.year,
    narrative: a.narrative,
    regionCodes: a.regionCodes,
    realisedBudget: a.realisedBudget,
    budgetSource: a.budgetSource,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export async function getNonPlanActivityView(db: DbOrTx, auth: AuthContext, id: string) {
  const [row] = await selectNonPlanActivities(db).where(
    and(eq(nonPlanActivities.id, id), nonPlanVisibleTo(auth)),
  );
  if (!row) throw new AppError('NOT_FOUND', NON_PLAN_NOT_FOUND);
  return presentNonPlanActivity(row);
}

/** Who may record work for an institution: its own reporters; an administrator for any. */
export function assertMayRecordFor(auth: AuthContext, institutionId: string): void {
  if (auth.role === 'admin' || auth.institutionId === institutionId) return;
  throw new AppError('FORBIDDEN', {
    id: 'Pelapor hanya mencatat kegiatan instansinya sendiri',
    en: "A reporter records only their own institution's activities",
  });
}
