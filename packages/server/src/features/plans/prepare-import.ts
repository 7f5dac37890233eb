import {
  type Bilingual,
  type CellValue,
  issueMessage,
  matchHeader,
  normalise,
  PLAN_META_FIELDS,
  PLAN_VALIDATION_MESSAGES,
  type PlanCreate,
  PlanDocument,
  parsePlanSheet,
  type RawIssue,
  readPlanMeta,
  type Scope,
  type SheetError,
} from '@sigap/domain';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { regions } from '../regions/schema.js';
import type { PlanChanges } from './api-schemas.js';
import { institutionLookup, ranActivityLookup } from './import-lookups.js';
import { loadLabels, referencedIds } from './labels.js';
import { EMPTY_MATRIX, loadMatrix, normaliseDocument, type PlanRow } from './load-matrix.js';
import { assertMayManagePlan, getVisiblePlan } from './plan-access.js';
import { diffPlan } from './plan-diff.js';
import { plans } from './schema.js';

export type PreparedImport =
  | { ok: false; errors: SheetError[] }
  | {
      ok: true;
      mode: 'create' | 'revise';
      target: PlanRow | null;
      document: PlanDocument;
      changes: PlanChanges;
    };

/**
 * A sheet read into the document it would make, and what that would change — written nowhere.
 * The API preview, its confirm and the CLI (dry run or not) all start here. Without a plan to
 * revise, the sheet's plan block says which plan it is: an existing plan of the same kind, region
 * and start year is revised (so an exported sheet imported back changes nothing), otherwise a
 * new plan is created.
 */
export async function prepareImport(
  db: DbOrTx,
  scope: Scope,
  rows: CellValue[][],
  opts: { planId?: string | null } = {},
): Promise<PreparedImport> {
  let target = opts.planId ? await getVisiblePlan(db, scope, opts.planId) : null;
  const at = headerIndex(rows);
  const meta = at < 0 ? { ok: true as const, plan: null } : readPlanMeta(rows.slice(0, at));
  if (!meta.ok) return meta;
  const block = meta.plan;
  const problem = (key: string, reason: Bilingual): PreparedImport => ({
    ok: false,
    errors: [{ row: metaRow(rows, key), column: { letter: 'B', name: metaLabel(key) }, reason }],
  });

  if (block) {
    assertMayManagePlan(scope, block.regionCode);
    if (target && (block.kind !== target.kind || block.regionCode !== target.regionCode))
      return problem(block.kind !== target.kind ? 'kind' : 'regionCode', {
        id: `Lembar ini untuk ${describe(block)}, bukan rencana aksi yang dipilih (${describe(target)})`,
        en: `This sheet is for ${describe(block)}, not the chosen plan (${describe(target)})`,
      });
    if (block.regionCode !== null && !(await regionExists(db, block.regionCode)))
      return problem('regionCode', {
        id: `Wilayah ${block.regionCode} tidak ditemukan`,
        en: `Region ${block.regionCode} not found`,
      });
    if (!target) {
      const found = await samePlan(db, block);
      if (found && found.startYear !== block.startYear)
        return problem('startYear', {
          id: `Periode bertumpang tindih dengan "${found.title}" (${found.startYear}–${found.endYear}); pilih rencana aksi itu untuk merevisinya`,
          en: `The period overlaps "${found.title}" (${found.startYear}–${found.endYear}); choose that plan to revise it`,
        });
      target = found;
    }
  }
  if (target) assertMayManagePlan(scope, target.regionCode);

  const header: PlanCreate | null = block ?? (target ? headerOf(target) : null);
  const matrix = target ? await loadMatrix(db, target.id) : EMPTY_MATRIX;
  const keptLinks = matrix.activities.flatMap((a) => (a.ranActivityId ? [a.ranActivityId] : []));
  const [institutionByCodeOrName, ranActivityByCode] = await Promise.all([
    institutionLookup(db),
    header?.kind === 'rad' ? ranActivityLookup(db, header, keptLinks) : undefined,
  ]);
  const parsed = parsePlanSheet(rows, {
    ...(target ? { plan: headerOf(target) } : {}),
    institutionByCodeOrName,
    ...(ranActivityByCode ? { ranActivityByCode } : {}),
  });
  if (!parsed.ok) return parsed;
  const plan = parsed.plan ?? header;
  if (!plan) throw new Error('a parsed sheet always has a plan');
  const checked = PlanDocument.safeParse(
    { ...plan, programs: parsed.programs },
    { reportInput: true },
  );
  if (!checked.success)
    return {
      ok: false,
      errors: checked.error.issues.map((issue) => ({
        row: Math.max(at + 1, 1),
        column: null,
        reason: PLAN_VALIDATION_MESSAGES[issue.message] ?? {
          id: `${issue.path.join('.')}: ${issueMessage(issue as unknown as RawIssue, 'id')}`,
          en: `${issue.path.join('.')}: ${issueMessage(issue as unknown as RawIssue, 'en')}`,
        },
      })),
    };
  const document = normaliseDocument(checked.data);
  const labels = await loadLabels(db, referencedIds([document], [matrix]));
  return {
    ok: true,
    mode: target ? 'revise' : 'create',
    target,
    document,
    changes: diffPlan(target, matrix, document, labels),
  };
}

export function headerOf(p: PlanRow): PlanCreate {
  return {
    kind: p.kind,
    regionCode: p.regionCode,
    title: p.title,
    startYear: p.startYear,
    endYear: p.endYear,
    legalBasis: p.legalBasis,
    reporting: p.reporting,
  };
}

/** As parsePlanSheet finds it: the first row with three known headers. */
function headerIndex(rows: CellValue[][]): number {
  return rows
    .slice(0, 50)
    .findIndex(
      (r) => r.filter((v) => typeof v === 'string' && matchHeader(v).kind === 'fixed').length >= 3,
    );
}

function metaLabel(key: string): string {
  return PLAN_META_FIELDS.find((f) => f.key === key)?.label.id ?? key;
}

function metaRow(rows: CellValue[][], key: string): number {
  const field = PLAN_META_FIELDS.find((f) => f.key === key);
  const i = rows.findIndex((r) => {
    const label = r[0];
    return (
      typeof label === 'string' &&
      field !== undefined &&
      [field.label.id, field.label.en].some((l) => normalise(l) === normalise(label))
    );
  });
  return i + 1 || 1;
}

function describe(p: {
  kind: string;
  regionCode: string | null;
  startYear: number;
  endYear: number;
}) {
  return `${p.kind.toUpperCase()}${p.regionCode ? ` ${p.regionCode}` : ''} ${p.startYear}–${p.endYear}`;
}

async function regionExists(db: DbOrTx, code: string): Promise<boolean> {
  const [r] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return r !== undefined;
}

/** The plan of the same kind and region whose period overlaps the sheet's (at most one exists). */
async function samePlan(db: DbOrTx, p: PlanCreate): Promise<PlanRow | null> {
  const [row] = await db
    .select()
    .from(plans)
    .where(
      and(
        eq(plans.kind, p.kind),
        p.regionCode === null ? isNull(plans.regionCode) : eq(plans.regionCode, p.regionCode),
        lte(plans.startYear, p.endYear),
        gte(plans.endYear, p.startYear),
      ),
    )
    .limit(1);
  return row ?? null;
}
