import { describe, expect, it } from 'vitest';
import {
  ActivityInput,
  activityYearIssues,
  formatIssues,
  NonPlanActivityInput,
  PLAN_VALIDATION_MESSAGES,
  PlanCreate,
  PlanDocument,
  ProgressReportCreate,
  submissionGaps,
} from '../src/index.js';

const KEMENPPPA = '0e53defc-27c3-5d4f-813d-994b53c8f2ff';
const POLRI = '1b0a8f2e-5c4d-5e6f-8a9b-0c1d2e3f4a5b';
const RAN_ACTIVITY = '2c1b9f3e-6d5e-5f70-9bac-1d2e3f4a5b6c';

const paths = (r: {
  success: boolean;
  error?: { issues: Array<{ path: PropertyKey[]; message: string }> };
}) => (r.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]);

const plan = { kind: 'ran', title: 'RAN PP TPPO 2020–2024', startYear: 2020, endYear: 2024 };

const activity = () => ({
  code: '1.1.1',
  title: 'Sosialisasi pencegahan TPPO di daerah asal pekerja migran',
  responsibleInstitutionId: KEMENPPPA,
  relatedInstitutionIds: [POLRI],
  indicators: [
    {
      code: 'a',
      name: 'Jumlah peserta sosialisasi',
      unit: 'orang',
      direction: 'higher_is_better',
      baseline: 1000,
      targets: { '2021': 1500, '2022': 2000 },
    },
  ],
  budget: [
    { year: 2021, amount: 250_000_000, source: 'apbn', attached: false },
    { year: 2022, amount: null, source: 'apbn', attached: false },
  ],
});

describe('PlanCreate', () => {
  it('accepts a RAN with defaults for reporting', () => {
    expect(PlanCreate.parse(plan)).toEqual({
      ...plan,
      regionCode: null,
      legalBasis: null,
      reporting: { frequency: 'quarterly', deadlineDays: 15, closingGraceDays: 30 },
    });
  });

  it('ties the region to the kind: none for the RAN, a province or kabupaten/kota for a RAD', () => {
    const rad = { ...plan, kind: 'rad', title: 'RAD Jawa Tengah' };
    expect(PlanCreate.safeParse({ ...rad, regionCode: '33' }).success).toBe(true);
    expect(PlanCreate.safeParse({ ...rad, regionCode: '33.74' }).success).toBe(true);
    expect(paths(PlanCreate.safeParse(rad))).toEqual([['regionCode', 'plan_region_required']]);
    expect(paths(PlanCreate.safeParse({ ...rad, regionCode: '33.74.01' }))).toEqual([
      ['regionCode', 'plan_region_level'],
    ]);
    expect(paths(PlanCreate.safeParse({ ...plan, regionCode: '33' }))).toEqual([
      ['regionCode', 'plan_region_forbidden'],
    ]);
  });

  it('needs endYear ≥ startYear and at most 20 years', () => {
    expect(PlanCreate.safeParse({ ...plan, startYear: 2024, endYear: 2024 }).success).toBe(true);
    expect(paths(PlanCreate.safeParse({ ...plan, startYear: 2024, endYear: 2020 }))).toEqual([
      ['endYear', 'year_range'],
    ]);
    expect(paths(PlanCreate.safeParse({ ...plan, startYear: 2020, endYear: 2040 }))).toEqual([
      ['endYear', 'year_range'],
    ]);
    expect(PlanCreate.safeParse({ ...plan, startYear: 2020.5 }).success).toBe(false);
    expect(PlanCreate.safeParse({ ...plan, title: '  ' }).success).toBe(false);
  });

  it('has a message in both languages for every custom rule', () => {
    const r = PlanCreate.safeParse(
      { ...plan, startYear: 2024, endYear: 2020 },
      { reportInput: true },
    );
    expect(formatIssues((r.error?.issues ?? []) as never, 'en')[0]?.path).toBe('endYear');
    expect(PLAN_VALIDATION_MESSAGES.year_range?.id).toContain('Tahun berakhir');
    for (const m of Object.values(PLAN_VALIDATION_MESSAGES)) expect(m.id).not.toBe(m.en);
  });
});

describe('ActivityInput', () => {
  it('accepts an activity and defaults the optional parts', () => {
    const a = ActivityInput.parse(activity());
    expect(a.ranActivityId).toBeNull();
    expect(a.indicators[0]?.baselineYear).toBeNull();
  });

  it('refuses duplicate indicator codes, repeated and responsible related institutions', () => {
    const a = activity();
    a.indicators.push({ ...(a.indicators[0] as (typeof a.indicators)[0]) });
    a.relatedInstitutionIds = [POLRI, POLRI, KEMENPPPA];
    expect(paths(ActivityInput.safeParse(a))).toEqual([
      ['indicators.1.code', 'duplicate_code'],
      ['relatedInstitutionIds.1', 'duplicate_code'],
      ['relatedInstitutionIds.2', 'related_includes_responsible'],
    ]);
  });

  it('keeps one budget line per year and one source per activity', () => {
    const a = activity();
    a.budget.push({ year: 2021, amount: 1, source: 'apbd', attached: true });
    expect(paths(ActivityInput.safeParse(a))).toEqual([
      ['budget.2.year', 'budget_year_duplicate'],
      ['budget.2.source', 'budget_source_mixed'],
    ]);
  });

  it('refuses negative or fractional rupiah and codes with spaces', () => {
    const a = activity();
    (a.budget[0] as { amount: number }).amount = 1.5;
    expect(paths(ActivityInput.safeParse(a))[0]?.[0]).toBe('budget.0.amount');
    (a.budget[0] as { amount: number }).amount = -1;
    expect(paths(ActivityInput.safeParse(a))[0]?.[0]).toBe('budget.0.amount');
    expect(paths(ActivityInput.safeParse({ ...activity(), code: '1 1' }))).toEqual([
      ['code', 'matrix_code_format'],
    ]);
  });

  it('holds yes/no indicators to 0 and 1', () => {
    const a = activity();
    a.indicators = [
      {
        code: 'y',
        name: 'Perpres direvisi',
        unit: 'dokumen',
        direction: 'yes_no',
        baseline: 2,
        targets: { '2021': 0, '2022': 3 },
      },
    ];
    expect(paths(ActivityInput.safeParse(a))).toEqual([
      ['indicators.0.targets.2022', 'yes_no_value'],
      ['indicators.0.baseline', 'yes_no_value'],
    ]);
  });

  it('refuses a target key that is not a year', () => {
    const a = activity();
    (a.indicators[0] as { targets: Record<string, number> }).targets = { '21': 5 };
    expect(ActivityInput.safeParse(a).success).toBe(false);
  });
});

describe('PlanDocument', () => {
  const doc = () => ({
    ...plan,
    programs: [
      { strategy: 'pencegahan', code: '1.1', title: 'Edukasi publik', activities: [activity()] },
    ],
  });

  it('accepts a whole plan', () => {
    expect(PlanDocument.safeParse(doc()).success).toBe(true);
  });

  it('keeps targets, budgets and baselines inside the plan period', () => {
    const d = doc();
    const a = d.programs[0]?.activities[0];
    if (!a) throw new Error('fixture');
    (a.indicators[0] as { targets: Record<string, number> }).targets = {
      '2019': 1,
      '2024': 2,
      '2025': 3,
    };
    (a.indicators[0] as { baselineYear?: number }).baselineYear = 2026;
    a.budget = [{ year: 2025, amount: 1, source: 'apbn', attached: false }];
    expect(paths(PlanDocument.safeParse(d))).toEqual([
      ['programs.0.activities.0.indicators.0.targets.2019', 'target_year_outside_plan'],
      ['programs.0.activities.0.indicators.0.targets.2025', 'target_year_outside_plan'],
      ['programs.0.activities.0.indicators.0.baselineYear', 'baseline_year_outside_plan'],
      ['programs.0.activities.0.budget.0.year', 'budget_year_outside_plan'],
    ]);
  });

  it('refuses codes used twice and RAN links in the RAN itself', () => {
    const d = doc();
    const p = d.programs[0];
    if (!p) throw new Error('fixture');
    d.programs.push({
      ...p,
      activities: [{ ...activity(), ranActivityId: RAN_ACTIVITY } as never],
    });
    expect(paths(PlanDocument.safeParse(d))).toEqual([
      ['programs.1.code', 'duplicate_code'],
      ['programs.1.activities.0.code', 'duplicate_code'],
      ['programs.1.activities.0.ranActivityId', 'ran_link_on_ran'],
    ]);
    const rad = {
      ...d,
      kind: 'rad',
      regionCode: '53',
      programs: [{ ...p, activities: [{ ...activity(), ranActivityId: RAN_ACTIVITY }] }],
    };
    expect(PlanDocument.safeParse(rad).success).toBe(true);
  });

  it('reports the same year issues for a single activity', () => {
    const a = ActivityInput.parse(activity());
    expect(activityYearIssues(a, { startYear: 2022, endYear: 2022 })).toEqual([
      { path: ['indicators', 0, 'targets', '2021'], message: 'target_year_outside_plan' },
      { path: ['budget', 0, 'year'], message: 'budget_year_outside_plan' },
    ]);
  });
});

describe('progress reports', () => {
  const base = { indicatorId: KEMENPPPA, periodCode: '2022-TW3' };

  it('lets a draft be saved half done, with defaults', () => {
    expect(ProgressReportCreate.parse(base)).toEqual({
      ...base,
      realisedValue: null,
      realisedBudget: null,
      narrative: '',
      kendala: '',
      tindakLanjut: '',
      regionCodes: [],
    });
  });

  it('refuses bad period codes, negative values, fractional rupiah, bad and repeated regions', () => {
    expect(paths(ProgressReportCreate.safeParse({ ...base, periodCode: '2022-Q3' }))).toEqual([
      ['periodCode', 'period_code_format'],
    ]);
    expect(ProgressReportCreate.safeParse({ ...base, realisedValue: -1 }).success).toBe(false);
    expect(ProgressReportCreate.safeParse({ ...base, realisedBudget: 10.5 }).success).toBe(false);
    expect(paths(ProgressReportCreate.safeParse({ ...base, regionCodes: ['3'] }))).toEqual([
      ['regionCodes.0', 'region_code_format'],
    ]);
    expect(paths(ProgressReportCreate.safeParse({ ...base, regionCodes: ['33', '33'] }))).toEqual([
      ['regionCodes', 'duplicate_code'],
    ]);
    expect(ProgressReportCreate.safeParse({ ...base, evidence: [] }).success).toBe(false);
  });

  it('names what still stops a submit', () => {
    expect(
      submissionGaps({ realisedValue: null, narrative: ' ' }, 'higher_is_better').map(
        (g) => g.field,
      ),
    ).toEqual(['realisedValue', 'narrative']);
    expect(submissionGaps({ realisedValue: 2, narrative: 'Rapat koordinasi' }, 'yes_no')).toEqual([
      {
        field: 'realisedValue',
        message: {
          id: 'Indikator ya/tidak hanya menerima 1 (ya) atau 0 (tidak)',
          en: 'A yes/no indicator only takes 1 (yes) or 0 (no)',
        },
      },
    ]);
    expect(submissionGaps({ realisedValue: 0, narrative: 'Belum terlaksana' }, 'yes_no')).toEqual(
      [],
    );
  });
});

describe('NonPlanActivityInput', () => {
  const base = {
    strategy: 'koordinasi',
    title: 'Rapat koordinasi lintas provinsi',
    startsOn: '2023-05-02',
    narrative: 'Rapat bersama NTT dan Kepulauan Riau tentang pemulangan korban',
  };

  it('accepts a one-day national activity', () => {
    expect(NonPlanActivityInput.parse(base)).toEqual({
      ...base,
      endsOn: null,
      regionCodes: [],
      realisedBudget: null,
      budgetSource: null,
    });
  });

  it('needs a known strategy and an end not before the start', () => {
    expect(NonPlanActivityInput.safeParse({ ...base, strategy: 'lainnya' }).success).toBe(false);
    expect(paths(NonPlanActivityInput.safeParse({ ...base, endsOn: '2023-05-01' }))).toEqual([
      ['endsOn', 'date_range_inclusive'],
    ]);
    expect(NonPlanActivityInput.safeParse({ ...base, endsOn: '2023-05-02' }).success).toBe(true);
  });
});
