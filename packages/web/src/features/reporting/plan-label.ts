import { useTranslation } from 'react-i18next';

type PlanLike = {
  kind: 'ran' | 'rad';
  regionName?: string | null;
  regionCode: string | null;
  startYear: number;
  endYear: number;
};

/** "RAN 2020–2024" or "RAD Jawa Tengah 2021–2024": short enough for a select on a phone. */
export function usePlanLabel() {
  const { t } = useTranslation();
  return (p: PlanLike) => {
    const years = p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;
    return p.kind === 'ran'
      ? t('reporting.plan.ran', { years })
      : t('reporting.plan.rad', { region: p.regionName ?? p.regionCode ?? '', years });
  };
}

/** Years a list of plans spans, newest first. */
export function yearsOf(plans: ReadonlyArray<{ startYear: number; endYear: number }>): number[] {
  if (plans.length === 0) return [];
  const from = Math.min(...plans.map((p) => p.startYear));
  const to = Math.max(...plans.map((p) => p.endYear));
  const out: number[] = [];
  for (let y = to; y >= from; y--) out.push(y);
  return out;
}
