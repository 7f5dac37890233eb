import { STRATEGIES, type StrategyCode } from '../reference/strategies.js';
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  type IndicatorDirection,
} from './achievement.js';
import { BUDGET_SOURCES, type BudgetSource } from './budget.js';
import { type CellValue, normalise, type Read, readText } from './sheet-cells.js';

/**
 * The domain values of the matrix sheet, written as people write them: a strategy by number,
 * code or name; a direction by its label or a common short form; a budget source by its name.
 * Export writes the full label of the user's language, which these read back.
 */

const STRATEGY_NAMES = new Map<string, StrategyCode>();
for (const s of STRATEGIES)
  for (const name of [s.code, String(s.number), s.id, s.en])
    STRATEGY_NAMES.set(normalise(name), s.code);

export function readStrategy(v: CellValue): Read<StrategyCode | null> {
  const t = readText(v);
  if (!t.ok) return t;
  if (t.value === '') return { ok: true, value: null };
  // "1. Peningkatan upaya pencegahan" is how annexes number them; the number decides
  const numbered = /^([1-6])[.)]\s+\S/.exec(t.value);
  const code = STRATEGY_NAMES.get(normalise(numbered?.[1] ?? t.value));
  if (code) return { ok: true, value: code };
  return {
    ok: false,
    reason: {
      id: `Strategi "${t.value}" tidak dikenal; isi nomor 1–6, kode atau nama strategi RAN`,
      en: `Unknown strategy "${t.value}"; give its number 1–6, code or name`,
    },
  };
}

export function strategyLabel(code: StrategyCode, lang: 'id' | 'en'): string {
  const s = STRATEGIES.find((x) => x.code === code);
  return s ? `${s.number}. ${s[lang]}` : code;
}

const DIRECTION_ALIASES: Record<IndicatorDirection, string[]> = {
  higher_is_better: ['naik', 'positif', 'higher'],
  lower_is_better: ['turun', 'negatif', 'lower'],
  yes_no: ['ya-tidak', 'ya / tidak', 'yes-no', 'biner'],
  target_attainment: ['ketercapaian', 'attainment'],
};

const DIRECTION_NAMES = new Map<string, IndicatorDirection>();
for (const d of INDICATOR_DIRECTIONS) {
  const names = [d, INDICATOR_DIRECTION_LABELS[d].id, INDICATOR_DIRECTION_LABELS[d].en];
  for (const name of [...names, ...DIRECTION_ALIASES[d]]) DIRECTION_NAMES.set(normalise(name), d);
}

export function readDirection(v: CellValue): Read<IndicatorDirection | null> {
  const t = readText(v);
  if (!t.ok) return t;
  if (t.value === '') return { ok: true, value: null };
  const d = DIRECTION_NAMES.get(normalise(t.value));
  if (d) return { ok: true, value: d };
  return {
    ok: false,
    reason: {
      id: `Arah "${t.value}" tidak dikenal; isi Semakin tinggi semakin baik, Semakin rendah semakin baik, Ya/Tidak, atau Ketercapaian target`,
      en: `Unknown direction "${t.value}"; use Higher is better, Lower is better, Yes/no, or Target attainment`,
    },
  };
}

export const SHEET_BUDGET_SOURCE_LABELS: Record<BudgetSource, { id: string; en: string }> = {
  apbn: { id: 'APBN', en: 'APBN' },
  apbd: { id: 'APBD', en: 'APBD' },
  other: { id: 'Lainnya', en: 'Other' },
};

const SOURCE_NAMES = new Map<string, BudgetSource>();
for (const s of BUDGET_SOURCES)
  for (const name of [
    s,
    SHEET_BUDGET_SOURCE_LABELS[s].id,
    SHEET_BUDGET_SOURCE_LABELS[s].en,
    s === 'other' ? 'sumber lain' : s,
  ])
    SOURCE_NAMES.set(normalise(name), s);

export function readBudgetSource(v: CellValue): Read<BudgetSource | null> {
  const t = readText(v);
  if (!t.ok) return t;
  if (t.value === '') return { ok: true, value: null };
  const s = SOURCE_NAMES.get(normalise(t.value));
  if (s) return { ok: true, value: s };
  return {
    ok: false,
    reason: {
      id: `Sumber anggaran "${t.value}" tidak dikenal; isi APBN, APBD atau Lainnya`,
      en: `Unknown budget source "${t.value}"; use APBN, APBD or Other`,
    },
  };
}

/** Institutions in a cell: separated by semicolons or line breaks (names may contain commas). */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
