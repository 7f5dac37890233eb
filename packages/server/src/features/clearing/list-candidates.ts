import type { CandidateQuery, CandidateSummary, PageMeta } from '@sigap/domain';
import { pageOffset } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import {
  CANDIDATE_FROM,
  CANDIDATE_SELECT,
  type CandidateRow,
  eitherInScope,
  presentCandidate,
} from './candidate-rows.js';

/**
 * The review queue: candidates in the given state, best score first, with at least one record in
 * the PIC's scope. Open pairs whose records have meanwhile become one person (merged through
 * another pair) are left out: there is nothing left to decide.
 */
export async function listCandidates(
  db: Db,
  auth: AuthContext,
  query: CandidateQuery,
): Promise<{ items: CandidateSummary[]; meta: PageMeta }> {
  const where = sql`where dc.state = ${query.state}
    and ${eitherInScope(auth.scope)}
    ${query.state === 'open' ? sql`and pa.cluster_id <> pb.cluster_id` : sql``}
    ${query.minScore !== undefined ? sql`and dc.score >= ${query.minScore}` : sql``}`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n ${CANDIDATE_FROM} ${where}`,
  );
  const rows = await queryRows<CandidateRow>(
    db,
    sql`${CANDIDATE_SELECT} ${CANDIDATE_FROM} ${where}
        order by dc.score desc, dc.created_at, dc.id
        limit ${query.pageSize} offset ${pageOffset(query)}`,
  );
  return {
    items: rows.map(presentCandidate),
    meta: { page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 },
  };
}
