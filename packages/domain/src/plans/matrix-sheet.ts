import type { Bilingual } from '../common/lang.js';
import {
  FIXED_MATRIX_COLUMNS,
  isBlankRow,
  type MatrixColumn,
  matchHeader,
} from './matrix-sheet-columns.js';
import { checkSheetRow, type RowContext } from './matrix-sheet-row.js';
import { PLAN_VALIDATION_MESSAGES } from './messages.js';
import { type PlanKind, ProgramInput } from './schemas.js';
import { columnLetter, isBlank, isProblem, problemReason, type SheetRow } from './sheet-cells.js';

/**
 * Import of the one-sheet plan matrix: plain cell values in, either the plan's programs (ready
 * for PlanDocument) or every error, each naming its sheet row and column. Nothing is half
 * accepted: one error anywhere and no programs are returned (the issue: nothing is written until
 * the sheet is clean).
 */
export type SheetError = {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** The column as the user sees it: its letter and the header written there. */
  column: { letter: string | null; name: string } | null;
  reason: Bilingual;
};

export type MatrixSheetContext = {
  plan: { kind: PlanKind; startYear: number; endYear: number };
  /** Resolves an institution's code or name (current or former) to its id; null if unknown. */
  institutionByCodeOrName: (value: string) => string | null;
  /** For a RAD: resolves a RAN activity code to its id; null if unknown. */
  ranActivityByCode?: (code: string) => string | null;
};

export type MatrixSheetResult =
  | { ok: true; programs: ProgramInput[]; rowCount: number }
  | { ok: false; errors: SheetError[] };

/** More rows than any plan has (the RAN has tens of activities): a sign of a wrong file. */
export const MAX_MATRIX_ROWS = 5000;

export type SheetColumn = { index: number; letter: string; name: string; def: MatrixColumn };

export function parseMatrixSheet(
  input: { header: SheetRow; rows: readonly SheetRow[]; headerRowNumber?: number },
  ctx: MatrixSheetContext,
): MatrixSheetResult {
  const headerRow = input.headerRowNumber ?? 1;
  const head = readHeader(input.header, headerRow);
  if (head.errors.length > 0) return { ok: false, errors: head.errors };
  if (input.rows.length > MAX_MATRIX_ROWS)
    return fail(headerRow, null, {
      id: `Lembar berisi ${input.rows.length} baris; paling banyak ${MAX_MATRIX_ROWS}`,
      en: `The sheet has ${input.rows.length} rows; at most ${MAX_MATRIX_ROWS} are accepted`,
    });

  const state: RowContext = {
    ...ctx,
    columns: head.columns,
    errors: [],
    activities: new Map(),
    programs: new Map(),
    indicatorRows: new Map(),
  };
  const reportedBlank = new Set<number>();
  let rowCount = 0;
  input.rows.forEach((cells, i) => {
    const row = headerRow + 1 + i;
    if (isBlankRow(cells)) return;
    rowCount++;
    // a value under a blank header would be silently dropped; say so once per column
    for (const index of head.blank)
      if (!isBlank(cells[index]) && !reportedBlank.has(index)) {
        reportedBlank.add(index);
        state.errors.push({
          row,
          column: { letter: columnLetter(index + 1), name: '' },
          reason: {
            id: 'Ada isian di kolom tanpa judul',
            en: 'A value sits in a column without a header',
          },
        });
      }
    checkSheetRow(state, cells, row);
  });
  if (rowCount === 0)
    return fail(headerRow + 1, null, {
      id: 'Lembar tidak berisi baris data',
      en: 'The sheet has no data rows',
    });
  if (state.errors.length > 0) return { ok: false, errors: inSheetOrder(state.errors) };

  const programs: ProgramInput[] = [];
  for (const p of state.programs.values())
    programs.push({
      strategy: p.strategy,
      code: p.code,
      title: p.title,
      activities: p.activityCodes.flatMap((code) => {
        const a = state.activities.get(code);
        return a ? [a.activity] : [];
      }),
    });
  // a last net: the shared schema must accept what the sheet produced, or the sheet is refused
  const errors: SheetError[] = [];
  programs.forEach((p) => {
    const r = ProgramInput.safeParse(p);
    if (r.success) return;
    const first = state.programs.get(p.code)?.row ?? headerRow + 1;
    for (const issue of r.error.issues)
      errors.push({
        row: first,
        column: null,
        reason: PLAN_VALIDATION_MESSAGES[issue.message] ?? {
          id: `${issue.path.join('.')}: ${issue.message}`,
          en: `${issue.path.join('.')}: ${issue.message}`,
        },
      });
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, programs, rowCount };
}

function fail(row: number, column: SheetError['column'], reason: Bilingual): MatrixSheetResult {
  return { ok: false, errors: [{ row, column, reason }] };
}

function readHeader(header: SheetRow, row: number) {
  const columns: SheetColumn[] = [];
  const errors: SheetError[] = [];
  const blank: number[] = [];
  const seen = new Map<string, string>();
  header.forEach((cell, index) => {
    const letter = columnLetter(index + 1);
    const read = headerColumn(cell);
    if (read === 'blank') blank.push(index);
    else if ('reason' in read)
      errors.push({ row, column: { letter, name: read.name }, reason: read.reason });
    else {
      const { name, def } = read;
      const earlier = seen.get(def.key);
      if (earlier)
        errors.push({
          row,
          column: { letter, name },
          reason: {
            id: `Kolom "${name}" muncul dua kali (juga di kolom ${earlier})`,
            en: `Column "${name}" appears twice (also in column ${earlier})`,
          },
        });
      else {
        seen.set(def.key, letter);
        columns.push({ index, letter, name, def });
      }
    }
  });
  for (const def of FIXED_MATRIX_COLUMNS.filter((c) => c.required))
    if (!seen.has(def.key))
      errors.push({
        row,
        column: { letter: null, name: def.header.id },
        reason: {
          id: `Kolom wajib "${def.header.id}" tidak ada`,
          en: `The required column "${def.header.en}" is missing`,
        },
      });
  return { columns, errors, blank };
}

function headerColumn(
  cell: SheetRow[number],
): 'blank' | { name: string; reason: Bilingual } | { name: string; def: MatrixColumn } {
  if (isProblem(cell)) return { name: '', reason: problemReason(cell) };
  if (isBlank(cell)) return 'blank';
  if (cell instanceof Date || typeof cell === 'number')
    return {
      name: cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
      reason: {
        id: 'Judul kolom tahun ditulis "Target 2021" atau "Pagu 2021", bukan tahun saja atau tanggal',
        en: 'A year column is headed "Target 2021" or "Budget 2021", not a bare year or a date',
      },
    };
  const name = String(cell).trim();
  const m = matchHeader(name);
  if (m.kind === 'unknown')
    return {
      name,
      reason: {
        id: `Judul kolom "${name}" tidak dikenal; lihat daftar kolom yang didokumentasikan`,
        en: `Unknown column header "${name}"; see the documented column list`,
      },
    };
  if (m.kind === 'fixed') return { name, def: m.column };
  return {
    name,
    def: {
      key: `${m.kind}:${m.year}`,
      header: { id: name, en: name },
      required: false,
      type: m.kind === 'target' ? 'number' : 'rupiah',
      perActivity: m.kind === 'pagu',
      description: { id: '', en: '' },
      year: m.year,
    },
  };
}

/** Errors as a reader scans the sheet: row by row, left to right, missing columns last. */
function inSheetOrder(errors: SheetError[]): SheetError[] {
  const col = (e: SheetError) => {
    const letter = e.column?.letter;
    if (!letter) return Number.POSITIVE_INFINITY;
    return [...letter].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  };
  return [...errors].sort((a, b) => a.row - b.row || col(a) - col(b));
}
