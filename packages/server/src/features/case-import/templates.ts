import {
  checkTemplate,
  HTCDS_COLUMN_MAP,
  HTCDS_OPTIONS,
  HTCDS_SOURCE_SYSTEM,
  HTCDS_TEMPLATE_NAME,
  ImportOptions,
  type ImportTemplateInput,
  type ImportTemplateUpdate,
  type ImportTemplateView,
} from '@sigap/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { stableId } from '../../platform/stable-id.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { importBatches, importTemplates } from '../cases/schema.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { conflictOn } from '../shared/field-error.js';
import { picklistCodes } from './row-mapper.js';

/**
 * Templat pemetaan: one per source system, saved once and reused for every file that system
 * sends. The built-in "HTCDS 2.0" template (read-only) makes HTCDS files importable with no
 * mapping work; it is written on first use so that it follows the code of each release.
 */
export const HTCDS_TEMPLATE_ID = stableId('case-import-template:htcds-2.0');

type TemplateRow = typeof importTemplates.$inferSelect;

export function templateView(row: TemplateRow): ImportTemplateView {
  return {
    id: row.id,
    name: row.name,
    sourceSystem: row.sourceSystem,
    institutionId: row.institutionId,
    columnMap: row.columnMap as ImportTemplateView['columnMap'],
    codeMap: row.codeMap as ImportTemplateView['codeMap'],
    options: ImportOptions.parse(row.options ?? {}),
    builtIn: row.id === HTCDS_TEMPLATE_ID,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const ensured = new WeakSet<object>();

export async function ensureBuiltInTemplates(db: DbOrTx): Promise<void> {
  if (ensured.has(db)) return;
  const values = {
    name: HTCDS_TEMPLATE_NAME,
    sourceSystem: HTCDS_SOURCE_SYSTEM,
    columnMap: HTCDS_COLUMN_MAP,
    codeMap: {},
    options: HTCDS_OPTIONS,
  };
  await db
    .insert(importTemplates)
    .values({ id: HTCDS_TEMPLATE_ID, ...values })
    .onConflictDoNothing();
  // keep it as this release defines it (an older release may have written another column list)
  await db
    .update(importTemplates)
    .set({ columnMap: values.columnMap, options: values.options })
    .where(
      sql`${importTemplates.id} = ${HTCDS_TEMPLATE_ID} and ${importTemplates.columnMap} <> ${JSON.stringify(values.columnMap)}::jsonb`,
    );
  ensured.add(db);
}

const NOT_FOUND = { id: 'Templat impor tidak ditemukan', en: 'Import template not found' };

export async function listTemplates(ctx: AppContext): Promise<ImportTemplateView[]> {
  const db = ctx.database.db;
  await ensureBuiltInTemplates(db);
  const rows = await db.select().from(importTemplates).orderBy(asc(importTemplates.name));
  return rows.map(templateView);
}

export async function getTemplate(db: DbOrTx, id: string): Promise<ImportTemplateView> {
  await ensureBuiltInTemplates(db);
  const [row] = await db.select().from(importTemplates).where(eq(importTemplates.id, id));
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  return templateView(row);
}

/** By id or by name (the CLI's `--template "HTCDS 2.0"`). */
export async function resolveTemplate(db: DbOrTx, ref: string): Promise<ImportTemplateView> {
  await ensureBuiltInTemplates(db);
  const byId = /^[0-9a-f-]{36}$/i.test(ref) ? eq(importTemplates.id, ref) : sql`false`;
  const [row] = await db
    .select()
    .from(importTemplates)
    .where(sql`${byId} or lower(${importTemplates.name}) = lower(${ref})`);
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  return templateView(row);
}

async function assertValid(db: DbOrTx, t: Pick<ImportTemplateInput, 'columnMap' | 'codeMap'>) {
  const problems = checkTemplate(t, await picklistCodes(db));
  const first = problems[0];
  if (first)
    throw new AppError(
      'VALIDATION_FAILED',
      first.message,
      problems.map((p) => ({ path: p.path, message: p.message })),
    );
}

const nameTaken = (name: string) =>
  conflictOn('name', {
    id: `Nama templat "${name}" sudah dipakai`,
    en: `The template name "${name}" is already taken`,
  });

/** Built-in templates are read-only; others are changed by their institution or nationally. */
async function editable(db: DbOrTx, auth: AuthContext, id: string): Promise<TemplateRow> {
  const [row] = await db.select().from(importTemplates).where(eq(importTemplates.id, id));
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  if (row.id === HTCDS_TEMPLATE_ID)
    throw new AppError('FORBIDDEN', {
      id: 'Templat bawaan HTCDS 2.0 tidak dapat diubah; salin menjadi templat baru',
      en: 'The built-in HTCDS 2.0 template cannot be changed; copy it into a new template',
    });
  if (auth.scope.level !== 'national' && row.institutionId !== auth.institutionId)
    throw new AppError('FORBIDDEN', {
      id: 'Templat ini milik instansi lain',
      en: 'This template belongs to another institution',
    });
  return row;
}

export async function createTemplate(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: ImportTemplateInput,
): Promise<ImportTemplateView> {
  const db = ctx.database.db;
  await ensureBuiltInTemplates(db);
  await assertValid(db, input);
  try {
    const row = await db.transaction(async (tx) => {
      const [created] = await tx
        .insert(importTemplates)
        .values({ ...input, institutionId: auth.institutionId, createdBy: auth.userId })
        .returning();
      if (!created) throw new Error('template insert returned nothing');
      await recordAudit(tx, actor, {
        action: 'case_import_template.created',
        entityType: 'case_import_template',
        entityId: created.id,
        after: created,
      });
      return created;
    });
    return templateView(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(input.name);
    throw err;
  }
}

export async function updateTemplate(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: ImportTemplateUpdate,
): Promise<ImportTemplateView> {
  const db = ctx.database.db;
  try {
    const row = await db.transaction(async (tx) => {
      const before = await editable(tx, auth, id);
      const merged = {
        columnMap: (input.columnMap ?? before.columnMap) as ImportTemplateInput['columnMap'],
        codeMap: (input.codeMap ?? before.codeMap) as ImportTemplateInput['codeMap'],
      };
      await assertValid(tx, merged);
      const [after] = await tx
        .update(importTemplates)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(importTemplates.id, id))
        .returning();
      if (!after) throw new AppError('NOT_FOUND', NOT_FOUND);
      await recordAudit(tx, actor, {
        action: 'case_import_template.updated',
        entityType: 'case_import_template',
        entityId: id,
        before,
        after,
      });
      return after;
    });
    return templateView(row);
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(input.name ?? '');
    throw err;
  }
}

export async function deleteTemplate(ctx: AppContext, auth: AuthContext, actor: Actor, id: string) {
  await ctx.database.db.transaction(async (tx) => {
    const before = await editable(tx, auth, id);
    const [used] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(importBatches)
      .where(eq(importBatches.templateId, id));
    if (used && used.n > 0)
      throw conflictOn('id', {
        id: `Templat dipakai oleh ${used.n} impor dan tidak dapat dihapus`,
        en: `The template is used by ${used.n} import(s) and cannot be deleted`,
      });
    await tx.delete(importTemplates).where(eq(importTemplates.id, id));
    await recordAudit(tx, actor, {
      action: 'case_import_template.deleted',
      entityType: 'case_import_template',
      entityId: id,
      before,
    });
  });
}
