import { describe, expect, it } from 'vitest';
import {
  CONFLICT_CAP_SCORE,
  DEFAULT_CANDIDATE_THRESHOLD,
  matchWeight,
  prepareVictim,
  scoreOfWeight,
  type VictimForMatch,
  weightForScore,
} from '../src/index.js';
import { baseVictim, compare as compareBase, evidenceOf } from './matching-fixture.js';

// one woman's records, alike in everything but the documents each test gives them
const NAME = 'Siti Aminah binti Yusuf';
const compare = (a: Partial<VictimForMatch>, b: Partial<VictimForMatch>) =>
  compareBase({ name: NAME, ...a }, { name: NAME, ...b });
const base = { ...baseVictim, name: NAME };

const NIK = '3212015205940001';
// the same person's NIK with another serial, and another region's: both valid 16-digit NIKs
const OTHER_SERIAL = '3212015205940457';
const OTHER_NIK = '3171046009950002';

/**
 * NIK and passport as a data officer reads them: two valid NIKs clearly apart are two people,
 * whatever else agrees; one digit apart may be a slip or a twin, so it decides nothing.
 */
describe('conflicting documents cap the score', () => {
  it('two valid NIKs clearly apart keep a pair alike in everything else out of the queue', () => {
    const alike = compare({}, {});
    expect(alike.score).toBe(100);
    for (const other of [OTHER_SERIAL, OTHER_NIK]) {
      const r = compare({ nik: NIK }, { nik: other });
      expect(r.score).toBe(CONFLICT_CAP_SCORE);
      expect(r.score).toBeLessThan(DEFAULT_CANDIDATE_THRESHOLD);
      const nik = evidenceOf(r, 'nik');
      expect(nik?.outcome).toBe('mismatch');
      expect(nik?.detail.en).toContain('capped below the review threshold');
      expect(nik?.detail.id).toContain('dibatasi');
    }
  });

  it('the search (matchWeight with a floor) applies the same cap', () => {
    const a = prepareVictim({ ...base, nik: NIK });
    const b = prepareVictim({ ...base, nik: OTHER_NIK });
    const floor = weightForScore(DEFAULT_CANDIDATE_THRESHOLD);
    expect(scoreOfWeight(matchWeight(a, b, { floor }))).toBeLessThan(DEFAULT_CANDIDATE_THRESHOLD);
    expect(scoreOfWeight(matchWeight(a, b))).toBe(CONFLICT_CAP_SCORE);
  });

  it('a NIK one digit off or with two digits swapped is weak disagreement, not a cap', () => {
    for (const slip of ['3212015205940002', '3212015205940010', '321201520594001']) {
      const r = compare({ nik: NIK }, { nik: slip });
      const nik = evidenceOf(r, 'nik');
      expect(nik?.outcome).toBe('partial');
      expect(nik?.weight).toBeLessThan(0);
      expect(nik?.weight).toBeGreaterThan(-2);
      expect(r.score).toBeGreaterThanOrEqual(DEFAULT_CANDIDATE_THRESHOLD);
    }
  });

  it('no cap when one NIK is no real NIK, or when the passports are the same', () => {
    for (const odd of ['0000000000000000', '32120152059', '3212019905940001']) {
      const r = compare({ nik: NIK }, { nik: odd });
      expect(evidenceOf(r, 'nik')?.outcome).toBe('mismatch');
      expect(evidenceOf(r, 'nik')?.detail.en).toContain('not decisive');
      expect(r.score).toBeGreaterThanOrEqual(DEFAULT_CANDIDATE_THRESHOLD);
    }
    const samePassport = compare(
      { nik: NIK, passport: 'C1234567' },
      { nik: OTHER_NIK, passport: 'C1234567' },
    );
    expect(evidenceOf(samePassport, 'nik')?.detail.en).toContain('not decisive');
    expect(samePassport.score).toBeGreaterThanOrEqual(DEFAULT_CANDIDATE_THRESHOLD);
  });

  it('two passports of one country clearly apart cap the score unless the NIK is the same', () => {
    const r = compare({ passport: 'C1234567' }, { passport: 'B7654321' });
    expect(r.score).toBe(CONFLICT_CAP_SCORE);
    expect(evidenceOf(r, 'passport')?.detail.en).toContain('capped');
    // a record silent on citizenship is taken to share the other's
    expect(
      compare({ passport: 'C1234567', citizenship: null }, { passport: 'B7654321' }).score,
    ).toBe(CONFLICT_CAP_SCORE);
    // renewed: the same NIK says one person, the new passport number is no conflict
    const renewed = compare({ passport: 'C1234567', nik: NIK }, { passport: 'B7654321', nik: NIK });
    expect(evidenceOf(renewed, 'passport')?.outcome).toBe('mismatch');
    expect(renewed.score).toBeGreaterThanOrEqual(DEFAULT_CANDIDATE_THRESHOLD);
    // passports of two countries are no conflict (citizenship weighs against on its own)
    const twoCountries = compare(
      { passport: 'C1234567' },
      { passport: 'A98765432', citizenship: 'MY' },
    );
    expect(evidenceOf(twoCountries, 'passport')?.detail.en).toContain('another country');
    expect(twoCountries.score).toBeGreaterThan(CONFLICT_CAP_SCORE);
  });
});
