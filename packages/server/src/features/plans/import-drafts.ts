import { createHash, randomBytes } from 'node:crypto';
import type { PlanDocument } from '@sigap/domain';
import { and, eq, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { PlanChanges } from './api-schemas.js';
import { planImports } from './schema.js';

/** Long enough to read a preview and ask a colleague; short enough not to pile up. */
export const IMPORT_PREVIEW_MINUTES = 120;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/** Keeps a previewed document for its confirm (any instance may receive it); returns the token. */
export async function saveImportDraft(
  db: DbOrTx,
  userId: string,
  draft: {
    planId: string | null;
    baseRevision: number | null;
    document: PlanDocument;
    changes: PlanChanges;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + IMPORT_PREVIEW_MINUTES * 60_000);
  // abandoned previews are swept by the next one
  await db.delete(planImports).where(lt(planImports.expiresAt, new Date()));
  await db.insert(planImports).values({ tokenHash: hashOf(token), userId, expiresAt, ...draft });
  return { token, expiresAt };
}

/**
 * The draft of a token, removed in the caller's transaction (one confirm per preview; if the
 * confirm fails, the rollback keeps it). Only the user who previewed it may confirm it.
 */
export async function takeImportDraft(tx: DbOrTx, userId: string, token: string) {
  const [row] = await tx
    .select()
    .from(planImports)
    .where(and(eq(planImports.tokenHash, hashOf(token)), eq(planImports.userId, userId)))
    .for('update');
  if (!row)
    throw new AppError('NOT_FOUND', {
      id: 'Pratinjau impor tidak ditemukan atau sudah dipakai; unggah ulang berkasnya',
      en: 'The import preview was not found or was already used; upload the file again',
    });
  if (row.expiresAt.getTime() < Date.now())
    throw new AppError('CONFLICT', {
      id: `Pratinjau impor kedaluwarsa (berlaku ${IMPORT_PREVIEW_MINUTES} menit); unggah ulang berkasnya`,
      en: `The import preview expired (it is valid for ${IMPORT_PREVIEW_MINUTES} minutes); upload the file again`,
    });
  await tx.delete(planImports).where(eq(planImports.tokenHash, row.tokenHash));
  return {
    planId: row.planId,
    baseRevision: row.baseRevision,
    document: row.document as PlanDocument,
  };
}
