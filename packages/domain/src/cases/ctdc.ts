import { ageBand, CTDC_AGE_BANDS } from './age.js';
import {
  CTDC_COLUMNS,
  CTDC_EXPLOITATION_FLAGS,
  CTDC_LABELS,
  CTDC_LABOUR_TYPES,
  CTDC_MEANS_OF_CONTROL,
  CTDC_RECRUITER_RELATIONS,
  CTDC_SEX_TYPES,
  type CtdcColumn,
  type CtdcRecord,
  EXPLOITATION_TO_CTDC,
  MEANS_KNOWN,
  MEANS_TO_CTDC,
  MODUS_TO_CTDC,
  RECRUITER_TO_CTDC,
} from './ctdc-columns.js';
import { DROPPED, kAnonymise, MISSING, type QiValue } from './k-anonymity.js';
import { csvLine } from './stats-csv.js';

/**
 * One unique victim (a cluster of merged records) as the CTDC export needs it: only
 * non-identifying facts, never a name, a document number or a date of birth.
 */
export type CtdcVictimFacts = {
  /** Year the case was registered (the victim's most recent record). */
  registrationYear: number | null;
  /** case_source code. */
  source: string | null;
  sex: string | null;
  /** Age at identification, as recorded or worked out from the birth year. */
  age: number | null;
  birthYear: number | null;
  /** ISO 3166-1 alpha-2. */
  citizenship: string | null;
  /** Year of the last exploitation event and of the first recruitment event. */
  exploitationYear: number | null;
  recruitmentYear: number | null;
  /** ISO 3166-1 alpha-2 of the last exploitation event (ID for Indonesia). */
  countryOfExploitation: string | null;
  exploitationTypes: readonly string[];
  modus: readonly string[];
  meansOfControl: readonly string[];
  recruiterRelation: string | null;
};

type Majority = 'Adult' | 'Minor' | typeof MISSING;

/** Adult or minor when the whole range of possible ages says so, else unknown. */
function majority(lo: number, hi: number): Majority {
  if (hi < 18) return 'Minor';
  if (lo >= 18) return 'Adult';
  return MISSING;
}

/** The ages a victim may have had in `year`: a birth year leaves a year's doubt either way. */
function agesIn(f: CtdcVictimFacts, year: number | null): [number, number] | null {
  if (year === null) return null;
  if (f.birthYear !== null) return [year - f.birthYear - 1, year - f.birthYear];
  if (f.age !== null && f.registrationYear !== null) {
    const shift = year - f.registrationYear;
    return [f.age + shift - 1, f.age + shift + 1];
  }
  return null;
}

function majorityIn(f: CtdcVictimFacts, year: number | null): Majority {
  const r = agesIn(f, year);
  return r ? majority(r[0], r[1]) : MISSING;
}

const iso2 = (v: string | null) => (v && /^[A-Z]{2}$/.test(v) ? v : MISSING);
const joined = (cols: readonly CtdcColumn[], rec: CtdcRecord) => {
  const names = cols.filter((c) => rec[c] === 1).map((c) => CTDC_LABELS[c] ?? c);
  return names.length ? names.join('; ') : MISSING;
};

/** The CTDC row of one victim, before any suppression. */
export function ctdcRecord(f: CtdcVictimFacts): CtdcRecord {
  const rec = Object.fromEntries(CTDC_COLUMNS.map((c) => [c, MISSING])) as CtdcRecord;
  rec.yearOfRegistration = f.registrationYear ?? MISSING;
  rec.Datasource =
    f.source === null ? MISSING : f.source === 'hotline' ? 'Hotline' : 'Case Management';
  rec.gender = f.sex === 'female' ? 'Female' : f.sex === 'male' ? 'Male' : MISSING;
  const ages: [number, number] | null =
    f.age !== null ? [f.age, f.age] : agesIn(f, f.registrationYear);
  if (ages) {
    const lo = ageBand(CTDC_AGE_BANDS, ages[0]);
    rec.ageBroad = lo !== null && lo === ageBand(CTDC_AGE_BANDS, ages[1]) ? lo : MISSING;
    rec.majorityStatus = majority(ages[0], ages[1]);
  }
  rec.majorityStatusAtExploit = majorityIn(f, f.exploitationYear);
  rec.majorityEntry = majorityIn(f, f.recruitmentYear);
  rec.citizenship = iso2(f.citizenship);
  rec.CountryOfExploitation = iso2(f.countryOfExploitation);

  const means = new Set(f.meansOfControl.map((m) => MEANS_TO_CTDC[m]).filter((m) => m));
  if (f.meansOfControl.length > 0) {
    for (const c of CTDC_MEANS_OF_CONTROL)
      rec[c] = means.has(c) ? 1 : MEANS_KNOWN.has(c) ? 0 : MISSING;
    rec.meansOfControlNotSpecified = 0;
    rec.meansOfControlConcatenated = joined(CTDC_MEANS_OF_CONTROL, rec);
  } else rec.meansOfControlNotSpecified = 1;

  fillExploitation(f, rec);

  const relation = f.recruiterRelation ? RECRUITER_TO_CTDC[f.recruiterRelation] : undefined;
  if (relation) {
    // Sigap does not record an intimate partner apart from family or acquaintances
    for (const c of CTDC_RECRUITER_RELATIONS)
      rec[c] = c === relation.column ? 1 : c === 'recruiterRelationIntimatePartner' ? MISSING : 0;
    rec.recruiterRelationUnknown = 0;
    rec.RecruiterRelationship = relation.label;
  } else rec.recruiterRelationUnknown = 1;
  return rec;
}

function fillExploitation(f: CtdcVictimFacts, rec: CtdcRecord) {
  const flags = new Set<string>();
  const labour = new Set<string>();
  const conditional = new Set<string>();
  for (const t of f.exploitationTypes) {
    const m = EXPLOITATION_TO_CTDC[t];
    if (!m) continue;
    flags.add(m.flag);
    if (m.labour) labour.add(m.labour);
  }
  for (const code of f.modus) {
    const m = MODUS_TO_CTDC[code];
    if (!m) continue;
    if (m.flag) flags.add(m.flag);
    if (m.labour) (m.labourOnlyIfForced ? conditional : labour).add(m.labour);
  }
  if (flags.size === 0) return; // nothing recorded: every flag stays -99
  for (const c of CTDC_EXPLOITATION_FLAGS) rec[c] = flags.has(c) ? 1 : 0;
  rec.isSexAndLabour = flags.has('isForcedLabour') && flags.has('isSexualExploit') ? 1 : 0;
  rec.typeOfExploitConcatenated = joined(
    CTDC_EXPLOITATION_FLAGS.filter((c) => c !== 'isSexAndLabour'),
    rec,
  );
  if (rec.isForcedLabour !== 1) return;
  for (const c of conditional) labour.add(c);
  if (labour.size === 0) {
    rec.typeOfLabourNotSpecified = 1;
    return;
  }
  for (const c of CTDC_LABOUR_TYPES) rec[c] = labour.has(c) ? 1 : 0;
  rec.typeOfLabourNotSpecified = 0;
  rec.typeOfLabourConcatenated = joined(CTDC_LABOUR_TYPES, rec);
}

/**
 * The quasi-identifiers, each with the columns it hides when suppressed. The exploitation detail
 * (sector of labour, kind of sexual exploitation) goes before the form of exploitation itself.
 */
export const CTDC_QUASI_IDENTIFIERS: ReadonlyArray<{
  name: string;
  columns: readonly CtdcColumn[];
}> = [
  { name: 'yearOfRegistration', columns: ['yearOfRegistration'] },
  { name: 'ageBroad', columns: ['ageBroad'] },
  { name: 'majorityStatus', columns: ['majorityStatus'] },
  { name: 'majorityStatusAtExploit', columns: ['majorityStatusAtExploit'] },
  { name: 'majorityEntry', columns: ['majorityEntry'] },
  { name: 'CountryOfExploitation', columns: ['CountryOfExploitation'] },
  { name: 'citizenship', columns: ['citizenship'] },
  {
    name: 'exploitationDetail',
    columns: [
      ...CTDC_LABOUR_TYPES,
      'typeOfLabourNotSpecified',
      'typeOfLabourConcatenated',
      ...CTDC_SEX_TYPES,
      'typeOfSexConcatenated',
    ],
  },
  {
    name: 'exploitationType',
    columns: [...CTDC_EXPLOITATION_FLAGS, 'typeOfExploitConcatenated'],
  },
  { name: 'gender', columns: ['gender'] },
];

/**
 * The order QIs are given up in (positions in CTDC_QUASI_IDENTIFIERS): year first, then the
 * precise age band (the adult/minor status stays), country of exploitation, citizenship, the
 * adult/minor statuses, the sector of exploitation, the form of exploitation, and sex last.
 */
export const CTDC_SUPPRESSION_STEPS: readonly (readonly number[])[] = [
  [0],
  [1],
  [5],
  [6],
  [2, 3, 4],
  [7],
  [8],
  [9],
];

/** A QI's value in a record: its single column, or all its columns together. */
export function ctdcQi(rec: CtdcRecord): QiValue[] {
  return CTDC_QUASI_IDENTIFIERS.map(({ columns }) => {
    if (columns.length === 1) return rec[columns[0] as CtdcColumn];
    const values = columns.map((c) => rec[c]);
    return values.every((v) => v === MISSING) ? MISSING : values.join(',');
  });
}

/** The record as published at a suppression level (or null when dropped). */
export function suppressedRecord(rec: CtdcRecord, level: number): CtdcRecord | null {
  if (level === DROPPED) return null;
  const out = { ...rec };
  for (let s = 0; s < level; s++)
    for (const q of CTDC_SUPPRESSION_STEPS[s] ?? [])
      for (const c of CTDC_QUASI_IDENTIFIERS[q]?.columns ?? []) out[c] = MISSING;
  return out;
}

export type CtdcReport = {
  k: number;
  quasiIdentifiers: string[];
  suppressionOrder: string[][];
  rowsIn: number;
  rowsOut: number;
  rowsDropped: number;
  /** Rows of large classes fully suppressed to complete the class of fully suppressed rows. */
  rowsFullySuppressedToPad: number;
  classes: number;
  smallestClass: number;
  /** Per column: values that were present and were replaced by -99. */
  suppressedValues: Partial<Record<CtdcColumn, number>>;
};

export type CtdcAnonymised = { levels: Uint8Array; report: CtdcReport };

export function anonymiseCtdc(facts: readonly CtdcVictimFacts[], k: number): CtdcAnonymised {
  const result = kAnonymise({
    rows: facts.map((f) => ctdcQi(ctdcRecord(f))),
    k,
    steps: CTDC_SUPPRESSION_STEPS,
  });
  const suppressedValues: Partial<Record<CtdcColumn, number>> = {};
  facts.forEach((f, i) => {
    const level = result.levels[i] as number;
    if (level === 0 || level === DROPPED) return;
    const rec = ctdcRecord(f);
    const out = suppressedRecord(rec, level) as CtdcRecord;
    for (const c of CTDC_COLUMNS)
      if (rec[c] !== MISSING && out[c] === MISSING)
        suppressedValues[c] = (suppressedValues[c] ?? 0) + 1;
  });
  return {
    levels: result.levels,
    report: {
      k,
      quasiIdentifiers: CTDC_QUASI_IDENTIFIERS.map((q) => q.name),
      suppressionOrder: CTDC_SUPPRESSION_STEPS.map((s) =>
        s.map((q) => CTDC_QUASI_IDENTIFIERS[q]?.name ?? String(q)),
      ),
      rowsIn: facts.length,
      rowsOut: facts.length - result.dropped,
      rowsDropped: result.dropped,
      rowsFullySuppressedToPad: result.padded,
      classes: result.classes,
      smallestClass: result.smallestClass,
      suppressedValues,
    },
  };
}

/** The CSV file, line by line: the CTDC header, then one line per published victim. */
export function* ctdcCsvLines(
  facts: readonly CtdcVictimFacts[],
  anonymised: CtdcAnonymised,
): Generator<string> {
  yield csvLine(CTDC_COLUMNS);
  for (let i = 0; i < facts.length; i++) {
    const out = suppressedRecord(
      ctdcRecord(facts[i] as CtdcVictimFacts),
      anonymised.levels[i] as number,
    );
    if (out) yield csvLine(CTDC_COLUMNS.map((c) => out[c]));
  }
}
