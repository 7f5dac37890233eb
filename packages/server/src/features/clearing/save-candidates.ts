import type { ClearingRunResult, MatchEvidence, Scope } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/client.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { candidateInScopeSql } from './candidate-scope.js';

export type ProposedPair = {
  personA: string;
  personB: string;
  score: number;
  evidence: MatchEvidence[];
};

const BATCH = 500;

/**
 * Stores a run's proposals in one transaction: new pairs are inserted, open ones get the new
 * score and evidence (decided ones are left alone: the pair key is unique and the update only
 * touches open rows), open candidates in the scope that the run no longer proposes are removed
 * (except a pair reopened by undoing its merge: the merge history points at it), and the run is
 * audited. Either all of it is visible or none.
 */
export async function saveCandidates(
  ctx: AppContext,
  run: {
    proposed: ReadonlyMap<string, ProposedPair>;
    scope: Scope;
    actor: Actor;
    onSaved: (done: number) => void;
    summary: (created: number, removed: number) => ClearingRunResult;
  },
): Promise<void> {
  const pairs = [...run.proposed.values()];
  await ctx.database.db.transaction(async (tx) => {
    let created = 0;
    for (let k = 0; k < pairs.length; k += BATCH) {
      const values = pairs
        .slice(k, k + BATCH)
        .map(
          (p) =>
            sql`(${p.personA}::uuid, ${p.personB}::uuid, ${p.score}, ${JSON.stringify(p.evidence)}::jsonb)`,
        );
      const rows = await queryRows<{ inserted: boolean }>(
        tx,
        sql`insert into duplicate_candidates (person_a, person_b, score, evidence)
            values ${sql.join(values, sql`, `)}
            on conflict (person_a, person_b) do update
              set score = excluded.score, evidence = excluded.evidence
              where duplicate_candidates.state = 'open'
            returning (xmax = 0) as inserted`,
      );
      created += rows.filter((r) => r.inserted).length;
      run.onSaved(Math.min(pairs.length, k + BATCH));
    }
    const open = await queryRows<{ id: string; a: string; b: string }>(
      tx,
      sql`select dc.id, dc.person_a as a, dc.person_b as b from duplicate_candidates dc
          where dc.state = 'open' and ${candidateInScopeSql(run.scope)}
            and not exists (select 1 from person_merges m where m.candidate_id = dc.id)`,
    );
    const stale = open.filter((c) => !run.proposed.has(`${c.a}|${c.b}`)).map((c) => c.id);
    for (let k = 0; k < stale.length; k += BATCH)
      await tx.execute(
        sql`delete from duplicate_candidates where id in (${sql.join(
          stale.slice(k, k + BATCH).map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      );
    await recordAudit(tx, run.actor, {
      action: 'clearing.run',
      entityType: 'duplicate_candidates',
      after: run.summary(created, stale.length),
    });
  });
}
