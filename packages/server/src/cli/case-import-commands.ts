import os from 'node:os';
import type { Lang } from '@sigap/domain';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import type { Actor } from '../features/audit/audit-log.js';
import { importCaseFile } from '../features/case-import/import-case-file.js';
import { rollbackImport } from '../features/case-import/rollback-import.js';
import type { Progress } from '../features/case-import/run-import.js';
import { institutions } from '../features/institutions/schema.js';
import { regions } from '../features/regions/schema.js';
import { AppError } from '../platform/http/errors.js';
import { say, withContext } from './run.js';

/** The command line acts nationally, as the operator who runs it (recorded in the audit log). */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (some containers): the audit entry still says it came from the CLI
  }
  return { userId: null, email: `cli:${user}`, ip: null };
}

const langOf = (v: string): Lang => {
  if (v !== 'id' && v !== 'en') throw new Error('--lang must be id or en');
  return v;
};

function fail(err: unknown, lang: Lang): never {
  if (err instanceof AppError && err.text) throw new Error(err.text[lang]);
  throw err;
}

/** A progress line at most every two seconds (and the last one), to stderr. */
function progressPrinter(lang: Lang) {
  let last = 0;
  return (p: Progress) => {
    const now = Date.now();
    if (now - last < 2000 && p.rows !== p.total) return;
    last = now;
    const word =
      p.phase === 'validate'
        ? lang === 'id'
          ? 'diperiksa'
          : 'checked'
        : lang === 'id'
          ? 'diimpor'
          : 'imported';
    const of = p.total ? `/${p.total} (${Math.floor((p.rows / p.total) * 100)}%)` : '';
    process.stderr.write(`${p.rows}${of} ${lang === 'id' ? 'baris' : 'rows'} ${word}\n`);
  };
}

type ImportOpts = {
  template: string;
  dryRun?: boolean;
  institution: string;
  region?: string;
  sourceSystem?: string;
  validOnly?: boolean;
  updateExisting?: boolean;
  resume?: string;
  lang: string;
};

export function caseImportCommands(program: Command) {
  // the cases helper may have made the `cases` group already: add to it rather than replace it
  const cases =
    program.commands.find((c) => c.name() === 'cases') ??
    program.command('cases').description('Case registry (kasus TPPO)');

  cases
    .command('import <file>')
    .description('Import a CSV or XLSX file of cases with a saved mapping template')
    .requiredOption('--template <name>', 'template name or id (e.g. "HTCDS 2.0")')
    .option('--dry-run', 'check the whole file and list bad rows; write nothing')
    .option('--institution <code>', 'institution the cases belong to', 'KEMENPPPA')
    .option('--region <code>', 'province or kabupaten/kota of the cases (none: national)')
    .option('--source-system <name>', "override the template's source system")
    .option('--valid-only', 'import the valid rows even when others have errors')
    .option('--update-existing', 'update records already imported from the source (default: skip)')
    .option('--resume <batch>', 'continue an interrupted import of this file')
    .option('--lang <lang>', 'language of messages: id | en', 'id')
    .action(async (file: string, opts: ImportOpts) => {
      const lang = langOf(opts.lang);
      const started = Date.now();
      await withContext(async (ctx) => {
        const db = ctx.database.db;
        const [inst] = await db
          .select({ id: institutions.id })
          .from(institutions)
          .where(eq(institutions.code, opts.institution.toUpperCase()));
        if (!inst)
          throw new Error(
            `${lang === 'id' ? 'Instansi tidak dikenal' : 'Unknown institution'}: ${opts.institution}`,
          );
        if (opts.region) {
          const [r] = await db.select().from(regions).where(eq(regions.code, opts.region));
          if (!r || (r.level !== 'province' && r.level !== 'regency'))
            throw new Error(
              lang === 'id'
                ? `--region harus kode provinsi atau kabupaten/kota yang ada: ${opts.region}`
                : `--region must be an existing province or kabupaten/kota code: ${opts.region}`,
            );
        }
        const result = await importCaseFile(
          ctx,
          {
            filePath: file,
            template: opts.template,
            institutionId: inst.id,
            regionCode: opts.region ?? null,
            actor: cliActor(),
            ...(opts.sourceSystem ? { sourceSystem: opts.sourceSystem } : {}),
            dryRun: opts.dryRun ?? false,
            validOnly: opts.validOnly ?? false,
            existing: opts.updateExisting ? 'update' : 'skip',
            ...(opts.resume ? { resumeBatchId: opts.resume } : {}),
          },
          progressPrinter(lang),
        ).catch((e) => fail(e, lang));
        const v = result.validation;
        const w =
          lang === 'id'
            ? { row: 'Baris', col: 'kolom', rows: 'baris', valid: 'sah', errors: 'galat' }
            : { row: 'Row', col: 'column', rows: 'rows', valid: 'valid', errors: 'errors' };
        if (v) {
          for (const e of v.errors.slice(0, 50))
            say(
              `${w.row} ${e.row}${e.column ? `, ${w.col} "${e.column}"` : ''}: ${e.message[lang]}`,
            );
          if (v.errorCount > 50) say(`… +${v.errorCount - 50} ${w.errors}`);
          say(`${v.totalRows} ${w.rows}, ${v.validRows} ${w.valid}, ${v.errorCount} ${w.errors}`);
        }
        const b = result.batch;
        if (!b) {
          say(
            lang === 'id'
              ? 'Uji coba (--dry-run): tidak ada yang disimpan'
              : 'Dry run: nothing was written',
          );
          if (v && v.errorCount > 0) process.exitCode = 1;
          return;
        }
        if (b.state !== 'completed') {
          say(
            lang === 'id'
              ? `Tidak diimpor: ada baris yang salah (pakai --valid-only untuk mengimpor baris yang sah saja). Impor ${b.id}`
              : `Not imported: some rows have errors (use --valid-only to import the valid rows only). Import ${b.id}`,
          );
          process.exitCode = 1;
          return;
        }
        const seconds = (Date.now() - started) / 1000;
        say(
          lang === 'id'
            ? `Impor ${b.id} selesai: ${b.processedRows} baris, ${b.createdCases} kasus baru, ${b.updatedCases} diperbarui, ${seconds.toFixed(1)} dtk (${Math.round(b.processedRows / seconds)} baris/dtk)`
            : `Import ${b.id} completed: ${b.processedRows} rows, ${b.createdCases} new cases, ${b.updatedCases} updated, ${seconds.toFixed(1)} s (${Math.round(b.processedRows / seconds)} rows/s)`,
        );
      });
    });

  cases
    .command('import-rollback <batch>')
    .description('Undo an import as a whole (cases it created go, cases it updated are restored)')
    .option('--lang <lang>', 'language of messages: id | en', 'id')
    .action(async (batch: string, opts: { lang: string }) => {
      const lang = langOf(opts.lang);
      await withContext(async (ctx) => {
        const b = await rollbackImport(
          ctx,
          { level: 'national', regionCode: null },
          cliActor(),
          batch,
        ).catch((e) => fail(e, lang));
        say(lang === 'id' ? `Impor ${b.id} dibatalkan` : `Import ${b.id} rolled back`);
      });
    });
}
