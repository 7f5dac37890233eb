import { BUDGET_SOURCES, STRATEGY_CODES } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/search.js';
import { usePlanFormat } from './plan-format.js';

/** Fields a revision's diff names (server: plan-diff.ts), with their labels. */
const FIELDS = [
  'title',
  'startYear',
  'endYear',
  'legalBasis',
  'reporting',
  'strategy',
  'program',
  'responsibleInstitution',
  'relatedInstitutions',
  'ranActivity',
  'budget',
  'name',
  'unit',
  'direction',
  'baseline',
  'baselineYear',
  'targets',
] as const;

type Dict = Record<string, unknown>;
const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Before/after values of a changed field as people read them. A per-year record (targets, pagu)
 * shows only the years that differ, so a raised 2023 target does not hide among five years.
 */
export function useChangeFormat() {
  const { t } = useTranslation();
  const f = usePlanFormat();

  const years = (v: unknown, other: unknown, money: boolean): string => {
    if (!isDict(v)) return '—';
    const o = isDict(other) ? other : {};
    const keys = Object.keys(v).filter((k) => !same(v[k], o[k]));
    const shown = keys.length > 0 ? keys : Object.keys(v);
    if (shown.length === 0) return '—';
    return shown
      .sort()
      .map((k) => {
        const n = v[k];
        const text = typeof n === 'number' ? (money ? f.rupiah(n) : f.number(n)) : '—';
        return `${k}: ${text}`;
      })
      .join('; ');
  };

  const budget = (v: unknown, other: unknown): string => {
    if (!isDict(v)) return t('plans.budget.noPagu');
    const source = pick(BUDGET_SOURCES, String(v.source));
    const o = isDict(other) ? other : {};
    const head = [
      source ? f.budgetSource(source) : String(v.source),
      v.attached === true ? t('plans.budget.attached') : null,
    ]
      .filter(Boolean)
      .join(', ');
    const amounts = isDict(v.amounts) && Object.keys(v.amounts).length > 0;
    return amounts ? `${head}; ${years(v.amounts, o.amounts, true)}` : head;
  };

  const value = (field: string, v: unknown, other: unknown): string => {
    if (v === null || v === undefined || v === '') return '—';
    switch (field) {
      case 'strategy': {
        const code = pick(STRATEGY_CODES, String(v));
        return code ? f.strategy(code) : String(v);
      }
      case 'direction':
        return f.direction(String(v));
      case 'targets':
        return years(v, other, false);
      case 'budget':
        return budget(v, other);
      case 'reporting':
        if (!isDict(v)) break;
        return t('plans.reporting.summary', {
          frequency: f.frequency(String(v.frequency)),
          deadline: v.deadlineDays,
          grace: v.closingGraceDays,
        });
    }
    if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(String).join('; ');
    if (typeof v === 'number') return field.endsWith('Year') ? String(v) : f.number(v);
    if (typeof v === 'string' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v);
  };

  return {
    field: (name: string) => {
      const known = pick(FIELDS, name);
      return known ? t(`plans.changes.fields.${known}`) : name;
    },
    value,
  };
}
