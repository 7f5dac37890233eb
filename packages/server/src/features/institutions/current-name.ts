import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** The institution's name in force today (the latest name that has started). */
export function currentInstitutionName(institutionId: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`(select n.name from institution_names n where n.institution_id = ${institutionId} and n.valid_from <= current_date order by n.valid_from desc limit 1)`;
}

export function currentInstitutionAbbreviation(institutionId: AnyPgColumn | SQL): SQL<string> {
  return sql<string>`(select n.abbreviation from institution_names n where n.institution_id = ${institutionId} and n.valid_from <= current_date order by n.valid_from desc limit 1)`;
}
