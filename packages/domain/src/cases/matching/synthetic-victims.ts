import {
  CULTURE_WEIGHTS,
  CULTURES,
  DESTINATIONS,
  FATHERS,
  type NameCulture,
  SOURCES,
} from './synthetic-names.js';
import { birthDateSlip, noisyName, type Random, seededRandom } from './synthetic-noise.js';
import type { VictimForMatch } from './victim-record.js';

/**
 * A labelled synthetic set of victim records for measuring the duplicate search: people as
 * several institutions recorded them (with the noise of synthetic-noise.ts), siblings recorded
 * with the same father's or family name, and different people who share a common name. Every
 * record knows which person it is, so precision and recall can be computed. Deterministic by seed.
 */
export type SyntheticVictim = {
  /** The person behind the record: records with the same personId are true duplicates. */
  personId: number;
  source: (typeof SOURCES)[number];
  victim: VictimForMatch;
};

export type SyntheticOptions = {
  seed: number;
  records: number;
  /** Share of people recorded by two institutions, and by three. */
  twice?: number;
  thrice?: number;
  /** Share of people who have a sibling among the victims. */
  siblings?: number;
  /** Share of people with the very name of another victim (namesakes, same region's naming). */
  namesakes?: number;
};

type Person = {
  id: number;
  female: boolean;
  parts: string[];
  father: string | null;
  birthDate: string;
  regency: string;
  kecamatan: number;
  nik: string;
  passport: string | null;
  citizenship: string;
  destination: (typeof DESTINATIONS)[number];
  exploitedOn: number;
};

const DAY = 86_400_000;

/** Kabupaten/kota of each province among the cultures' regions (another district, same province). */
const REGENCIES_OF = new Map<string, string[]>();
for (const r of CULTURES.flatMap((c) => c.regencies)) {
  const province = r.slice(0, 2);
  REGENCIES_OF.set(province, [...(REGENCIES_OF.get(province) ?? []), r]);
}
const iso = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** An item drawn with probability proportional to its weight. */
function weighted<T>(items: readonly T[], weightOf: (item: T) => number, rnd: Random): T {
  let r = rnd.next() * items.reduce((s, i) => s + weightOf(i), 0);
  for (const i of items) {
    r -= weightOf(i);
    if (r <= 0) return i;
  }
  return items[items.length - 1] as T;
}

function cultureOf(rnd: Random): NameCulture {
  return weighted(CULTURES, (c) => CULTURE_WEIGHTS[CULTURES.indexOf(c)] as number, rnd);
}

function nikOf(
  regency: string,
  kecamatan: number,
  birthDate: string,
  female: boolean,
  rnd: Random,
) {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const day = Number(d) + (female ? 40 : 0);
  return `${regency.replace('.', '')}${pad(kecamatan)}${pad(day)}${m}${y.slice(2)}${pad(rnd.int(1, 9999), 4)}`;
}

const VOWEL = /[aeiou]/;

/**
 * A name of the region's shape that the list does not hold: the front of one listed name and
 * the back of another, cut after a vowel ("Sukarti" + "Warsini" → "Sukasini"). Real name stocks
 * have a long tail of rare names; without it the set would hold far more namesakes than life.
 */
function rareName(names: readonly string[], rnd: Random): string {
  const x = rnd.pick(names);
  const y = rnd.pick(names).toLowerCase();
  let cut = Math.max(1, Math.floor(x.length / 2));
  while (cut < x.length - 1 && !VOWEL.test(x[cut - 1] as string)) cut++;
  let from = Math.floor(y.length / 2);
  while (from > 0 && VOWEL.test(y[from] as string)) from--;
  return x.slice(0, cut) + y.slice(from);
}

/** A name from the list (common ones more often) or, for a share of people, a rare one. */
function nameFrom(names: readonly string[], rnd: Random): string {
  return rnd.chance(0.4) ? rareName(names, rnd) : rnd.common(names);
}

function givenNames(culture: NameCulture, female: boolean, rnd: Random): string[] {
  const first = nameFrom(female ? culture.female : culture.male, rnd);
  if (rnd.chance(culture.mononym)) return [first];
  const parts = [first];
  if (culture.clan && rnd.chance(0.3))
    parts.push(nameFrom(female ? culture.female : culture.male, rnd));
  parts.push(nameFrom(culture.second, rnd));
  return [...new Set(parts)];
}

function makePerson(id: number, rnd: Random, sibling?: Person, namesake?: Person): Person {
  const related = sibling ?? namesake;
  const culture = related
    ? (CULTURES.find((c) => c.regencies.includes(related.regency)) as NameCulture)
    : cultureOf(rnd);
  const female = namesake ? namesake.female : rnd.chance(0.62);
  let parts = namesake ? [...namesake.parts] : givenNames(culture, female, rnd);
  // siblings share the family name (marga, fam) and the father, not the given name
  if (sibling && culture.clan)
    parts = [nameFrom(female ? culture.female : culture.male, rnd), sibling.parts.at(-1) as string];
  // parents do not give two children the same first name
  while (sibling && parts[0] === sibling.parts[0])
    parts[0] = nameFrom(female ? culture.female : culture.male, rnd);
  const exploitedOn =
    sibling && rnd.chance(0.5) ? sibling.exploitedOn + rnd.int(-20, 20) : rnd.int(17_500, 20_000);
  const twin = sibling && rnd.chance(0.03);
  const birthDay = twin
    ? Math.floor(Date.parse((sibling as Person).birthDate) / DAY)
    : sibling
      ? Math.floor(Date.parse(sibling.birthDate) / DAY) + rnd.pick([-1, 1]) * rnd.int(400, 3600)
      : exploitedOn - rnd.int(14 * 365, 45 * 365);
  const birthDate = iso(birthDay);
  const regency = sibling?.regency ?? rnd.pick(culture.regencies);
  const kecamatan = sibling?.kecamatan ?? rnd.int(1, 24);
  const destination =
    sibling && rnd.chance(0.6) ? sibling.destination : weighted(DESTINATIONS, (d) => d.weight, rnd);
  const abroad = destination.country !== 'ID';
  return {
    id,
    female,
    parts,
    father: sibling ? sibling.father : culture.patronymic ? rnd.common(FATHERS) : null,
    birthDate,
    regency,
    kecamatan,
    nik: nikOf(regency, kecamatan, birthDate, female, rnd),
    passport:
      abroad && rnd.chance(0.6)
        ? `${rnd.pick(['A', 'B', 'C', 'X'])}${rnd.int(1_000_000, 9_999_999)}`
        : null,
    citizenship: 'ID',
    destination,
    exploitedOn,
  };
}

/** One institution's record of a person. The first record of a person is the cleaner one. */
function recordOf(p: Person, rnd: Random, heavy: boolean): VictimForMatch {
  const identifiedOn = p.exploitedOn + rnd.int(20, 420);
  const ageOn = iso(identifiedOn);
  const age = Math.floor((identifiedOn - Math.floor(Date.parse(p.birthDate) / DAY)) / 365.25);
  const birthMode = rnd.next();
  const region = rnd.next();
  const [province] = p.regency.split('.');
  const otherRegency = rnd.pick(REGENCIES_OF.get(province as string) ?? [p.regency]);
  const exploitDate = rnd.chance(0.8) ? iso(p.exploitedOn + rnd.int(-45, 45)) : null;
  return {
    name: noisyName(p.parts, rnd, { father: p.father, female: p.female, heavy }),
    sex: rnd.chance(0.03) ? null : p.female ? 'female' : 'male',
    birthDate:
      birthMode < 0.6 ? (rnd.chance(0.04) ? birthDateSlip(p.birthDate, rnd) : p.birthDate) : null,
    birthYear: birthMode >= 0.6 && birthMode < 0.65 ? Number(p.birthDate.slice(0, 4)) : null,
    // a stated age is sometimes a year off: people are not always sure of it
    age:
      birthMode >= 0.65 && birthMode < 0.93
        ? age + (rnd.chance(0.06) ? rnd.pick([-1, 1]) : 0)
        : null,
    ageOn,
    regionCode:
      region < 0.1
        ? null
        : region < 0.2
          ? (province ?? null)
          : region < 0.24
            ? otherRegency
            : p.regency,
    nik: rnd.chance(0.45)
      ? rnd.chance(0.03)
        ? `${p.nik.slice(0, 15)}${rnd.int(0, 9)}`
        : p.nik
      : null,
    passport: p.passport && rnd.chance(0.5) ? p.passport : null,
    citizenship: rnd.chance(0.85) ? p.citizenship : null,
    events: rnd.chance(0.85)
      ? [
          {
            type: 'exploitation',
            date: exploitDate,
            regionCode: 'region' in p.destination ? p.destination.region : null,
            countryCode: p.destination.country,
          },
        ]
      : [],
  };
}

export function generateSyntheticVictims(options: SyntheticOptions): SyntheticVictim[] {
  const rnd = seededRandom(options.seed);
  const twice = options.twice ?? 0.16;
  const thrice = options.thrice ?? 0.035;
  const siblingShare = options.siblings ?? 0.08;
  const namesakeShare = options.namesakes ?? 0.03;
  const out: SyntheticVictim[] = [];
  let personId = 0;
  let lastPerson: Person | null = null;
  while (out.length < options.records) {
    const r0 = rnd.next();
    const sibling = lastPerson && r0 < siblingShare ? lastPerson : undefined;
    const namesake =
      lastPerson && r0 >= siblingShare && r0 < siblingShare + namesakeShare
        ? lastPerson
        : undefined;
    const person = makePerson(personId++, rnd, sibling, namesake);
    lastPerson = person;
    const r = rnd.next();
    const count = Math.min(
      options.records - out.length,
      r < thrice ? 3 : r < thrice + twice ? 2 : 1,
    );
    const sources = [...SOURCES];
    for (let i = sources.length - 1; i > 0; i--) {
      const j = rnd.int(0, i);
      [sources[i], sources[j]] = [
        sources[j] as SyntheticVictim['source'],
        sources[i] as SyntheticVictim['source'],
      ];
    }
    for (let k = 0; k < count; k++)
      out.push({
        personId: person.id,
        source: sources[k] as SyntheticVictim['source'],
        victim: recordOf(person, rnd, k > 0),
      });
  }
  // the order institutions' lists arrive in says nothing about who is who
  for (let i = out.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [out[i], out[j]] = [out[j] as SyntheticVictim, out[i] as SyntheticVictim];
  }
  return out;
}
