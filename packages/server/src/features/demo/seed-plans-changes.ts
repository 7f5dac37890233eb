import type { PlanDocument } from '@sigap/domain';

/**
 * What a demo revision changed against the one before, in the shape the plans feature stores as
 * a revision's `changes` (plans/api-schemas.ts PlanChanges: header fields, then added, changed
 * and retired programs, activities and indicators, matched by code). Revision 1 is compared with
 * an empty plan, so everything in it is added, as creating a plan records it. The demo matrices
 * never move rows, so `reordered` is false.
 */
type Entry = { code: string; title: string; activityCode?: string };
type Field = { field: string; before: unknown; after: unknown };
type Changed = { code: string; activityCode?: string; fields: Field[] };
type Level = { added: Entry[]; changed: Changed[]; retired: Entry[] };

export type DemoPlanChanges = {
  plan: Field[];
  programs: Level;
  activities: Level;
  indicators: Level;
  reordered: boolean;
};

const level = (): Level => ({ added: [], changed: [], retired: [] });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function flatten(doc: PlanDocument | null) {
  const programs = doc?.programs ?? [];
  const activities = programs.flatMap((p) => p.activities);
  return {
    programs: new Map(programs.map((p) => [p.code, p])),
    activities: new Map(activities.map((a) => [a.code, a])),
  };
}

export function revisionChanges(before: PlanDocument | null, after: PlanDocument): DemoPlanChanges {
  const out: DemoPlanChanges = {
    plan: [],
    programs: level(),
    activities: level(),
    indicators: level(),
    reordered: false,
  };
  if (before)
    for (const field of ['title', 'startYear', 'endYear', 'legalBasis', 'reporting'] as const)
      if (!same(before[field], after[field]))
        out.plan.push({ field, before: before[field], after: after[field] });
  const old = flatten(before);
  const now = flatten(after);
  for (const [code, p] of now.programs)
    if (!old.programs.has(code)) out.programs.added.push({ code, title: p.title });
  for (const [code, p] of old.programs)
    if (!now.programs.has(code)) out.programs.retired.push({ code, title: p.title });
  for (const [code, a] of now.activities) {
    const was = old.activities.get(code);
    if (!was) out.activities.added.push({ code, title: a.title });
    const indicators = new Map((was?.indicators ?? []).map((i) => [i.code, i]));
    for (const i of a.indicators) {
      const prev = indicators.get(i.code);
      if (!prev) out.indicators.added.push({ activityCode: code, code: i.code, title: i.name });
      else if (!same(prev.targets, i.targets))
        out.indicators.changed.push({
          activityCode: code,
          code: i.code,
          fields: [{ field: 'targets', before: prev.targets, after: i.targets }],
        });
    }
  }
  for (const [code, a] of old.activities)
    if (!now.activities.has(code)) {
      out.activities.retired.push({ code, title: a.title });
      for (const i of a.indicators)
        out.indicators.retired.push({ activityCode: code, code: i.code, title: i.name });
    }
  return out;
}
