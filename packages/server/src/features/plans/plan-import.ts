import type { Bilingual, Lang, PlanDocument, Scope } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { createPlanFromDocument, documentCounts } from './create-plan.js';
import { saveImportDraft, takeImportDraft } from './import-drafts.js';
import { assertMayManagePlan } from './plan-access.js';
import { hasChanges } from './plan-diff.js';
import { type PreparedImport, prepareImport } from './prepare-import.js';
import { readFirstSheet } from './read-xlsx.js';
import { NO_CHANGES, revisePlanInTx, revisionSaved } from './revise-plan.js';
import { plans } from './schema.js';

export const planCreated: Bilingual = { id: 'Rencana aksi dibuat', en: 'Plan created' };
export const SHEET_UNCHANGED: Bilingual = {
  id: 'Tidak ada perubahan: isi lembar sama dengan rencana aksi',
  en: 'No changes: the sheet matches the plan',
};

/**
 * POST /api/plans/import/preview: the sheet's errors (nothing kept), or what it would create or
 * change and a token to confirm exactly that. The parsed document is kept server-side, so the
 * confirm applies what was previewed, not a file sent again.
 */
export async function previewImport(
  ctx: AppContext,
  auth: AuthContext,
  file: Buffer,
  planId: string | null,
  lang: Lang,
) {
  const db = ctx.database.db;
  const prepared = await prepareImport(db, auth.scope, await readFirstSheet(file), { planId });
  if (!prepared.ok)
    return {
      valid: false as const,
      errors: prepared.errors.map((e) => ({
        row: e.row,
        column: e.column,
        reason: e.reason[lang],
      })),
    };
  const changed = hasChanges(prepared.changes);
  const draft = changed
    ? await saveImportDraft(db, auth.userId, {
        planId: prepared.target?.id ?? null,
        baseRevision: prepared.target?.revision ?? null,
        document: prepared.document,
        changes: prepared.changes,
      })
    : null;
  const d = prepared.document;
  return {
    valid: true as const,
    mode: prepared.mode,
    planId: prepared.target?.id ?? null,
    baseRevision: prepared.target?.revision ?? null,
    plan: {
      kind: d.kind,
      regionCode: d.regionCode,
      title: d.title,
      startYear: d.startYear,
      endYear: d.endYear,
    },
    counts: documentCounts(d),
    noChanges: !changed,
    message: (changed ? previewMessage(prepared) : SHEET_UNCHANGED)[lang],
    changes: prepared.changes,
    importToken: draft?.token ?? null,
    expiresAt: draft?.expiresAt.toISOString() ?? null,
  };
}

function previewMessage(p: Extract<PreparedImport, { ok: true }>): Bilingual {
  if (p.mode === 'create')
    return {
      id: 'Lembar valid; konfirmasi untuk membuat rencana aksi ini',
      en: 'The sheet is valid; confirm to create this plan',
    };
  return {
    id: `Lembar valid; konfirmasi untuk menyimpan perubahan sebagai revisi ${(p.target?.revision ?? 0) + 1}`,
    en: `The sheet is valid; confirm to save the changes as revision ${(p.target?.revision ?? 0) + 1}`,
  };
}

/** POST /api/plans/import/confirm: applies the previewed document, if the plan is as it was. */
export async function confirmImport(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  token: string,
  note: string | null,
  lang: Lang,
) {
  return ctx.database.db.transaction(async (tx) => {
    const draft = await takeImportDraft(tx, auth.userId, token);
    if (draft.planId) {
      const [plan] = await tx
        .select({ revision: plans.revision })
        .from(plans)
        .where(eq(plans.id, draft.planId));
      if (!plan || plan.revision !== draft.baseRevision)
        throw new AppError('CONFLICT', {
          id: `Rencana aksi sudah berubah sejak pratinjau (kini revisi ${plan?.revision ?? '-'}); unggah ulang berkasnya untuk pratinjau baru`,
          en: `The plan changed since the preview (now revision ${plan?.revision ?? '-'}); upload the file again for a new preview`,
        });
    }
    return applyDocument(tx, actor, auth.scope, draft, note, lang);
  });
}

/**
 * Writes an import: a revision of `planId` (refused if it is no longer at `baseRevision`) or a
 * new plan. The CLI applies a prepared import through this too.
 */
export async function applyDocument(
  db: DbOrTx,
  actor: Actor,
  scope: Scope,
  draft: { planId: string | null; baseRevision: number | null; document: PlanDocument },
  note: string | null,
  lang: Lang,
) {
  if (draft.planId) {
    const r = await revisePlanInTx(db, actor, scope, draft.planId, draft.document, {
      note,
      ...(draft.baseRevision === null ? {} : { baseRevision: draft.baseRevision }),
    });
    return {
      planId: r.planId,
      mode: 'revise' as const,
      revision: r.revision,
      message: (r.changed ? revisionSaved(r.revision) : NO_CHANGES)[lang],
    };
  }
  assertMayManagePlan(scope, draft.document.regionCode);
  const r = await createPlanFromDocument(db, actor, draft.document, { note });
  return {
    planId: r.planId,
    mode: 'create' as const,
    revision: r.revision,
    message: planCreated[lang],
  };
}
