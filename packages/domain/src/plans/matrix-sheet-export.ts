import type { Lang } from '../common/lang.js';
import { INDICATOR_DIRECTION_LABELS } from './achievement.js';
import { type MatrixColumn, matrixColumns } from './matrix-sheet-columns.js';
import { SHEET_BUDGET_SOURCE_LABELS, strategyLabel } from './matrix-sheet-values.js';
import type { BudgetLine, ProgramInput } from './schemas.js';
import type { CellValue } from './sheet-cells.js';

/**
 * The rows the XLSX export writes, built here next to the import so the two cannot drift: what
 * this writes, parseMatrixSheet reads back to the same programs (tested). Codes are strings, so
 * the server must write them as text cells ("1.10" would become the number 1.1).
 */
export type MatrixSheetLabels = {
  /** How an institution is written; its code is safest, since names change with cabinets. */
  institution: (id: string) => string;
  /** The code of a linked RAN activity (RAD plans only). */
  ranActivityCode?: (id: string) => string | null;
};

export function matrixSheetRows(
  doc: { startYear: number; endYear: number; programs: readonly ProgramInput[] },
  labels: MatrixSheetLabels,
  lang: Lang = 'id',
): { columns: MatrixColumn[]; header: string[]; rows: CellValue[][] } {
  const columns = matrixColumns(doc.startYear, doc.endYear);
  const rows: CellValue[][] = [];
  for (const program of doc.programs)
    for (const activity of program.activities) {
      const budget = canonicalBudget(activity.budget, doc.startYear, doc.endYear);
      const first = budget[0];
      for (const indicator of activity.indicators) {
        const cells: Record<string, CellValue> = {
          strategy: strategyLabel(program.strategy, lang),
          programCode: program.code,
          programTitle: program.title,
          activityCode: activity.code,
          activityTitle: activity.title,
          responsible: labels.institution(activity.responsibleInstitutionId),
          related: activity.relatedInstitutionIds.map(labels.institution).join('; ') || null,
          ranActivityCode:
            activity.ranActivityId === null
              ? null
              : (labels.ranActivityCode?.(activity.ranActivityId) ?? null),
          indicatorCode: indicator.code,
          indicatorName: indicator.name,
          unit: indicator.unit,
          direction: INDICATOR_DIRECTION_LABELS[indicator.direction][lang],
          baseline: indicator.baseline,
          baselineYear: indicator.baselineYear,
          budgetSource: first ? SHEET_BUDGET_SOURCE_LABELS[first.source][lang] : null,
          attached: first ? yesNo(first.attached, lang) : null,
        };
        for (const [year, target] of Object.entries(indicator.targets))
          cells[`target:${year}`] = target;
        for (const line of budget) cells[`pagu:${line.year}`] = line.amount;
        rows.push(columns.map((c) => cells[c.key] ?? null));
      }
    }
  return { columns, header: columns.map((c) => c.header[lang]), rows };
}

function yesNo(v: boolean, lang: Lang): string {
  if (lang === 'id') return v ? 'Ya' : 'Tidak';
  return v ? 'Yes' : 'No';
}

/**
 * The one form of an activity's budget that the sheet can hold: no lines, or one line per plan
 * year sharing the first line's source and melekat flag (amount null where none was planned).
 * The server stores budgets in this form, so export → import of an unchanged sheet changes nothing.
 */
export function canonicalBudget(
  lines: readonly BudgetLine[],
  startYear: number,
  endYear: number,
): BudgetLine[] {
  const first = lines[0];
  if (!first) return [];
  const out: BudgetLine[] = [];
  for (let year = startYear; year <= endYear; year++) {
    const line = lines.find((l) => l.year === year);
    out.push({
      year,
      amount: line?.amount ?? null,
      source: first.source,
      attached: first.attached,
    });
  }
  return out;
}
