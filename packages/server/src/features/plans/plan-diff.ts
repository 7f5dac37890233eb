import type {
  ActivityInput,
  BudgetLine,
  IndicatorInput,
  PlanDocument,
  ProgramInput,
} from '@sigap/domain';
import { canonicalJson } from '../audit/canonical-json.js';
import type { PlanChanges } from './api-schemas.js';
import type { PlanRow, StoredActivity, StoredIndicator, StoredMatrix } from './load-matrix.js';

/**
 * What a new version of the matrix changes, row by row, matched by code: a program by its code,
 * an activity by its code (unique in the plan), an indicator by its code within its activity.
 * The same diff is the revision's `changes`, the import preview and the CLI's dry run. Values
 * are written as people read them: institutions and RAN activities by code, not by id.
 */
export type DiffLabels = {
  institution: (id: string) => string;
  ranActivity: (id: string) => string;
};

type FieldChange = PlanChanges['plan'][number];
type Level = PlanChanges['programs'];

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function fieldChanges(pairs: Array<[string, unknown, unknown]>): FieldChange[] {
  return pairs
    .filter(([, before, after]) => !same(before, after))
    .map(([field, before, after]) => ({ field, before, after }));
}

const emptyLevel = (): Level => ({ added: [], changed: [], retired: [] });

export function emptyChanges(): PlanChanges {
  return {
    plan: [],
    programs: emptyLevel(),
    activities: emptyLevel(),
    indicators: emptyLevel(),
    reordered: false,
  };
}

export function hasChanges(c: PlanChanges): boolean {
  return (
    c.plan.length > 0 ||
    c.reordered ||
    [c.programs, c.activities, c.indicators].some(
      (l) => l.added.length + l.changed.length + l.retired.length > 0,
    )
  );
}

export function changeCounts(c: PlanChanges) {
  const levels = [c.programs, c.activities, c.indicators];
  return {
    added: levels.reduce((n, l) => n + l.added.length, 0),
    changed: levels.reduce((n, l) => n + l.changed.length, 0) + (c.plan.length > 0 ? 1 : 0),
    retired: levels.reduce((n, l) => n + l.retired.length, 0),
  };
}

const HEADER_FIELDS = ['title', 'startYear', 'endYear', 'legalBasis', 'reporting'] as const;

/** `plan` null: the document creates the plan (everything in it is added). */
export function diffPlan(
  plan: PlanRow | null,
  matrix: StoredMatrix,
  doc: PlanDocument,
  labels: DiffLabels,
): PlanChanges {
  const out = emptyChanges();
  if (plan) out.plan = fieldChanges(HEADER_FIELDS.map((f) => [f, plan[f], doc[f]]));

  const programs = new Map(matrix.programs.map((p) => [p.code, p]));
  const programCodeOf = new Map(matrix.programs.map((p) => [p.id, p.code]));
  const activities = new Map(matrix.activities.map((a) => [a.code, a]));
  const docActivities = doc.programs.flatMap((p) => p.activities.map((a) => ({ p, a })));

  for (const p of doc.programs) {
    const s = programs.get(p.code);
    if (!s) out.programs.added.push({ code: p.code, title: p.title });
    else if (s.retired !== null)
      out.programs.added.push({ code: p.code, title: p.title, revived: true });
    else {
      const fields = fieldChanges([
        ['strategy', s.strategy, p.strategy],
        ['title', s.title, p.title],
      ]);
      if (fields.length > 0) out.programs.changed.push({ code: p.code, fields });
    }
  }
  const docProgramCodes = new Set(doc.programs.map((p) => p.code));
  for (const s of matrix.programs)
    if (s.retired === null && !docProgramCodes.has(s.code))
      out.programs.retired.push({ code: s.code, title: s.title });

  for (const { p, a } of docActivities) {
    const s = activities.get(a.code);
    if (!s || s.retired !== null)
      out.activities.added.push({ code: a.code, title: a.title, ...(s ? { revived: true } : {}) });
    else {
      const fields = activityChanges(s, programCodeOf.get(s.programId) ?? '', p, a, labels);
      if (fields.length > 0) out.activities.changed.push({ code: a.code, fields });
    }
    diffIndicators(out, a, s && s.retired === null ? s : s ? revivable(s) : undefined);
  }
  const docActivityCodes = new Set(docActivities.map(({ a }) => a.code));
  for (const s of matrix.activities)
    if (s.retired === null && !docActivityCodes.has(s.code)) {
      out.activities.retired.push({ code: s.code, title: s.title });
      for (const i of s.indicators)
        if (i.retired === null)
          out.indicators.retired.push({ activityCode: s.code, code: i.code, title: i.name });
    }

  out.reordered = plan !== null && reordered(matrix, doc);
  return out;
}

/** A retired activity coming back: all of its indicators count as coming back too (or new). */
function revivable(s: StoredActivity): StoredActivity {
  return { ...s, indicators: s.indicators.map((i) => ({ ...i, retired: i.retired ?? 0 })) };
}

function activityChanges(
  s: StoredActivity,
  programCode: string,
  p: ProgramInput,
  a: ActivityInput,
  labels: DiffLabels,
): FieldChange[] {
  const ran = (id: string | null) => (id === null ? null : labels.ranActivity(id));
  return fieldChanges([
    ['program', programCode, p.code],
    ['title', s.title, a.title],
    [
      'responsibleInstitution',
      labels.institution(s.responsibleInstitutionId),
      labels.institution(a.responsibleInstitutionId),
    ],
    [
      'relatedInstitutions',
      s.relatedInstitutionIds.map(labels.institution),
      a.relatedInstitutionIds.map(labels.institution),
    ],
    ['ranActivity', ran(s.ranActivityId), ran(a.ranActivityId)],
    ['budget', budgetContent(s.budget), budgetContent(a.budget)],
  ]);
}

/**
 * What a budget says: its source, melekat flag and the planned amounts by year. Lines without an
 * amount carry no plan of their own, so a budget stored without them (as older data may be)
 * equals its canonical form with them.
 */
export function budgetContent(lines: readonly BudgetLine[]) {
  const first = lines[0];
  if (!first) return null;
  const amounts: Record<string, number> = {};
  for (const l of lines) if (l.amount !== null) amounts[String(l.year)] = l.amount;
  return { source: first.source, attached: first.attached, amounts };
}

function indicatorChanges(s: StoredIndicator, i: IndicatorInput): FieldChange[] {
  return fieldChanges([
    ['name', s.name, i.name],
    ['unit', s.unit, i.unit],
    ['direction', s.direction, i.direction],
    ['baseline', s.baseline, i.baseline],
    ['baselineYear', s.baselineYear, i.baselineYear],
    ['targets', s.targets, i.targets],
  ]);
}

function diffIndicators(out: PlanChanges, a: ActivityInput, s: StoredActivity | undefined) {
  const stored = new Map((s?.indicators ?? []).map((i) => [i.code, i]));
  for (const i of a.indicators) {
    const si = stored.get(i.code);
    if (!si || si.retired !== null)
      out.indicators.added.push({
        activityCode: a.code,
        code: i.code,
        title: i.name,
        ...(si ? { revived: true } : {}),
      });
    else {
      const fields = indicatorChanges(si, i);
      if (fields.length > 0)
        out.indicators.changed.push({ activityCode: a.code, code: i.code, fields });
    }
  }
  if (!s || s.retired !== null) return;
  const codes = new Set(a.indicators.map((i) => i.code));
  for (const si of s.indicators)
    if (si.retired === null && !codes.has(si.code))
      out.indicators.retired.push({ activityCode: a.code, code: si.code, title: si.name });
}

/** Whether the rows kept from before now stand in another order (moves count as reorders). */
function reordered(matrix: StoredMatrix, doc: PlanDocument): boolean {
  const live = <T extends { retired: number | null }>(rows: T[]) =>
    rows.filter((r) => r.retired === null);
  const keptInDoc = <T>(seq: T[], kept: Set<T>) => seq.filter((x) => kept.has(x));
  const docPrograms = doc.programs.map((p) => p.code);
  const storedPrograms = live(matrix.programs).map((p) => p.code);
  const programOrder = (codes: string[], other: string[]) =>
    keptInDoc(codes, new Set(other)).join('\n');
  if (programOrder(storedPrograms, docPrograms) !== programOrder(docPrograms, storedPrograms))
    return true;

  const programPos = new Map(live(matrix.programs).map((p) => [p.id, p.position]));
  const storedActivities = live(matrix.activities)
    .slice()
    .sort(
      (x, y) =>
        (programPos.get(x.programId) ?? 0) - (programPos.get(y.programId) ?? 0) ||
        x.position - y.position,
    );
  const docActs = doc.programs.flatMap((p) => p.activities);
  const sa = storedActivities.map((a) => a.code);
  const da = docActs.map((a) => a.code);
  if (programOrder(sa, da) !== programOrder(da, sa)) return true;

  const byCode = new Map(storedActivities.map((a) => [a.code, a]));
  return docActs.some((a) => {
    const s = byCode.get(a.code);
    if (!s) return false;
    const si = live(s.indicators).map((i) => i.code);
    const di = a.indicators.map((i) => i.code);
    return programOrder(si, di) !== programOrder(di, si);
  });
}
