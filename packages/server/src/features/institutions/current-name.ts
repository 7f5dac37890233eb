import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { qualified } from '../shared/qualified.js';

type Ref = AnyPgColumn | SQL;

/**
 * The institution's name (or abbreviation) in force on a date: the latest name that had started
 * by then. A body registered with a future start date has no such name yet, so its first name
 * stands in rather than leaving the name empty.
 */
function nameOn(column: 'name' | 'abbreviation', institutionId: Ref, date: SQL): SQL<string> {
  const c = sql.raw(`n.${column}`);
  const id = qualified(institutionId);
  return sql<string>`coalesce(
    (select ${c} from institution_names n where n.institution_id = ${id} and n.valid_from <= ${date} order by n.valid_from desc limit 1),
    (select ${c} from institution_names n where n.institution_id = ${id} order by n.valid_from asc limit 1))`;
}

/** The institution's name in force today. */
export function currentInstitutionName(institutionId: Ref): SQL<string> {
  return nameOn('name', institutionId, sql`current_date`);
}

export function currentInstitutionAbbreviation(institutionId: Ref): SQL<string> {
  return nameOn('abbreviation', institutionId, sql`current_date`);
}

/** The name the institution carried on a date (e.g. Kemenko Kesra in 2010, Kemenko PMK today). */
export function institutionNameOn(institutionId: Ref, date: string): SQL<string> {
  return nameOn('name', institutionId, sql`${date}::date`);
}
