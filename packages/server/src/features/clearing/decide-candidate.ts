import type { CandidateSummary, MergeRequest, MergeView } from '@sigap/domain';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows, type Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { casePeople, duplicateCandidates, personMerges } from '../cases/schema.js';
import { getCandidateInScope } from './candidate-access.js';
import { presentCandidate } from './candidate-rows.js';
import { getMerge } from './list-merges.js';

const alreadyDecided = (state: string) =>
  new AppError('CONFLICT', {
    id: `Pasangan ini sudah diputuskan (${state === 'merged' ? 'digabung' : 'bukan orang yang sama'})`,
    en: `This pair has been decided already (${state === 'merged' ? 'merged' : 'not the same person'})`,
  });

/** Locks the candidate, refuses one already decided, and answers its current clusters. */
async function openCandidate(tx: Tx, auth: AuthContext, id: string) {
  const row = await getCandidateInScope(tx, auth, id, true);
  if (row.state !== 'open') throw alreadyDecided(row.state);
  // the clusters as they are now (another merge may have moved either record since)
  const people = await queryRows<{ id: string; cluster_id: string }>(
    tx,
    sql`select id, cluster_id from case_people where id in (${row.pa_id}, ${row.pb_id}) for update`,
  );
  const clusterOf = (pid: string) => people.find((p) => p.id === pid)?.cluster_id as string;
  return { row, clusterA: clusterOf(row.pa_id), clusterB: clusterOf(row.pb_id) };
}

/**
 * Gabungkan: the PIC data decides the two records are one person. The whole cluster of the
 * record that does not survive moves into the survivor's cluster (statistics then count it
 * once); the moved ids are kept in person_merges so the merge can be undone exactly.
 */
export async function mergeCandidate(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: MergeRequest,
): Promise<MergeView> {
  const mergeId = await ctx.database.db.transaction(async (tx) => {
    const { row, clusterA, clusterB } = await openCandidate(tx, auth, id);
    if (clusterA === clusterB)
      throw new AppError('CONFLICT', {
        id: 'Kedua catatan sudah tergabung sebagai satu orang',
        en: 'Both records are already merged as one person',
      });
    const [survivor, merged] = input.survivor === 'b' ? [clusterB, clusterA] : [clusterA, clusterB];
    const moved = await tx
      .update(casePeople)
      .set({ clusterId: survivor, updatedAt: new Date() })
      .where(eq(casePeople.clusterId, merged))
      .returning({ id: casePeople.id });
    const now = new Date();
    const [merge] = await tx
      .insert(personMerges)
      .values({
        candidateId: id,
        survivorClusterId: survivor,
        mergedClusterId: merged,
        movedPersonIds: moved.map((m) => m.id),
        mergedBy: auth.userId,
        mergedAt: now,
      })
      .returning({ id: personMerges.id });
    if (!merge) throw new Error('merge row not written');
    await tx
      .update(duplicateCandidates)
      .set({ state: 'merged', decidedBy: auth.userId, decidedAt: now })
      .where(eq(duplicateCandidates.id, id));
    await recordAudit(tx, actor, {
      action: 'clearing.merge',
      entityType: 'duplicate_candidate',
      entityId: id,
      before: { state: row.state, clusterA, clusterB },
      after: {
        mergeId: merge.id,
        score: row.score,
        survivorClusterId: survivor,
        mergedClusterId: merged,
        movedPersonIds: moved.map((m) => m.id),
      },
    });
    return merge.id;
  });
  return getMerge(ctx.database.db, auth, mergeId);
}

/** Bukan orang yang sama: the pair is closed for good; later runs never propose it again. */
export async function markNotSame(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
): Promise<CandidateSummary> {
  await ctx.database.db.transaction(async (tx) => {
    const { row } = await openCandidate(tx, auth, id);
    await tx
      .update(duplicateCandidates)
      .set({ state: 'not_same', decidedBy: auth.userId, decidedAt: new Date() })
      .where(and(eq(duplicateCandidates.id, id), eq(duplicateCandidates.state, 'open')));
    await recordAudit(tx, actor, {
      action: 'clearing.not_same',
      entityType: 'duplicate_candidate',
      entityId: id,
      before: { state: row.state },
      after: { state: 'not_same', score: row.score, personIds: [row.pa_id, row.pb_id] },
    });
  });
  return presentCandidate(await getCandidateInScope(ctx.database.db, auth, id));
}

/**
 * Batalkan penggabungan: puts exactly the records the merge moved back into their old cluster
 * and reopens the pair. Refused while a later merge has moved those records on (undo that one
 * first): moving them back then would split a person the PIC merged since.
 */
export async function undoMerge(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  mergeId: string,
): Promise<MergeView> {
  await ctx.database.db.transaction(async (tx) => {
    const merge = await getMerge(tx, auth, mergeId, true);
    if (merge.undoneAt)
      throw new AppError('CONFLICT', {
        id: 'Penggabungan ini sudah dibatalkan',
        en: 'This merge has been undone already',
      });
    const ids = merge.movedPersonIds;
    const moved = ids.length
      ? await tx
          .select({ id: casePeople.id, clusterId: casePeople.clusterId })
          .from(casePeople)
          .where(inArray(casePeople.id, ids))
          .for('update')
      : [];
    if (moved.some((p) => p.clusterId !== merge.survivorClusterId)) {
      const [later] = await queryRows<{ id: string }>(
        tx,
        sql`select id from person_merges where undone_at is null and id <> ${mergeId}
            and merged_at >= ${merge.mergedAt} and (merged_cluster_id = ${merge.survivorClusterId}
              or moved_person_ids && ${sql`array[${sql.join(
                ids.map((m) => sql`${m}::uuid`),
                sql`, `,
              )}]`})
            order by merged_at desc limit 1`,
      );
      throw new AppError('CONFLICT', {
        id: `Catatan ini sudah digabung lagi sesudahnya${later ? ` (penggabungan ${later.id})` : ''}: batalkan penggabungan itu dahulu`,
        en: `These records were merged again later${later ? ` (merge ${later.id})` : ''}: undo that merge first`,
      });
    }
    if (moved.length)
      await tx
        .update(casePeople)
        .set({ clusterId: merge.mergedClusterId, updatedAt: new Date() })
        .where(inArray(casePeople.id, ids));
    await tx
      .update(personMerges)
      .set({ undoneBy: auth.userId, undoneAt: new Date() })
      .where(eq(personMerges.id, mergeId));
    if (merge.candidateId)
      await tx
        .update(duplicateCandidates)
        .set({ state: 'open', decidedBy: null, decidedAt: null })
        .where(eq(duplicateCandidates.id, merge.candidateId));
    await recordAudit(tx, actor, {
      action: 'clearing.merge.undo',
      entityType: 'person_merge',
      entityId: mergeId,
      before: { survivorClusterId: merge.survivorClusterId },
      after: {
        candidateId: merge.candidateId,
        restoredClusterId: merge.mergedClusterId,
        movedPersonIds: ids,
      },
    });
  });
  return getMerge(ctx.database.db, auth, mergeId);
}
