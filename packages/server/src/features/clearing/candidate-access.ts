import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import {
  CANDIDATE_FROM,
  CANDIDATE_SELECT,
  type CandidateRow,
  eitherInScope,
} from './candidate-rows.js';

export const CANDIDATE_NOT_FOUND = {
  id: 'Pasangan calon duplikat tidak ditemukan',
  en: 'Duplicate candidate not found',
};

/**
 * The candidate if the PIC may review it (one of its records in their scope); out of scope is
 * answered like a missing one. `forUpdate` locks the candidate row for a decision.
 */
export async function getCandidateInScope(
  db: DbOrTx,
  auth: AuthContext,
  id: string,
  forUpdate = false,
): Promise<CandidateRow> {
  const [row] = await queryRows<CandidateRow>(
    db,
    sql`${CANDIDATE_SELECT} ${CANDIDATE_FROM}
        where dc.id = ${id} and ${eitherInScope(auth.scope)}
        ${forUpdate ? sql`for update of dc` : sql``}`,
  );
  if (!row) throw new AppError('NOT_FOUND', CANDIDATE_NOT_FOUND);
  return row;
}
