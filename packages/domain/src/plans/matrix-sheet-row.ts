import type { Bilingual } from '../common/lang.js';
import type { StrategyCode } from '../reference/strategies.js';
import type { IndicatorDirection } from './achievement.js';
import type { BudgetSource } from './budget.js';
import type { MatrixSheetContext, SheetColumn, SheetError } from './matrix-sheet.js';
import { readBudgetSource, readDirection, readStrategy, splitList } from './matrix-sheet-values.js';
import { PLAN_VALIDATION_MESSAGES } from './messages.js';
import { MAX_PLAN_YEAR } from './periods.js';
import type { ActivityInput, BudgetLine } from './schemas.js';
import {
  type CellValue,
  isBlank,
  type Read,
  readNumber,
  readText,
  readYear,
  readYesNo,
  type SheetRow,
} from './sheet-cells.js';

/** One data row of the matrix sheet: read its cells, then check it against the rows before it. */

type ActivityEntry = {
  row: number;
  activity: ActivityInput;
  /** Per-activity cells of the first row, for comparing later rows: JSON, or null when blank. */
  firstValues: Map<string, string | null>;
};
type ProgramEntry = {
  row: number;
  strategy: StrategyCode;
  code: string;
  title: string;
  activityCodes: string[];
};

export type RowContext = MatrixSheetContext & {
  columns: SheetColumn[];
  errors: SheetError[];
  activities: Map<string, ActivityEntry>;
  programs: Map<string, ProgramEntry>;
  /** "activity code \0 indicator code" → the row that first had it. */
  indicatorRows: Map<string, number>;
};

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_TEXT: Record<string, number> = {
  programTitle: 500,
  activityTitle: 1000,
  indicatorName: 500,
  unit: 60,
};
const UNREADABLE = '\u0000unreadable';
const msg = (key: string): Bilingual => PLAN_VALIDATION_MESSAGES[key] ?? { id: key, en: key };

function readCell(ctx: RowContext, col: SheetColumn, cell: CellValue): Read<unknown> {
  switch (col.def.type) {
    case 'strategy':
      return readStrategy(cell);
    case 'direction':
      return readDirection(cell);
    case 'budget_source':
      return readBudgetSource(cell);
    case 'yes_no':
      return readYesNo(cell);
    case 'number':
      return readNumber(cell);
    case 'rupiah':
      return readNumber(cell, { integer: true });
    case 'year':
      return readYear(cell, 1990, MAX_PLAN_YEAR);
    case 'code': {
      const t = readText(cell);
      if (t.ok && (t.value.length > 40 || !CODE.test(t.value)))
        return { ok: false, reason: msg('matrix_code_format') };
      return t;
    }
    case 'text': {
      const t = readText(cell);
      const max = MAX_TEXT[col.def.key] ?? 1000;
      if (t.ok && t.value.length > max)
        return {
          ok: false,
          reason: { id: `Maksimal ${max} karakter`, en: `At most ${max} characters` },
        };
      return t;
    }
    case 'institution':
    case 'institution_list': {
      const t = readText(cell);
      if (!t.ok) return t;
      const names = col.def.type === 'institution' ? [t.value] : splitList(t.value);
      const ids = names.map((n) => ctx.institutionByCodeOrName(n));
      const unknown = names.filter((_, i) => ids[i] === null);
      if (unknown.length > 0)
        return {
          ok: false,
          reason: {
            id: `Instansi tidak dikenal: ${unknown.join('; ')}`,
            en: `Unknown institution(s): ${unknown.join('; ')}`,
          },
        };
      const found = ids.filter((id): id is string => id !== null);
      return { ok: true, value: col.def.type === 'institution' ? found[0] : [...new Set(found)] };
    }
  }
}

export function checkSheetRow(ctx: RowContext, cells: SheetRow, row: number): void {
  const values = new Map<string, unknown>();
  const unreadable = new Set<string>();
  const byKey = new Map(ctx.columns.map((c) => [c.def.key, c]));
  const err = (key: string, reason: Bilingual, name?: string) => {
    const c = byKey.get(key);
    ctx.errors.push({
      row,
      column: c ? { letter: c.letter, name: c.name } : { letter: null, name: name ?? key },
      reason,
    });
  };
  for (const col of ctx.columns) {
    const cell = cells[col.index];
    if (isBlank(cell)) continue;
    const r = readCell(ctx, col, cell);
    if (r.ok) values.set(col.def.key, r.value);
    else {
      unreadable.add(col.def.key);
      ctx.errors.push({ row, column: { letter: col.letter, name: col.name }, reason: r.reason });
    }
  }
  const required: Bilingual = { id: 'Wajib diisi', en: 'Required' };
  const missing = (key: string) => !values.has(key) && !unreadable.has(key);
  for (const key of ['activityCode', 'indicatorCode', 'indicatorName', 'unit', 'direction'])
    if (missing(key)) err(key, required);

  const activityCode = values.get('activityCode') as string | undefined;
  if (activityCode === undefined) return;
  const str = (key: string) => values.get(key) as string | undefined;
  const plan = ctx.plan;
  const outside = (year: number) => year < plan.startYear || year > plan.endYear;

  let entry = ctx.activities.get(activityCode);
  if (!entry) {
    for (const key of ['strategy', 'programCode', 'programTitle', 'activityTitle', 'responsible'])
      if (missing(key)) err(key, required);
    entry = startActivity(ctx, activityCode, row, values, unreadable, err, outside);
  } else {
    const first = entry;
    for (const col of ctx.columns) {
      const key = col.def.key;
      if (!col.def.perActivity || !values.has(key)) continue;
      const before = first.firstValues.get(key);
      if (before === UNREADABLE || before === JSON.stringify(values.get(key))) continue;
      err(key, {
        id: `Berbeda dengan baris ${first.row} untuk aksi ${activityCode}; samakan atau kosongkan`,
        en: `Differs from row ${first.row} for activity ${activityCode}; make it the same or leave it blank`,
      });
    }
  }

  const indicatorCode = str('indicatorCode');
  if (indicatorCode !== undefined) {
    const key = `${activityCode}\u0000${indicatorCode}`;
    const earlier = ctx.indicatorRows.get(key);
    if (earlier !== undefined)
      err('indicatorCode', {
        id: `Baris ganda: aksi ${activityCode} indikator ${indicatorCode} sudah ada di baris ${earlier}`,
        en: `Duplicate row: activity ${activityCode} indicator ${indicatorCode} is already on row ${earlier}`,
      });
    else ctx.indicatorRows.set(key, row);
  }

  const direction = values.get('direction') as IndicatorDirection | undefined;
  const targets: Record<string, number> = {};
  for (const col of ctx.columns) {
    const year = col.def.year;
    const value = values.get(col.def.key);
    if (!col.def.key.startsWith('target:') || year === undefined || typeof value !== 'number')
      continue;
    if (outside(year)) err(col.def.key, msg('target_year_outside_plan'));
    else if (direction === 'yes_no' && value !== 0 && value !== 1)
      err(col.def.key, msg('yes_no_value'));
    else targets[String(year)] = value;
  }
  const baseline = (values.get('baseline') as number | undefined) ?? null;
  if (direction === 'yes_no' && baseline !== null && baseline !== 0 && baseline !== 1)
    err('baseline', msg('yes_no_value'));
  const baselineYear = (values.get('baselineYear') as number | undefined) ?? null;
  if (baselineYear !== null && baselineYear > plan.endYear)
    err('baselineYear', msg('baseline_year_outside_plan'));

  if (indicatorCode === undefined || direction === undefined) return;
  entry.activity.indicators.push({
    code: indicatorCode,
    name: str('indicatorName') ?? '',
    unit: str('unit') ?? '',
    direction,
    baseline,
    baselineYear,
    targets,
  });
}

function startActivity(
  ctx: RowContext,
  code: string,
  row: number,
  values: Map<string, unknown>,
  unreadable: Set<string>,
  err: (key: string, reason: Bilingual, name?: string) => void,
  outside: (year: number) => boolean,
): ActivityEntry {
  const firstValues = new Map<string, string | null>();
  for (const col of ctx.columns)
    if (col.def.perActivity) {
      const key = col.def.key;
      firstValues.set(
        key,
        unreadable.has(key) ? UNREADABLE : values.has(key) ? JSON.stringify(values.get(key)) : null,
      );
    }
  const str = (key: string) => values.get(key) as string | undefined;
  const responsible = str('responsible') ?? '';

  let ranActivityId: string | null = null;
  const ranCode = str('ranActivityCode');
  if (ranCode !== undefined) {
    if (ctx.plan.kind === 'ran') err('ranActivityCode', msg('ran_link_on_ran'));
    else {
      ranActivityId = ctx.ranActivityByCode?.(ranCode) ?? null;
      if (ranActivityId === null)
        err('ranActivityCode', {
          id: `Aksi RAN dengan kode ${ranCode} tidak ditemukan`,
          en: `No RAN activity has the code ${ranCode}`,
        });
    }
  }

  const pagu = new Map<number, number>();
  for (const col of ctx.columns) {
    const value = values.get(col.def.key);
    if (!col.def.key.startsWith('pagu:') || col.def.year === undefined || typeof value !== 'number')
      continue;
    if (outside(col.def.year)) err(col.def.key, msg('budget_year_outside_plan'));
    else pagu.set(col.def.year, value);
  }
  const source = values.get('budgetSource') as BudgetSource | undefined;
  const attached = (values.get('attached') as boolean | undefined) ?? false;
  if (source === undefined && !unreadable.has('budgetSource') && (pagu.size > 0 || attached))
    err(
      'budgetSource',
      {
        id: 'Sumber anggaran wajib diisi bila ada pagu atau anggaran melekat',
        en: 'The budget source is required when there is a budget or it is attached',
      },
      'Sumber Anggaran',
    );
  // canonical form: with a source, one line per plan year (amount null where no pagu is given)
  const budget: BudgetLine[] = [];
  if (source !== undefined)
    for (let year = ctx.plan.startYear; year <= ctx.plan.endYear; year++)
      budget.push({ year, amount: pagu.get(year) ?? null, source, attached });

  const related = ((values.get('related') as string[] | undefined) ?? []).filter(
    (id) => id !== responsible,
  );
  const entry: ActivityEntry = {
    row,
    firstValues,
    activity: {
      code,
      title: str('activityTitle') ?? '',
      responsibleInstitutionId: responsible,
      relatedInstitutionIds: related,
      ranActivityId,
      indicators: [],
      budget,
    },
  };
  ctx.activities.set(code, entry);
  placeInProgram(ctx, code, row, values, err);
  return entry;
}

function placeInProgram(
  ctx: RowContext,
  activityCode: string,
  row: number,
  values: Map<string, unknown>,
  err: (key: string, reason: Bilingual) => void,
): void {
  const strategy = values.get('strategy') as StrategyCode | undefined;
  const code = values.get('programCode') as string | undefined;
  const title = values.get('programTitle') as string | undefined;
  if (strategy === undefined || code === undefined || title === undefined) return;
  const program = ctx.programs.get(code);
  if (!program) {
    ctx.programs.set(code, { row, strategy, code, title, activityCodes: [activityCode] });
    return;
  }
  const differs = (what: Bilingual): Bilingual => ({
    id: `Program ${code} di baris ${program.row} memakai ${what.id} lain`,
    en: `Program ${code} on row ${program.row} has another ${what.en}`,
  });
  if (program.strategy !== strategy) err('strategy', differs({ id: 'strategi', en: 'strategy' }));
  if (program.title !== title) err('programTitle', differs({ id: 'nama', en: 'title' }));
  program.activityCodes.push(activityCode);
}
