import type { InstitutionView } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { currentInstitutionAbbreviation, currentInstitutionName } from './current-name.js';
import { institutions } from './schema.js';

export const institutionName = currentInstitutionName(institutions.id);

export const institutionViewColumns = {
  id: institutions.id,
  code: institutions.code,
  name: institutionName,
  abbreviation: currentInstitutionAbbreviation(institutions.id),
  kind: institutions.kind,
  regionCode: institutions.regionCode,
  active: institutions.active,
  successorId: institutions.successorId,
  successorName: sql<
    string | null
  >`case when ${institutions.successorId} is null then null else ${currentInstitutionName(institutions.successorId)} end`,
};

type InstitutionRow = Awaited<ReturnType<typeof selectInstitutions>>[number];

export function presentInstitution(row: InstitutionRow): InstitutionView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    abbreviation: row.abbreviation,
    kind: row.kind,
    regionCode: row.regionCode,
    active: row.active,
    successor:
      row.successorId && row.successorName
        ? { id: row.successorId, name: row.successorName }
        : null,
  };
}

export function selectInstitutions(db: DbOrTx) {
  return db.select(institutionViewColumns).from(institutions);
}
