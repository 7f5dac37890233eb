import { describe, expect, it } from 'vitest';
import { evaluateMatching } from '../src/cases/matching/evaluate-matching.js';
import { generateSyntheticVictims } from '../src/cases/matching/synthetic-victims.js';
import { DEFAULT_CANDIDATE_THRESHOLD } from '../src/index.js';

// the domain package compiles without Node's types; the test runner has a console
declare const console: { info(message: string): void };

/**
 * Matching quality on the labelled synthetic set (docs/clearing.md): 5,000 records of people
 * recorded by up to three institutions with realistic noise, siblings and namesakes. Blocking
 * and scoring run as in production; precision and recall are counted pair by pair.
 */
describe('duplicate matching quality', () => {
  it('finds ≥ 95% of true pairs with ≥ 95% of proposals right at the default threshold', () => {
    const set = generateSyntheticVictims({ seed: 2024, records: 5000 });
    const q = evaluateMatching(set);
    console.info(
      `matching on ${q.records} synthetic records, ${q.truePairs} true pairs, threshold ${q.threshold}: ` +
        `precision ${q.precision.toFixed(3)}, recall ${q.recall.toFixed(3)} ` +
        `(blocking let through ${(100 * q.blockingRecall).toFixed(1)}% of true pairs; ` +
        `${q.compared} comparisons, ${q.proposed} proposed)`,
    );
    expect(q.threshold).toBe(DEFAULT_CANDIDATE_THRESHOLD);
    expect(q.truePairs).toBeGreaterThan(900);
    expect(q.precision).toBeGreaterThanOrEqual(0.95);
    expect(q.recall).toBeGreaterThanOrEqual(0.95);
    // a few seconds of work: generous room for a busy machine
  }, 120_000);

  it('generates the same set from the same seed and another from another', () => {
    const a = generateSyntheticVictims({ seed: 7, records: 300 });
    expect(generateSyntheticVictims({ seed: 7, records: 300 })).toEqual(a);
    expect(generateSyntheticVictims({ seed: 8, records: 300 })).not.toEqual(a);
    expect(a).toHaveLength(300);
  });
});
