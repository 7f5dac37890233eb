import { ageOn, isMinor } from '@sigap/domain';
import type { PersonIdentity } from '../cases/person-crypto.js';
import type { Reporter } from './demo-cases-data.js';
import {
  COMPANY_ABROAD,
  COMPANY_WORDS,
  FATHERS,
  type NamePool,
  namePool,
} from './demo-cases-data-names.js';
import { type DemoPerson, pickWeighted, plusDays, provinceOf, sample } from './seed-cases-model.js';
import type { Random } from './seed-plans-random.js';

/**
 * Synthetic people. A victim is first generated as a "true" person; each institution that
 * records them writes what it knows, the way it knows it: the foreign ministry from the passport,
 * the police and social services from the ID card or the victim's own account (often an age, not
 * a birth date). Records of one person by several institutions then differ as real ones do:
 * old spellings (Soeharti/Suharti, Djoko/Joko), name order, bin/binti and the father's name, a
 * dropped family name, typing slips, capitals, titles, a missing birth date.
 */
export type TruePerson = {
  pool: NamePool;
  given: string;
  family: string | null;
  father: string;
  sex: 'female' | 'male';
  birthDate: string;
  home: string;
  nik: string;
  passport: string | null;
  phone: string;
  rt: string;
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

export function truePerson(
  rng: Random,
  home: string,
  sex: 'female' | 'male',
  age: number,
  onDate: string,
  abroad: boolean,
): TruePerson {
  const pool = namePool(provinceOf(home));
  const given = rng.pick(sex === 'female' ? pool.female : pool.male);
  const withFamily = given.includes(' ') ? rng.chance(0.3) : rng.chance(pool.marga ? 0.95 : 0.55);
  const birthDate = plusDays(onDate, -(age * 365 + Math.floor(age / 4) + rng.int(1, 364)));
  const [y, m, d] = birthDate.split('-');
  // kecamatan "00" does not exist, so a synthetic NIK can never be a real person's
  const dd = pad(Number(d) + (sex === 'female' ? 40 : 0), 2);
  return {
    pool,
    given,
    family: withFamily ? rng.pick(pool.family) : null,
    father: rng.pick(FATHERS),
    sex,
    birthDate,
    home,
    nik: `${home.replace('.', '')}00${dd}${m}${y?.slice(2)}${pad(rng.int(1, 9999), 4)}`,
    passport: abroad && rng.chance(0.7) ? `Z${pad(rng.int(0, 9_999_999), 7)}` : null,
    phone: `0800-0000-${pad(rng.int(0, 9999), 4)}`,
    rt: `RT ${pad(rng.int(1, 15), 3)}/RW ${pad(rng.int(1, 8), 3)}`,
  };
}

export const fullName = (t: TruePerson) => (t.family ? `${t.given} ${t.family}` : t.given);

/** Pre-1972 spelling of one part, where the part has a letter the reform changed. */
function oldSpelling(part: string): string | null {
  const rules: Array<[RegExp, string]> = [
    [/([^aeiou])u/, '$1oe'],
    [/^J/, 'Dj'],
    [/([aeiou])j/, '$1dj'],
    [/^C/, 'Tj'],
    [/([aeiou])c/, '$1tj'],
    [/^Y/, 'J'],
    [/sy/, 'sj'],
  ];
  for (const [re, to] of rules) if (re.test(part)) return part.replace(re, to);
  return null;
}

/** A slip of the keyboard in a part of five letters or more. */
function typo(rng: Random, part: string): string {
  const i = rng.int(1, part.length - 3);
  switch (rng.int(0, 2)) {
    case 0:
      return part.slice(0, i) + (part[i + 1] ?? '') + (part[i] ?? '') + part.slice(i + 2);
    case 1:
      return part.slice(0, i) + (part[i] ?? '') + part.slice(i);
    default:
      return part.slice(0, i) + part.slice(i + 1);
  }
}

type NameOp = 'spelling' | 'order' | 'patronymic' | 'short' | 'typo' | 'capitals' | 'title';

/** The name as one more institution wrote it: one or two variations of the true name. */
export function variantName(rng: Random, t: TruePerson): string {
  const ops: NameOp[] = [];
  const draws = rng.chance(0.12) ? 0 : rng.chance(0.65) ? 1 : 2;
  const menu: Array<[NameOp, number]> = [
    ['spelling', 30],
    ['order', 12],
    [t.pool.patronymic ? 'patronymic' : 'short', 18],
    ['short', 8],
    ['typo', 18],
    ['capitals', 10],
    ['title', 6],
  ];
  for (let i = 0; i < draws; i++) ops.push(pickWeighted(rng, menu));
  let parts = fullName(t).split(' ');
  for (const op of new Set(ops)) {
    const at = rng.int(0, parts.length - 1);
    const part = parts[at] ?? '';
    if (op === 'spelling') {
      const old = parts.map(oldSpelling).findIndex((p) => p !== null);
      if (old >= 0) parts[old] = oldSpelling(parts[old] ?? '') ?? parts[old] ?? '';
    } else if (op === 'order' && parts.length > 1)
      parts = [...parts.slice(-1), ...parts.slice(0, -1)];
    else if (op === 'patronymic') parts.push(t.sex === 'female' ? 'binti' : 'bin', t.father);
    else if (op === 'short' && t.family && parts.length > 1) parts = t.given.split(' ');
    else if (op === 'typo' && part.length >= 5) parts[at] = typo(rng, part);
  }
  let name = parts.join(' ');
  if (ops.includes('capitals')) name = name.toUpperCase();
  if (ops.includes('title')) name = `${t.sex === 'female' ? 'Sdri.' : 'Sdr.'} ${name}`;
  return name;
}

/** What each kind of institution usually knows of a victim it records. */
const KNOWS: Record<Reporter, { birth: number; nik: number; passport: number; contact: number }> = {
  KEMLU: { birth: 0.8, nik: 0.15, passport: 0.9, contact: 0.35 },
  BP2MI: { birth: 0.7, nik: 0.7, passport: 0.6, contact: 0.4 },
  POLRI: { birth: 0.6, nik: 0.6, passport: 0.3, contact: 0.35 },
  KEMENSOS: { birth: 0.5, nik: 0.55, passport: 0.1, contact: 0.3 },
  UPTD: { birth: 0.5, nik: 0.45, passport: 0.1, contact: 0.45 },
  SAPA: { birth: 0.25, nik: 0.1, passport: 0.05, contact: 0.8 },
};

export type VictimFacts = {
  reporter: Reporter;
  reportedOn: string;
  /** Another institution's record of a person already recorded: write it with variations. */
  variant: boolean;
  regencyName: string;
  decidedBy: string;
  status: string;
};

/** One institution's record of a victim. */
export function victimRecord(rng: Random, t: TruePerson, f: VictimFacts): DemoPerson {
  const k = KNOWS[f.reporter];
  const trueAge = ageOn(t.birthDate, f.reportedOn) ?? 0;
  let birthDate = rng.chance(k.birth) ? t.birthDate : null;
  if (birthDate && f.variant && rng.chance(0.06)) {
    // day and month swapped on entry (12/03 for 03/12)
    const [y, m, d] = birthDate.split('-');
    if (Number(d) <= 12 && d !== m) birthDate = `${y}-${d}-${m}`;
  }
  const age = birthDate
    ? ageOn(birthDate, f.reportedOn)
    : Math.max(1, trueAge + (rng.chance(0.2) ? rng.pick([-1, 1]) : 0));
  const passport = t.passport && rng.chance(k.passport) ? t.passport : null;
  const identity: PersonIdentity = {
    name: f.variant ? variantName(rng, t) : fullName(t),
    nik: rng.chance(k.nik) ? t.nik : null,
    passport:
      passport && f.variant && rng.chance(0.3) ? `${passport[0]} ${passport.slice(1)}` : passport,
    contact: rng.chance(k.contact) ? t.phone : null,
    address: rng.chance(0.55) ? `${t.rt}, ${f.regencyName} (alamat demo)` : null,
    birthDate,
  };
  return {
    role: 'victim',
    identity,
    sex: t.sex,
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
    age,
    minor: age === null ? null : isMinor(age),
    citizenship: 'ID',
    disability: rng.chance(0.04)
      ? rng.pick(['physical', 'intellectual', 'mental', 'sensory'])
      : 'none',
    homeRegion: f.variant && rng.chance(0.08) ? provinceOf(t.home) : t.home,
    traffickingStatus: f.status,
    decidedBy: f.decidedBy,
    relation: rng.pick(['acquainted', 'acquainted', 'family', 'stranger', 'stranger']),
    perpetratorRoles: [],
    perpetratorKind: null,
    sourceRecordId: null,
  };
}

const person = (role: DemoPerson['role'], name: string, rest: Partial<DemoPerson>): DemoPerson => ({
  role,
  identity: { name, nik: null, passport: null, contact: null, address: null, birthDate: null },
  sex: null,
  birthYear: null,
  age: null,
  minor: null,
  citizenship: 'ID',
  disability: null,
  homeRegion: null,
  traffickingStatus: null,
  decidedBy: null,
  relation: null,
  perpetratorRoles: [],
  perpetratorKind: 'individual',
  sourceRecordId: null,
  ...rest,
});

/** A recruiter, transporter, harbourer or exploiter; a company for agencies and compounds. */
export function perpetrator(
  rng: Random,
  home: string,
  roles: string[],
  company: string | null,
  citizenship = 'ID',
): DemoPerson {
  if (company)
    return person('perpetrator', company, {
      sex: null,
      citizenship,
      perpetratorKind: 'corporate',
      perpetratorRoles: roles,
    });
  const pool = namePool(provinceOf(home));
  const sex = rng.chance(0.7) ? 'male' : 'female';
  const given = rng.pick(sex === 'female' ? pool.female : pool.male);
  const name = rng.chance(0.6) ? `${given} ${rng.pick(pool.family)}` : given;
  return person('perpetrator', rng.chance(0.15) ? `${name} alias ${rng.pick(pool.male)}` : name, {
    sex,
    age: rng.int(24, 62),
    minor: false,
    homeRegion: home,
    perpetratorRoles: roles,
  });
}

/** A family member who reported or witnessed the recruitment. */
export function witness(rng: Random, home: string): DemoPerson {
  const pool = namePool(provinceOf(home));
  const sex = rng.chance(0.5) ? 'male' : 'female';
  const given = rng.pick(sex === 'female' ? pool.female : pool.male);
  return person('witness', pool.marga ? `${given} ${rng.pick(pool.family)}` : given, {
    sex,
    age: rng.int(25, 65),
    minor: false,
    homeRegion: home,
    perpetratorKind: null,
  });
}

/** The people who recruited, moved, held and exploited the victims of one case. */
export function casePerpetrators(
  rng: Random,
  corporateShare: number,
  origin: string,
  where: string,
  country: string,
) {
  const n = pickWeighted(rng, [
    [0, 50],
    [1, 43],
    [2, 6],
    [3, 1],
  ] as const);
  const later =
    country === 'ID'
      ? ['harbourer', 'exploiter', 'transporter', 'controller']
      : ['transporter', 'broker', 'exploiter', 'harbourer'];
  const people: DemoPerson[] = [];
  for (let i = 0; i < n; i++) {
    const role = i === 0 ? 'recruiter' : rng.pick(later);
    const roles = rng.chance(0.2) && role !== 'recruiter' ? [role, 'recruiter'] : [role];
    const corporate = role !== 'transporter' && role !== 'harbourer' && rng.chance(corporateShare);
    const abroad = corporate && role === 'exploiter' && country !== 'ID';
    const company = !corporate
      ? null
      : abroad
        ? `${rng.pick(COMPANY_ABROAD)} (fiktif)`
        : `PT ${sample(rng, COMPANY_WORDS, 3).join(' ')} (fiktif)`;
    people.push(
      perpetrator(rng, i === 0 ? origin : where, roles, company, abroad ? country : 'ID'),
    );
  }
  return people;
}
