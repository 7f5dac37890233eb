import type { Bilingual, Lang } from '../common/lang.js';
import { issueMessage, type RawIssue } from '../common/validation-messages.js';
import {
  type MatrixSheetContext,
  type MatrixSheetResult,
  parseMatrixSheet,
  type SheetError,
} from './matrix-sheet.js';
import { matchHeader } from './matrix-sheet-columns.js';
import { PLAN_VALIDATION_MESSAGES } from './messages.js';
import {
  MAX_PLAN_YEAR,
  MIN_PLAN_YEAR,
  PERIOD_FREQUENCIES,
  PERIOD_FREQUENCY_LABELS,
} from './periods.js';
import { PlanCreate } from './schemas.js';
import {
  type CellValue,
  normalise,
  readNumber,
  readText,
  readYear,
  type SheetRow,
} from './sheet-cells.js';

/**
 * The plan block above the table: label in column A, value in column B. It makes an exported
 * sheet self-contained, so `sigap plan import f.xlsx` can create the plan it describes. Rows with
 * a label not listed here (a title line, a note) are ignored.
 */
export const PLAN_META_FIELDS = [
  { key: 'title', label: { id: 'Judul Rencana Aksi', en: 'Plan title' } },
  { key: 'kind', label: { id: 'Jenis (RAN/RAD)', en: 'Kind (RAN/RAD)' } },
  { key: 'regionCode', label: { id: 'Kode Wilayah', en: 'Region code' } },
  { key: 'startYear', label: { id: 'Tahun Mulai', en: 'Start year' } },
  { key: 'endYear', label: { id: 'Tahun Akhir', en: 'End year' } },
  { key: 'legalBasis', label: { id: 'Dasar Hukum', en: 'Legal basis' } },
  { key: 'frequency', label: { id: 'Periode Pelaporan', en: 'Reporting frequency' } },
  { key: 'deadlineDays', label: { id: 'Batas Lapor (hari)', en: 'Deadline (days)' } },
  { key: 'closingGraceDays', label: { id: 'Masa Tenggang (hari)', en: 'Grace period (days)' } },
] as const;
type MetaKey = (typeof PLAN_META_FIELDS)[number]['key'];

/** The header row is looked for in the first rows only: a plan block is a dozen rows at most. */
const HEADER_SEARCH_ROWS = 50;

export function planMetaRows(plan: PlanCreate, lang: Lang = 'id'): CellValue[][] {
  const values: Record<MetaKey, CellValue> = {
    title: plan.title,
    kind: plan.kind.toUpperCase(),
    regionCode: plan.regionCode,
    startYear: plan.startYear,
    endYear: plan.endYear,
    legalBasis: plan.legalBasis,
    frequency: PERIOD_FREQUENCY_LABELS[plan.reporting.frequency][lang],
    deadlineDays: plan.reporting.deadlineDays,
    closingGraceDays: plan.reporting.closingGraceDays,
  };
  return PLAN_META_FIELDS.map((f) => [f.label[lang], values[f.key]]);
}

export type PlanSheetResult =
  | {
      ok: true;
      plan: PlanCreate | null;
      programs: Extract<MatrixSheetResult, { ok: true }>['programs'];
    }
  | { ok: false; errors: SheetError[] };

/**
 * A whole sheet: the plan block (optional), the header row, the data rows. `rows[0]` is sheet
 * row 1. The plan block wins over `ctx.plan` for the years; `ctx.plan` (the plan being revised)
 * serves when the block is absent. Returns the block's plan, or null when there is none.
 */
export function parsePlanSheet(
  rows: readonly SheetRow[],
  ctx: Omit<MatrixSheetContext, 'plan'> & { plan?: MatrixSheetContext['plan'] },
): PlanSheetResult {
  // three known headers in one row: a plan-block label or a title line cannot pass for it
  const at = rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex(
      (r) => r.filter((v) => typeof v === 'string' && matchHeader(v).kind === 'fixed').length >= 3,
    );
  if (at < 0)
    return failAt(1, {
      id: 'Baris judul kolom tidak ditemukan; tabel diawali baris judul seperti "Strategi", "Kode Program", …',
      en: 'No header row found; the table starts with a row of headers such as "Strategy", "Program code", …',
    });
  const meta = readPlanMeta(rows.slice(0, at));
  if (!meta.ok) return meta;
  const plan = meta.plan ?? ctx.plan ?? null;
  if (!plan)
    return failAt(1, {
      id: 'Data rencana aksi (judul, jenis, tahun) tidak ada di atas tabel; isi atau pilih rencana aksi',
      en: 'The plan details (title, kind, years) are missing above the table; fill them in or choose a plan',
    });
  const parsed = parseMatrixSheet(
    { header: rows[at] ?? [], rows: rows.slice(at + 1), headerRowNumber: at + 1 },
    { ...ctx, plan },
  );
  if (!parsed.ok) return parsed;
  return { ok: true, plan: meta.plan, programs: parsed.programs };
}

function failAt(row: number, reason: Bilingual): { ok: false; errors: SheetError[] } {
  return { ok: false, errors: [{ row, column: null, reason }] };
}

const FREQUENCY_NAMES = new Map<string, string>();
for (const f of PERIOD_FREQUENCIES)
  for (const name of [f, PERIOD_FREQUENCY_LABELS[f].id, PERIOD_FREQUENCY_LABELS[f].en])
    FREQUENCY_NAMES.set(normalise(name), f);
for (const [alias, f] of [
  ['caturwulan', 'four_monthly'],
  ['four-monthly', 'four_monthly'],
])
  FREQUENCY_NAMES.set(alias as string, f as string);

/** Reads the plan block; `plan` is null when the rows hold none of its labels. */
export function readPlanMeta(
  rows: readonly SheetRow[],
): { ok: true; plan: PlanCreate | null } | { ok: false; errors: SheetError[] } {
  const found = new Map<MetaKey, { row: number; value: CellValue }>();
  rows.forEach((cells, i) => {
    const label = readText(cells[0] ?? null);
    if (!label.ok) return;
    const field = PLAN_META_FIELDS.find(
      (f) =>
        normalise(f.label.id) === normalise(label.value) ||
        normalise(f.label.en) === normalise(label.value),
    );
    if (field) found.set(field.key, { row: i + 1, value: cells[1] ?? null });
  });
  if (found.size === 0) return { ok: true, plan: null };

  const errors: SheetError[] = [];
  const rowOf = (key: string) => found.get(key as MetaKey)?.row ?? 1;
  const label = (key: string) => PLAN_META_FIELDS.find((f) => f.key === key)?.label.id ?? key;
  const fail = (key: string, reason: Bilingual) =>
    errors.push({
      row: rowOf(key),
      column: { letter: found.has(key as MetaKey) ? 'B' : null, name: label(key) },
      reason,
    });
  const text = (key: MetaKey) => {
    const r = readText(found.get(key)?.value ?? null);
    if (!r.ok) fail(key, r.reason);
    return r.ok && r.value !== '' ? r.value : null;
  };
  const whole = (key: MetaKey) => {
    const r = readNumber(found.get(key)?.value ?? null, { integer: true });
    if (!r.ok) fail(key, r.reason);
    return r.ok ? (r.value ?? undefined) : undefined;
  };
  const year = (key: MetaKey) => {
    const r = readYear(found.get(key)?.value ?? null, MIN_PLAN_YEAR, MAX_PLAN_YEAR);
    if (!r.ok) fail(key, r.reason);
    return r.ok ? r.value : null;
  };
  const frequencyText = text('frequency');
  const frequency =
    frequencyText === null
      ? undefined
      : (FREQUENCY_NAMES.get(normalise(frequencyText)) ?? frequencyText);
  const candidate = {
    title: text('title'),
    kind: text('kind')?.toLowerCase() ?? null,
    regionCode: text('regionCode'),
    startYear: year('startYear'),
    endYear: year('endYear'),
    legalBasis: text('legalBasis'),
    reporting: {
      frequency,
      deadlineDays: whole('deadlineDays'),
      closingGraceDays: whole('closingGraceDays'),
    },
  };
  if (errors.length > 0) return { ok: false, errors };
  const parsed = PlanCreate.safeParse(candidate, { reportInput: true });
  if (parsed.success) return { ok: true, plan: parsed.data };
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[issue.path[0] === 'reporting' ? 1 : 0] ?? 'title');
    fail(key, bilingualIssue(issue as unknown as RawIssue));
  }
  return { ok: false, errors };
}

function bilingualIssue(issue: RawIssue): Bilingual {
  return (
    PLAN_VALIDATION_MESSAGES[issue.message] ?? {
      id: issueMessage(issue, 'id'),
      en: issueMessage(issue, 'en'),
    }
  );
}
