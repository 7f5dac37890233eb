import { type BlockingOptions, type BlockingStats, forEachCandidatePair } from './blocking.js';
import { matchWeight } from './compare-victims.js';
import { DEFAULT_CANDIDATE_THRESHOLD, scoreOfWeight, weightForScore } from './match-weights.js';
import { PartCounter } from './part-frequency.js';
import type { SyntheticVictim } from './synthetic-victims.js';
import { type PreparedVictim, prepareVictim } from './victim-record.js';

export type MatchingQuality = {
  records: number;
  truePairs: number;
  /** Pairs blocking offered for comparison (with repeats), and the true pairs among them. */
  compared: number;
  trueBlocked: number;
  proposed: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Share of true pairs blocking let through: the ceiling of recall. */
  blockingRecall: number;
  threshold: number;
  blocking: BlockingStats;
};

/**
 * Runs blocking and scoring over a labelled set and counts, pair by pair, what the review queue
 * would hold: precision = true pairs among those proposed, recall = proposed among all true pairs.
 */
export function evaluateMatching(
  set: readonly SyntheticVictim[],
  options: { threshold?: number; blocking?: BlockingOptions } = {},
): MatchingQuality {
  const threshold = options.threshold ?? DEFAULT_CANDIDATE_THRESHOLD;
  const prepared = set.map((s) => prepareVictim(s.victim));
  const floor = weightForScore(threshold);
  const counter = new PartCounter();
  for (const p of prepared) counter.add(p.parts);
  const frequency = counter.frequency();

  const perPerson = new Map<number, number>();
  for (const s of set) perPerson.set(s.personId, (perPerson.get(s.personId) ?? 0) + 1);
  let truePairs = 0;
  for (const k of perPerson.values()) truePairs += (k * (k - 1)) / 2;

  const span = set.length;
  const proposed = new Set<number>();
  const blockedTrue = new Set<number>();
  let compared = 0;
  const blocking = forEachCandidatePair(
    prepared,
    (i, j) => {
      compared++;
      const key = i * span + j;
      const same = (set[i] as SyntheticVictim).personId === (set[j] as SyntheticVictim).personId;
      if (same) blockedTrue.add(key);
      if (proposed.has(key)) return;
      const w = matchWeight(prepared[i] as PreparedVictim, prepared[j] as PreparedVictim, {
        frequency,
        floor,
      });
      if (scoreOfWeight(w) >= threshold) proposed.add(key);
    },
    options.blocking,
  );
  let truePositives = 0;
  for (const key of proposed) {
    const i = Math.floor(key / span);
    const j = key % span;
    if ((set[i] as SyntheticVictim).personId === (set[j] as SyntheticVictim).personId)
      truePositives++;
  }
  return {
    records: set.length,
    truePairs,
    compared,
    trueBlocked: blockedTrue.size,
    proposed: proposed.size,
    truePositives,
    precision: proposed.size ? truePositives / proposed.size : 1,
    recall: truePairs ? truePositives / truePairs : 1,
    blockingRecall: truePairs ? blockedTrue.size / truePairs : 1,
    threshold,
    blocking,
  };
}
