import { normalise } from '@sigap/domain';
import { and, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { institutionNames, institutions } from '../institutions/schema.js';
import { planActivities, plans } from './schema.js';

const AMBIGUOUS = '\u0000ambiguous';

/**
 * Institutions as a sheet may name them: by code (what the export writes), or by any name or
 * abbreviation they carry or carried (Kemenko PMK was Kemenko Kesra). A name two institutions
 * share resolves to neither: the importer must write the code.
 */
export async function institutionLookup(db: DbOrTx): Promise<(value: string) => string | null> {
  const [insts, names] = await Promise.all([
    db.select({ id: institutions.id, code: institutions.code }).from(institutions),
    db
      .select({
        id: institutionNames.institutionId,
        name: institutionNames.name,
        abbreviation: institutionNames.abbreviation,
      })
      .from(institutionNames),
  ]);
  const byCode = new Map(insts.map((i) => [normalise(i.code), i.id]));
  const byName = new Map<string, string>();
  const add = (key: string, id: string) => {
    const k = normalise(key);
    const had = byName.get(k);
    byName.set(k, had === undefined || had === id ? id : AMBIGUOUS);
  };
  for (const n of names) {
    add(n.name, n.id);
    add(n.abbreviation, n.id);
  }
  return (value) => {
    const k = normalise(value);
    const id = byCode.get(k) ?? byName.get(k);
    return id === undefined || id === AMBIGUOUS ? null : id;
  };
}

/**
 * For a RAD: the RAN whose period overlaps the RAD's most (the later one on a tie), and its
 * activities by code — those in force, and those the RAD already links to even if the RAN has
 * since retired them (so an unchanged sheet still reads back).
 */
export async function ranActivityLookup(
  db: DbOrTx,
  years: { startYear: number; endYear: number },
  keptLinks: readonly string[],
): Promise<(code: string) => string | null> {
  const overlap = sql<number>`least(${plans.endYear}, ${years.endYear}) - greatest(${plans.startYear}, ${years.startYear})`;
  const [ran] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(
      and(
        eq(plans.kind, 'ran'),
        lte(plans.startYear, years.endYear),
        gte(plans.endYear, years.startYear),
      ),
    )
    .orderBy(desc(overlap), desc(plans.startYear))
    .limit(1);
  if (!ran) return () => null;
  const rows = await db
    .select({ id: planActivities.id, code: planActivities.code })
    .from(planActivities)
    .where(
      and(
        eq(planActivities.planId, ran.id),
        keptLinks.length > 0
          ? or(isNull(planActivities.retiredInRevision), inArray(planActivities.id, [...keptLinks]))
          : isNull(planActivities.retiredInRevision),
      ),
    );
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  return (code) => byCode.get(code.trim()) ?? null;
}
