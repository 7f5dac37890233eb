import { describe, expect, it } from 'vitest';
import {
  compareNameParts,
  DEFAULT_CANDIDATE_THRESHOLD,
  nameParts,
  nameSegments,
  nikFacts,
  phoneticKey,
  typoDistance,
} from '../src/index.js';
import { compare, evidenceOf } from './matching-fixture.js';

const side = (name: string) => {
  const own = nameSegments(name).own;
  return { keys: own.map(phoneticKey), written: own };
};

describe('Indonesian name forms', () => {
  it('folds old spellings, doubled letters and the variants of Muhammad to one key', () => {
    expect(phoneticKey('soeharto')).toBe(phoneticKey('suharto'));
    expect(phoneticKey('djoko')).toBe(phoneticKey('joko'));
    expect(phoneticKey('tjahjo')).toBe(phoneticKey('cahyo'));
    expect(phoneticKey('jusuf')).toBe(phoneticKey('yusuf'));
    expect(phoneticKey('achmad')).toBe(phoneticKey('ahmad'));
    for (const v of ['mohammad', 'muhamad', 'mochammad', 'muh', 'moh', 'mhd'])
      expect(phoneticKey(v)).toBe(phoneticKey('muhammad'));
    expect(phoneticKey('sitti')).toBe(phoneticKey('siti'));
  });

  it('drops titles and splits the father off at bin/binti', () => {
    expect(nameParts('Hj. Siti Aminah, S.Pd.')).toEqual(['siti', 'aminah']);
    expect(nameParts('M.Ali')).toEqual(['m', 'ali']);
    expect(nameSegments('Ibu Siti Aminah binti H. Yusuf')).toEqual({
      own: ['siti', 'aminah'],
      father: ['yusuf'],
    });
  });

  it('counts typing slips, a swapped pair of letters being one', () => {
    expect(typoDistance('sukarti', 'sukarti')).toBe(0);
    expect(typoDistance('sukarti', 'sukrati')).toBe(1);
    expect(typoDistance('sukarti', 'sukati')).toBe(1);
    expect(typoDistance('sukarti', 'suparmi')).toBe(2);
    expect(typoDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('name comparison', () => {
  it.each([
    ['Siti Aminah', 'Aminah Siti', 'exact'],
    ['Soekarti Wahjoeni', 'Sukarti Wahyuni', 'exact'],
    ['Sukarti', 'Sukarti Wati', 'subset'],
    ['M. Rizki', 'Muhammad Rizki', 'near'],
    ['Moh. Rizki', 'Muhammad Rizki', 'exact'],
    ['Nur Aini', 'Nuraini', 'near'],
    ['Sukarti Wahyuni', 'Sukrati Wahyuni', 'near'],
    ['Siti Aminah', 'Nur Aminah', 'conflict'],
    ['Yohanes Tefa', 'Petrus Benu', 'different'],
  ])('%s / %s: %s', (a, b, level) => {
    expect(compareNameParts(side(a), side(b))?.level).toBe(level);
  });

  it('siblings: the same father after binti but another given name weigh against', () => {
    const r = compare(
      { name: 'Siti Aminah binti Yusuf' },
      { name: 'Nur Hasanah binti Yusuf', birthDate: '1997-02-03' },
    );
    expect(evidenceOf(r, 'father')?.outcome).toBe('match');
    expect(evidenceOf(r, 'name')?.outcome).toBe('mismatch');
    expect(r.score).toBeLessThan(DEFAULT_CANDIDATE_THRESHOLD);
  });
});

describe('victim comparison', () => {
  it('one person recorded twice with variant spellings scores above the threshold', () => {
    const r = compare(
      { name: 'Hj. SITI AMINAH binti Yusuf' },
      { name: 'Aminah Sitti', birthDate: null, age: 28, ageOn: '2023-01-10', regionCode: '32' },
    );
    expect(r.score).toBeGreaterThanOrEqual(DEFAULT_CANDIDATE_THRESHOLD);
    expect(evidenceOf(r, 'birth')?.outcome).toBe('partial');
  });

  it('an identical NIK is near decisive, a conflicting NIK strongly against', () => {
    const nik = '3212015205940001';
    const same = compare(
      { nik, name: 'Siti Aminah' },
      { nik, name: 'Yuliana Benu', birthDate: '1980-01-01' },
    );
    expect(evidenceOf(same, 'nik')?.outcome).toBe('match');
    expect(evidenceOf(same, 'nik')?.weight).toBeGreaterThan(15);
    const conflicting = compare({ nik }, { nik: '3212015205940777' });
    expect(evidenceOf(conflicting, 'nik')?.outcome).toBe('mismatch');
    expect(evidenceOf(conflicting, 'nik')?.weight).toBeLessThan(-5);
    expect(conflicting.weight).toBeLessThan(compare({}, {}).weight - 5);
  });

  it('missing values weigh nothing either way', () => {
    const full = compare({}, {});
    const noBirth = compare({}, { birthDate: null });
    expect(evidenceOf(noBirth, 'birth')).toMatchObject({ outcome: 'missing', weight: 0 });
    const others = (r: typeof full) =>
      r.evidence.filter((e) => e.field !== 'birth').reduce((s, e) => s + e.weight, 0);
    expect(others(noBirth)).toBeCloseTo(others(full), 5);
  });

  it('reads birth date, sex and district from a NIK when the record lacks them', () => {
    expect(nikFacts('3212015205940001', 2023)).toEqual({
      birthDate: '1994-05-12',
      sex: 'female',
      regency: '32.12',
    });
    const r = compare(
      { birthDate: null, sex: null, regionCode: null, nik: '3212015205940001' },
      {},
    );
    expect(evidenceOf(r, 'birth')?.outcome).toBe('match');
    expect(evidenceOf(r, 'origin')?.outcome).toBe('match');
  });

  it('evidence words the comparison in both languages without quoting any value', () => {
    const r = compare(
      { name: 'Siti Aminah', nik: '3212015205940001', passport: 'C1234567' },
      { name: 'Siti Aminah', nik: '3212015205940001', passport: 'C1234567' },
    );
    const text = JSON.stringify(r.evidence);
    for (const value of ['Siti', 'siti', 'Aminah', '3212015205940001', 'C1234567', '1994'])
      expect(text).not.toContain(value);
    for (const e of r.evidence) {
      expect(e.detail.id.length).toBeGreaterThan(3);
      expect(e.detail.en.length).toBeGreaterThan(3);
    }
  });
});
