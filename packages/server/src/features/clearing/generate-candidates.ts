import {
  type ClearingRunResult,
  compareVictims,
  DEFAULT_CANDIDATE_THRESHOLD,
  forEachCandidatePair,
  matchWeight,
  PartCounter,
  regionInScope,
  type Scope,
  scoreOfWeight,
  weightForScore,
} from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/client.js';
import { type Actor, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { withRunLock } from './run-lock.js';
import { type ProposedPair, saveCandidates } from './save-candidates.js';
import { countVictims, type SearchedVictim, streamVictims } from './victim-source.js';

export type ClearingProgress = {
  phase: 'reading' | 'comparing' | 'saving';
  done: number;
  /** Known for reading (records) and saving (pairs); null while comparing. */
  total: number | null;
};

export type GenerateOptions = {
  /** Only pairs with at least one record of a case in this scope are proposed (default: all). */
  scope?: Scope;
  threshold?: number;
  actor?: Actor;
  onProgress?: (p: ClearingProgress) => void;
};

const NATIONAL: Scope = { level: 'national', regionCode: null };
const PROGRESS_EVERY = 250_000;

/** Pairs the PIC data has already decided (not the same person, or merged): never proposed again. */
async function decidedPairs(ctx: AppContext): Promise<Set<string>> {
  const rows = await queryRows<{ a: string; b: string }>(
    ctx.database.readDb,
    sql`select person_a as a, person_b as b from duplicate_candidates where state <> 'open'`,
  );
  return new Set(rows.map((r) => `${r.a}|${r.b}`));
}

/**
 * Generates and scores duplicate candidates (calon duplikat) across all victim records: reads
 * every victim in batches, opening the identifying fields in memory only; blocks and compares
 * them with the domain's matching rules; keeps pairs of records from different cases, not yet
 * one cluster, not decided before, at or above the threshold, with at least one record in the
 * scope; then stores them with their evidence in one transaction, drops open candidates no
 * longer proposed, and audits the run. Answers null when another run holds the lock.
 *
 * Cost: reading and preparing is linear in the records; blocking sorts about 15 keys per record
 * (a typed-array sort); comparisons grow with block sizes, which the blocking caps. Memory holds
 * the prepared records (a few hundred bytes each) — about 0.5 GB at a million victims.
 */
export async function generateCandidates(
  ctx: AppContext,
  options: GenerateOptions = {},
): Promise<ClearingRunResult | null> {
  return withRunLock(ctx, () => run(ctx, options));
}

async function run(ctx: AppContext, options: GenerateOptions): Promise<ClearingRunResult> {
  const started = Date.now();
  const scope = options.scope ?? NATIONAL;
  const threshold = options.threshold ?? DEFAULT_CANDIDATE_THRESHOLD;
  const progress = options.onProgress ?? (() => {});
  const total = await countVictims(ctx);

  const victims: SearchedVictim[] = [];
  const counter = new PartCounter();
  progress({ phase: 'reading', done: 0, total });
  for await (const batch of streamVictims(ctx)) {
    for (const v of batch) {
      victims.push(v);
      counter.add(v.prepared.parts);
    }
    progress({ phase: 'reading', done: victims.length, total });
  }
  const inScope = new Uint8Array(victims.length);
  let recordsInScope = 0;
  victims.forEach((v, i) => {
    const yes =
      scope.level === 'national' || (v.caseRegion !== null && regionInScope(scope, v.caseRegion));
    inScope[i] = yes ? 1 : 0;
    if (yes) recordsInScope++;
  });

  const decided = await decidedPairs(ctx);
  const frequency = counter.frequency();
  const floor = weightForScore(threshold);
  const proposed = new Map<string, ProposedPair>();
  let comparisons = 0;
  progress({ phase: 'comparing', done: 0, total: null });
  forEachCandidatePair(
    victims.map((v) => v.prepared),
    (i, j) => {
      const a = victims[i] as SearchedVictim;
      const b = victims[j] as SearchedVictim;
      // two victims of one case are two people; records already merged need no proposal
      if (a.caseId === b.caseId || a.clusterId === b.clusterId) return;
      if (inScope[i] === 0 && inScope[j] === 0) return;
      if (++comparisons % PROGRESS_EVERY === 0)
        progress({ phase: 'comparing', done: comparisons, total: null });
      const weight = matchWeight(a.prepared, b.prepared, { frequency, floor });
      if (scoreOfWeight(weight) < threshold) return;
      const [x, y] = a.id < b.id ? [a, b] : [b, a];
      const key = `${x.id}|${y.id}`;
      if (decided.has(key) || proposed.has(key)) return;
      const result = compareVictims(x.prepared, y.prepared, { frequency });
      proposed.set(key, {
        personA: x.id,
        personB: y.id,
        score: result.score,
        evidence: result.evidence,
      });
    },
  );
  progress({ phase: 'comparing', done: comparisons, total: null });

  let result: ClearingRunResult | undefined;
  await saveCandidates(ctx, {
    proposed,
    scope,
    actor: options.actor ?? SYSTEM_ACTOR,
    onSaved: (done) => progress({ phase: 'saving', done, total: proposed.size }),
    // the run's figures go into the audit entry written in the same transaction
    summary: (created, removed) => {
      result = {
        records: victims.length,
        recordsInScope,
        comparisons,
        proposed: proposed.size,
        created,
        removed,
        threshold,
        durationMs: Date.now() - started,
      };
      return result;
    },
  });
  if (!result) throw new Error('the candidates were saved without a summary');
  return result;
}
