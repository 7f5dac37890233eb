import type { MergeQuery, MergeView, PageMeta } from '@sigap/domain';
import { pageOffset } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { eitherInScope } from './candidate-rows.js';

type MergeRow = {
  id: string;
  candidate_id: string | null;
  survivor_cluster_id: string;
  merged_cluster_id: string;
  moved: string[];
  merged_by: string | null;
  merged_by_name: string | null;
  merged_at: Date | string;
  undone_by: string | null;
  undone_by_name: string | null;
  undone_at: Date | string | null;
};

const SELECT = sql`select m.id, m.candidate_id, m.survivor_cluster_id, m.merged_cluster_id,
    array_to_json(m.moved_person_ids) as moved, m.merged_by, mu.full_name as merged_by_name,
    m.merged_at, m.undone_by, uu.full_name as undone_by_name, m.undone_at
  from person_merges m
  join duplicate_candidates dc on dc.id = m.candidate_id
  join case_people pa on pa.id = dc.person_a join cases ca on ca.id = pa.case_id
  join case_people pb on pb.id = dc.person_b join cases cb on cb.id = pb.case_id
  left join users mu on mu.id = m.merged_by
  left join users uu on uu.id = m.undone_by`;

const iso = (v: Date | string) => (v instanceof Date ? v : new Date(v)).toISOString();

function present(r: MergeRow): MergeView {
  return {
    id: r.id,
    candidateId: r.candidate_id,
    survivorClusterId: r.survivor_cluster_id,
    mergedClusterId: r.merged_cluster_id,
    movedPersonIds: r.moved,
    mergedBy: r.merged_by ? { id: r.merged_by, name: r.merged_by_name ?? '' } : null,
    mergedAt: iso(r.merged_at),
    undoneBy: r.undone_by ? { id: r.undone_by, name: r.undone_by_name ?? '' } : null,
    undoneAt: r.undone_at ? iso(r.undone_at) : null,
  };
}

/** A merge whose pair the PIC may review (one record in scope); `forUpdate` locks it. */
export async function getMerge(
  db: DbOrTx,
  auth: AuthContext,
  id: string,
  forUpdate = false,
): Promise<MergeView> {
  const [row] = await queryRows<MergeRow>(
    db,
    sql`${SELECT} where m.id = ${id} and ${eitherInScope(auth.scope)}
        ${forUpdate ? sql`for update of m` : sql``}`,
  );
  if (!row)
    throw new AppError('NOT_FOUND', {
      id: 'Penggabungan tidak ditemukan',
      en: 'Merge not found',
    });
  return present(row);
}

/** Riwayat penggabungan: merges in the PIC's scope, newest first, undone ones marked. */
export async function listMerges(
  db: DbOrTx,
  auth: AuthContext,
  query: MergeQuery,
): Promise<{ items: MergeView[]; meta: PageMeta }> {
  const where = sql`where ${eitherInScope(auth.scope)}
    ${query.undone === 'true' ? sql`and m.undone_at is not null` : query.undone === 'false' ? sql`and m.undone_at is null` : sql``}`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (${SELECT} ${where}) x`,
  );
  const rows = await queryRows<MergeRow>(
    db,
    sql`${SELECT} ${where} order by m.merged_at desc, m.id
        limit ${query.pageSize} offset ${pageOffset(query)}`,
  );
  return {
    items: rows.map(present),
    meta: { page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 },
  };
}
