import type { ReportingPeriod, ReportState } from '@sigap/domain';
import type { ReportableIndicator } from './seed-plans-matrix.js';

/**
 * What happens to each due report of the demo: which state it reached, or whether it was never
 * filed, and which demo accounts act on it. Older periods are almost all approved; the
 * verification backlog and the unfiled reports pile up in the latest periods, as monitoring
 * shows in practice.
 */

/** A period's outcome: a report in some state, or none filed ("missing", overdue). */
export type Slot = ReportState | 'missing';

// by age in quarters (0 = 2024-TW4, the latest): odds of each outcome
const SLOT_ODDS: Array<{ maxAge: number; odds: Array<[Slot, number]> }> = [
  {
    maxAge: 1,
    odds: [
      ['missing', 0.22],
      ['draft', 0.1],
      ['submitted', 0.18],
      ['returned', 0.08],
      ['verified', 0.14],
      ['approved', 0.28],
    ],
  },
  {
    maxAge: 3,
    odds: [
      ['missing', 0.08],
      ['draft', 0.02],
      ['submitted', 0.05],
      ['returned', 0.04],
      ['verified', 0.08],
      ['approved', 0.73],
    ],
  },
  {
    maxAge: 7,
    odds: [
      ['missing', 0.05],
      ['returned', 0.01],
      ['verified', 0.01],
      ['approved', 0.93],
    ],
  },
  {
    maxAge: Number.POSITIVE_INFINITY,
    odds: [
      ['missing', 0.03],
      ['approved', 0.97],
    ],
  },
];

export function pickSlot(u: number, age: number): Slot {
  const odds = SLOT_ODDS.find((o) => age <= o.maxAge)?.odds ?? [];
  let sum = 0;
  for (const [slot, p] of odds) {
    sum += p;
    if (u < sum) return slot;
  }
  return 'approved';
}

/** Demo reporters file for Kemensos on the RAN and for Kabupaten Kupang; others have no user. */
export function reporterEmail(r: ReportableIndicator): string | null {
  if (r.plan.kind === 'ran' && r.activity.responsible === 'KEMENSOS') return 'pelapor@sigap.local';
  if (r.plan.regionCode === '53.01') return 'kupang@sigap.local';
  return null;
}

export function verifierEmail(r: ReportableIndicator): string | null {
  if (r.plan.kind === 'ran') return 'sekretariat@sigap.local';
  if (r.plan.regionCode?.startsWith('33')) return 'jateng@sigap.local';
  return null;
}

/** Latest-period outcomes fixed so the demo accounts always find work of every kind. */
export function forcedSlots(items: ReportableIndicator[]): Map<string, Slot> {
  const forced = new Map<string, Slot>();
  const force = (list: ReportableIndicator[], slots: Slot[]) => {
    list
      .filter((r) => '2024' in r.targets && r.activity.retiredIn === undefined)
      .forEach((r, i) => {
        const slot = slots[i];
        if (slot) forced.set(`${r.indicatorId}:2024-TW4`, slot);
      });
  };
  force(
    items.filter((r) => reporterEmail(r) === 'pelapor@sigap.local'),
    ['returned', 'draft', 'missing', 'submitted'],
  );
  force(
    items.filter((r) => r.plan.regionCode === '53.01'),
    ['returned', 'draft', 'missing'],
  );
  force(
    items.filter((r) => r.plan.regionCode === '33'),
    ['submitted', 'verified'],
  );
  return forced;
}

/** Whether the indicator was in the plan, with a target, for the period. */
export function isDue(r: ReportableIndicator, p: ReportingPeriod): boolean {
  if (!(String(p.year) in r.targets)) return false;
  const on = (n: number | undefined) => r.plan.revisions.find((x) => x.number === n)?.on;
  const added = on(r.activity.addedIn);
  const retired = on(r.activity.retiredIn);
  return !(added && p.endsOn < added) && !(retired && p.deadline > retired);
}
