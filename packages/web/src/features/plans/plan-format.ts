import {
  BUDGET_SOURCE_LABELS,
  type BudgetLine,
  type BudgetSource,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  PERIOD_FREQUENCIES,
  PERIOD_FREQUENCY_LABELS,
  type PlanKind,
  STRATEGIES,
  type StrategyCode,
} from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { pick } from '../../shared/search.js';

const LOCALES = { id: 'id-ID', en: 'en-GB' } as const;

/** How plan values read in the user's language: kinds, periods, numbers, rupiah, budgets. */
export function usePlanFormat() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const numbers = new Intl.NumberFormat(LOCALES[fmt.lang], { maximumFractionDigits: 2 });
  const rupiah = new Intl.NumberFormat(LOCALES[fmt.lang], {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  });
  const strategy = (code: StrategyCode) => {
    const s = STRATEGIES.find((x) => x.code === code);
    return s ? `${s.number}. ${fmt.bi(s)}` : code;
  };
  const period = (p: { startYear: number; endYear: number }) => `${p.startYear}–${p.endYear}`;

  return {
    ...fmt,
    number: (n: number | null | undefined) =>
      n === null || n === undefined ? '—' : numbers.format(n),
    rupiah: (n: number) => rupiah.format(n),
    kind: (k: PlanKind) => t(`plans.kind.${k}`),
    strategy,
    period,
    direction: (d: string) => {
      const known = pick(INDICATOR_DIRECTIONS, d);
      return known ? fmt.bi(INDICATOR_DIRECTION_LABELS[known]) : d;
    },
    frequency: (f: string) => {
      const known = pick(PERIOD_FREQUENCIES, f);
      return known ? fmt.bi(PERIOD_FREQUENCY_LABELS[known]) : f;
    },
    budgetSource: (s: BudgetSource) => fmt.bi(BUDGET_SOURCE_LABELS[s]),
    region: (p: { regionCode: string | null; regionName: string | null }) =>
      p.regionCode === null
        ? t('plans.national')
        : `${p.regionName ?? p.regionCode} (${p.regionCode})`,
    /** One year's planned budget: the amount, "melekat" or "tanpa pagu". */
    budgetAmount: (line: BudgetLine | undefined) => {
      if (!line || line.amount === null || line.amount === 0)
        return line?.attached ? t('plans.budget.attachedNoAmount') : t('plans.budget.noPagu');
      return rupiah.format(line.amount);
    },
  };
}

export type PlanFormat = ReturnType<typeof usePlanFormat>;
