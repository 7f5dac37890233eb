import {
  type BudgetSource,
  type IndicatorDirection,
  STRATEGY_CODES,
  type StrategyCode,
} from '@sigap/domain';

/**
 * Shapes of the demo action plans (RAN 2020–2024 and RADs). The matrix is INVENTED for the demo:
 * the Perpres 19/2023 annex text was not available (domain.md §1), so activities, indicators,
 * targets and budgets are credible, not quoted. Institutions are the real K/L of the reference
 * data, named by code.
 */
export type DemoIndicator = {
  name: string;
  /** Satuan (unit); "persen" values are year-to-date rates, every other unit is a count. */
  unit: string;
  direction: IndicatorDirection;
  /** Null: no baseline in the plan (the annex left it blank). */
  baseline: number | null;
  /** Targets by year; a year that is absent has no target. */
  targets: Record<string, number>;
  /** Targets changed by revision 2 of the plan (the mid-term review). */
  revisedTargets?: Record<string, number>;
};

/** Planned budget: per-year pagu, melekat (attached to the institution's allocation), or none. */
export type DemoBudget =
  | { kind: 'pagu'; source: BudgetSource; amounts: Record<string, number> }
  | { kind: 'attached'; source: BudgetSource }
  | { kind: 'none' };

export type DemoActivity = {
  code: string;
  title: string;
  /** Institution code of the penanggung jawab (national K/L or regional body). */
  responsible: string;
  related: string[];
  budget: DemoBudget;
  indicators: DemoIndicator[];
  /** Revision that added the activity (default 1) and the one that retired it, if any. */
  addedIn?: number;
  retiredIn?: number;
  /** For a RAD activity: code of the RAN activity it implements. */
  ranCode?: string;
  /** For a RAD template activity: only provinces' or only kabupaten/kota's plans have it. */
  level?: 'province' | 'regency';
};

export type DemoProgram = {
  strategy: StrategyCode;
  code: string;
  title: string;
  activities: DemoActivity[];
};

export type DemoRevision = {
  number: number;
  /** When the revision was entered (ISO date). */
  on: string;
  note: string;
  /** Demo account that entered it; null for the system (initial import). */
  by: string | null;
  /** The plan's legal basis as of this revision (a draft has none). */
  legalBasis: string | null;
};

export type DemoPlan = {
  /** Key of the stable ids: "ran-2020-2024", "rad-33". */
  key: string;
  kind: 'ran' | 'rad';
  regionCode: string | null;
  title: string;
  startYear: number;
  endYear: number;
  legalBasis: string;
  revisions: DemoRevision[];
  programs: DemoProgram[];
};

const DIRECTIONS: Record<string, IndicatorDirection> = {
  higher: 'higher_is_better',
  lower: 'lower_is_better',
  yesno: 'yes_no',
  attain: 'target_attainment',
};

// pagu relative to 2022: 2020 was cut by the COVID-19 budget refocusing, later years grow
const BUDGET_TREND: Record<number, number> = {
  2020: 0.7,
  2021: 0.9,
  2022: 1,
  2023: 1.05,
  2024: 1.1,
};

/** Targets for consecutive years from `firstYear`; "-" leaves a year without a target. */
function parseTargets(field: string, firstYear: number): Record<string, number> {
  const out: Record<string, number> = {};
  field.split(/\s+/).forEach((v, i) => {
    if (v !== '-') out[String(firstYear + i)] = Number(v);
  });
  return out;
}

/** "apbn 2400" (pagu of 2022 in millions of rupiah), "melekat apbd", or "-" (no pagu). */
function parseBudget(field: string, years: number[]): DemoBudget {
  if (field === '-') return { kind: 'none' };
  const [what, arg] = field.split(/\s+/);
  if (what === 'melekat' && (arg === 'apbn' || arg === 'apbd'))
    return { kind: 'attached', source: arg };
  if (what !== 'apbn' && what !== 'apbd' && what !== 'other') throw new Error(field);
  const amounts: Record<string, number> = {};
  for (const y of years)
    amounts[String(y)] = Math.round(Number(arg) * (BUDGET_TREND[y] ?? 1)) * 1e6;
  return { kind: 'pagu', source: what, amounts };
}

/**
 * Reads a matrix written like the annex, one record per line, fields separated by "|":
 *   P | code | strategy | program title
 *   A | code | responsible | related codes | budget | title [| added N | retired N | ran CODE]
 *   I | unit | higher, lower, yesno or attain | baseline or - | targets per year | name [| 2024=X]
 * Written as text because the matrix is read as a table; a malformed line throws (a test runs
 * every demo matrix).
 */
export function parseMatrix(text: string, years: { first: number; last: number }): DemoProgram[] {
  const planYears: number[] = [];
  for (let y = years.first; y <= years.last; y++) planYears.push(y);
  const programs: DemoProgram[] = [];
  let activity: DemoActivity | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const f = line.split('|').map((x) => x.trim());
    const at = (i: number): string => {
      const v = f[i];
      if (v === undefined || v === '')
        throw new Error(`demo matrix: field ${i} missing in "${line}"`);
      return v;
    };
    if (f[0] === 'P') {
      const strategy = STRATEGY_CODES.find((s) => s === at(2));
      if (!strategy) throw new Error(`demo matrix: unknown strategy in "${line}"`);
      programs.push({ code: at(1), strategy, title: at(3), activities: [] });
      activity = undefined;
    } else if (f[0] === 'A') {
      const program = programs.at(-1);
      if (!program) throw new Error(`demo matrix: activity before any program: "${line}"`);
      activity = {
        code: at(1),
        responsible: at(2),
        related: at(3) === '-' ? [] : at(3).split(/\s+/),
        budget: parseBudget(at(4), planYears),
        title: at(5),
        indicators: [],
      };
      for (const flag of f.slice(6)) {
        const [k, v = ''] = flag.split(/\s+/);
        if (k === 'added') activity.addedIn = Number(v);
        else if (k === 'retired') activity.retiredIn = Number(v);
        else if (k === 'ran') activity.ranCode = v;
        else if (k === 'level' && (v === 'province' || v === 'regency')) activity.level = v;
        else throw new Error(`demo matrix: unknown flag in "${line}"`);
      }
      program.activities.push(activity);
    } else if (f[0] === 'I') {
      const direction = DIRECTIONS[at(2)];
      if (!activity || !direction) throw new Error(`demo matrix: bad indicator "${line}"`);
      const revised = f[6] ? Object.fromEntries(f[6].split(/\s+/).map((p) => p.split('='))) : null;
      activity.indicators.push({
        unit: at(1),
        direction,
        baseline: at(3) === '-' ? null : Number(at(3)),
        targets: parseTargets(at(4), years.first),
        name: at(5),
        ...(revised
          ? {
              revisedTargets: Object.fromEntries(
                Object.entries(revised).map(([y, v]) => [y, Number(v)]),
              ),
            }
          : {}),
      });
    } else throw new Error(`demo matrix: unknown record "${line}"`);
  }
  return programs;
}

export const RAN_LEGAL_BASIS =
  'Peraturan Presiden Nomor 19 Tahun 2023 tentang Rencana Aksi Nasional Pencegahan dan ' +
  'Pemberantasan Tindak Pidana Perdagangan Orang Tahun 2020–2024';

/**
 * The RAN 2020–2024 was only enacted in February 2023 (Perpres 19/2023), three years into its own
 * period: institutions reported against the draft the task force agreed in 2020 (revision 1), and
 * the enacted text became revision 2, with one activity added, one dropped and two targets raised.
 */
export const RAN_REVISIONS: DemoRevision[] = [
  {
    number: 1,
    on: '2020-12-14',
    note: 'Rancangan RAN PP TPPO 2020–2024 yang disepakati rapat koordinasi Gugus Tugas; acuan pelaporan sejak 2021 (data demo)',
    by: null,
    legalBasis: null,
  },
  {
    number: 2,
    on: '2023-03-06',
    note: 'Penyesuaian dengan lampiran Perpres 19/2023 (data demo): target penyidikan dan pemulangan 2023–2024 dinaikkan, aksi penanganan WNI korban penipuan daring ditambahkan, aksi kode etik pariwisata digabung ke kampanye publik',
    by: 'admin@sigap.local',
    legalBasis: RAN_LEGAL_BASIS,
  },
];

/** Reporting settings of every demo plan: quarterly, 15 days to file, 30 days of grace. */
export const DEMO_REPORTING = {
  frequency: 'quarterly',
  deadlineDays: 15,
  closingGraceDays: 30,
} as const;
