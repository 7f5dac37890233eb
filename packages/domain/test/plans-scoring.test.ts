import { describe, expect, it } from 'vitest';
import {
  achievement,
  annualEvidenceScore,
  DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
  EvidenceScoreInput,
  notComputable,
  rubricScore,
  TrafficLightThresholds,
  trafficLight,
  trafficLightOf,
  verifiedAchievement,
} from '../src/index.js';

describe('trafficLight', () => {
  it('is green from 80, yellow from 50, red below, by default', () => {
    expect(DEFAULT_TRAFFIC_LIGHT_THRESHOLDS).toEqual({ green: 80, yellow: 50 });
    expect(trafficLight(100)).toBe('green');
    expect(trafficLight(80)).toBe('green');
    expect(trafficLight(79.9)).toBe('yellow');
    expect(trafficLight(50)).toBe('yellow');
    expect(trafficLight(49.9)).toBe('red');
    expect(trafficLight(0)).toBe('red');
  });

  it('colours the value as shown with one decimal', () => {
    expect(trafficLight(79.96)).toBe('green');
    expect(trafficLight(79.94)).toBe('yellow');
    expect(trafficLight(49.95)).toBe('yellow');
    expect(trafficLight(49.94)).toBe('red');
  });

  it('is grey without data, never red', () => {
    expect(trafficLight(null)).toBe('grey');
    expect(trafficLight(undefined)).toBe('grey');
    expect(trafficLight(Number.NaN)).toBe('grey');
    expect(trafficLightOf(notComputable('no_realisation'))).toBe('grey');
  });

  it('uses configured thresholds and the capped achievement', () => {
    const strict = { green: 90, yellow: 70 };
    expect(trafficLight(85, strict)).toBe('yellow');
    expect(trafficLight(69.9, strict)).toBe('red');
    const over = achievement({ direction: 'higher_is_better', target: 10, realised: 30 });
    expect(trafficLightOf(over, strict)).toBe('green');
    const low = achievement({ direction: 'higher_is_better', target: 10, realised: 6 });
    expect(trafficLightOf(low)).toBe('yellow');
  });

  it('validates a threshold configuration: ordered, within 0–200', () => {
    expect(TrafficLightThresholds.parse({ green: 90, yellow: 0 })).toEqual({
      green: 90,
      yellow: 0,
    });
    const equal = TrafficLightThresholds.safeParse({ green: 60, yellow: 60 });
    expect(equal.success).toBe(false);
    expect(equal.error?.issues[0]).toMatchObject({
      path: ['green'],
      message: 'traffic_light_order',
    });
    expect(TrafficLightThresholds.safeParse({ green: 50, yellow: 80 }).success).toBe(false);
    expect(TrafficLightThresholds.safeParse({ green: 80, yellow: -1 }).success).toBe(false);
    expect(TrafficLightThresholds.safeParse({ green: 201, yellow: 50 }).success).toBe(false);
    expect(TrafficLightThresholds.safeParse({ green: 80 }).success).toBe(false);
    expect(TrafficLightThresholds.safeParse({ green: 80, yellow: 50, red: 0 }).success).toBe(false);
  });
});

describe('evidence rubric', () => {
  it('turns four criteria of 0–3 into a score of 0–100', () => {
    expect(rubricScore({ relevance: 3, completeness: 3, validity: 3, timeliness: 3 })).toBe(100);
    expect(rubricScore({ relevance: 3, completeness: 2, validity: 2, timeliness: 2 })).toBe(75);
    expect(rubricScore({ relevance: 0, completeness: 0, validity: 0, timeliness: 0 })).toBe(0);
    expect(rubricScore({ relevance: 1, completeness: 0, validity: 0, timeliness: 0 })).toBeCloseTo(
      8.333,
      3,
    );
    expect(() =>
      rubricScore({ relevance: 4, completeness: 0, validity: 0, timeliness: 0 }),
    ).toThrow(RangeError);
    expect(() =>
      rubricScore({ relevance: 1.5, completeness: 0, validity: 0, timeliness: 0 }),
    ).toThrow(RangeError);
  });

  it('validates a verifier’s score', () => {
    const ok = { relevance: 3, completeness: 2, validity: 1, timeliness: 0 };
    expect(EvidenceScoreInput.parse(ok)).toEqual({ ...ok, note: null });
    expect(EvidenceScoreInput.safeParse({ ...ok, validity: 4 }).success).toBe(false);
    expect(EvidenceScoreInput.safeParse({ ...ok, validity: 1.5 }).success).toBe(false);
    expect(EvidenceScoreInput.safeParse({ relevance: 3 }).success).toBe(false);
  });

  it('scales the claimed achievement by the evidence score', () => {
    const claimed = achievement({ direction: 'higher_is_better', target: 100, realised: 120 });
    expect(verifiedAchievement(claimed, 75)).toEqual({
      computable: true,
      raw: 90,
      capped: 90,
      method: 'evidence_weighted',
    });
    expect(verifiedAchievement(claimed, 100)).toMatchObject({ raw: 120, capped: 100 });
    expect(verifiedAchievement(claimed, 0)).toMatchObject({ raw: 0, capped: 0 });
  });

  it('has no verified figure before scoring, and passes on why a claim has none', () => {
    const claimed = achievement({ direction: 'yes_no', target: 1, realised: 1 });
    expect(verifiedAchievement(claimed, null)).toMatchObject({
      computable: false,
      reason: 'evidence_not_scored',
    });
    const none = achievement({ direction: 'higher_is_better', target: 0, realised: 1 });
    expect(verifiedAchievement(none, 80)).toMatchObject({
      computable: false,
      reason: 'zero_target',
    });
    expect(() => verifiedAchievement(claimed, 101)).toThrow(RangeError);
  });

  it('averages a year of period scores as RANHAM does, skipping the unscored', () => {
    expect(annualEvidenceScore([100, 50, 0])).toBe(50);
    expect(annualEvidenceScore([90, null, 60])).toBe(75);
    expect(annualEvidenceScore([null, null])).toBeNull();
    expect(annualEvidenceScore([])).toBeNull();
  });
});
