import fs from 'node:fs';
import os from 'node:os';
import type { Lang, Scope } from '@sigap/domain';
import type { Command } from 'commander';
import type { Actor } from '../features/audit/audit-log.js';
import type { PlanView } from '../features/plans/api-schemas.js';
import { describeChanges } from '../features/plans/describe-changes.js';
import { exportPlan } from '../features/plans/export-plan.js';
import { MAX_IMPORT_BYTES } from '../features/plans/import-routes.js';
import { listPlans } from '../features/plans/list-plans.js';
import { hasChanges } from '../features/plans/plan-diff.js';
import { applyDocument } from '../features/plans/plan-import.js';
import { prepareImport } from '../features/plans/prepare-import.js';
import { readFirstSheet } from '../features/plans/read-xlsx.js';
import { PLAN_REF_HELP, resolvePlanRef } from '../features/plans/resolve-plan.js';
import { AppError } from '../platform/http/errors.js';
import { say, withContext } from './run.js';

/** The command line acts nationally, as the operator who runs it (recorded in the audit log). */
const NATIONAL: Scope = { level: 'national', regionCode: null };

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
const LANG_OPTION = ['--lang <lang>', 'language of headers and messages: id | en', 'id'] as const;

/** An AppError (user-facing) in the chosen language; anything else as it is. */
function fail(err: unknown, lang: Lang): never {
  if (err instanceof AppError && err.text) throw new Error(err.text[lang]);
  throw err;
}

export function planCommands(program: Command) {
  const plan = program
    .command('plan')
    .description('Action plans (rencana aksi: the RAN and the RADs)')
    .addHelpText('after', `\n${PLAN_REF_HELP}`);

  plan
    .command('list')
    .description('List every plan')
    .option('--json', 'print JSON instead of a table')
    .action(async (opts: { json?: boolean }) => {
      const items = await withContext(async (ctx) => {
        const all: PlanView[] = [];
        for (let page = 1; ; page++) {
          const r = await listPlans(ctx.database.db, NATIONAL, { page, pageSize: 200 });
          all.push(...r.items);
          if (all.length >= r.meta.total || r.items.length === 0) return all;
        }
      });
      if (opts.json) return say(JSON.stringify(items, null, 2));
      for (const p of items)
        say(
          [
            p.id,
            p.kind.toUpperCase().padEnd(3),
            (p.regionCode ?? '-').padEnd(5),
            `${p.startYear}–${p.endYear}`,
            `rev ${p.revision}`,
            `${p.activityCount} aksi`,
            p.title,
          ].join('  '),
        );
      if (items.length === 0) say('Belum ada rencana aksi / No plans yet');
    });

  plan
    .command('export <plan>')
    .description('Write a plan in force to one XLSX sheet')
    .requiredOption('-o, --output <file>', 'the .xlsx file to write')
    .option(...LANG_OPTION)
    .action(async (ref: string, opts: { output: string; lang: string }) => {
      const lang = langOf(opts.lang);
      const file = await withContext(async (ctx) => {
        const found = await resolvePlanRef(ctx.database.db, ref);
        if (!found.ok) throw new Error(found.reason[lang]);
        return exportPlan(ctx.database.db, NATIONAL, found.plan.id, lang).catch((e) =>
          fail(e, lang),
        );
      });
      fs.writeFileSync(opts.output, file.buffer);
      say(`${opts.output} (${file.buffer.length} bytes)`);
    });

  plan
    .command('import <file>')
    .description(
      'Import an XLSX plan sheet: a new plan, or a revision of --plan (or of the plan its plan block names)',
    )
    .option('--plan <plan>', 'the plan to revise')
    .option('--dry-run', 'only print what would change; write nothing')
    .option('--note <text>', 'note of the revision')
    .option(...LANG_OPTION)
    .action(
      async (
        path: string,
        opts: { plan?: string; dryRun?: boolean; note?: string; lang: string },
      ) => {
        const lang = langOf(opts.lang);
        const size = fs.statSync(path).size;
        if (size > MAX_IMPORT_BYTES)
          throw new Error(
            lang === 'id'
              ? `Berkas terlalu besar (${size} byte); paling besar ${MAX_IMPORT_BYTES} byte`
              : `The file is too large (${size} bytes); at most ${MAX_IMPORT_BYTES} bytes`,
          );
        const rows = await readFirstSheet(fs.readFileSync(path)).catch((e) => fail(e, lang));
        await withContext(async (ctx) => {
          const db = ctx.database.db;
          let planId: string | null = null;
          if (opts.plan) {
            const found = await resolvePlanRef(db, opts.plan);
            if (!found.ok) throw new Error(found.reason[lang]);
            planId = found.plan.id;
          }
          const prepared = await prepareImport(db, NATIONAL, rows, { planId }).catch((e) =>
            fail(e, lang),
          );
          if (!prepared.ok) {
            const word =
              lang === 'id' ? { row: 'Baris', col: 'kolom' } : { row: 'Row', col: 'column' };
            for (const e of prepared.errors) {
              const col = e.column
                ? `, ${word.col} ${e.column.letter ? `${e.column.letter} ` : ''}"${e.column.name}"`
                : '';
              say(`${word.row} ${e.row}${col}: ${e.reason[lang]}`);
            }
            say(
              lang === 'id'
                ? `${prepared.errors.length} galat; tidak ada yang disimpan`
                : `${prepared.errors.length} error(s); nothing was written`,
            );
            process.exitCode = 1;
            return;
          }
          const d = prepared.document;
          const target = prepared.target;
          say(
            target
              ? `${lang === 'id' ? 'Revisi' : 'Revision of'} ${target.title} (${target.id}, rev ${target.revision})`
              : `${lang === 'id' ? 'Rencana aksi baru' : 'New plan'}: ${d.title} (${d.kind.toUpperCase()}${d.regionCode ? ` ${d.regionCode}` : ''} ${d.startYear}–${d.endYear})`,
          );
          if (!hasChanges(prepared.changes)) {
            say('Tidak ada perubahan / No changes');
            return;
          }
          for (const line of describeChanges(prepared.changes, lang)) say(line);
          if (opts.dryRun) {
            say(
              lang === 'id'
                ? 'Uji coba (--dry-run): tidak ada yang disimpan'
                : 'Dry run: nothing was written',
            );
            return;
          }
          const draft = {
            planId: target?.id ?? null,
            baseRevision: target?.revision ?? null,
            document: d,
          };
          const r = await applyDocument(
            db,
            cliActor(),
            NATIONAL,
            draft,
            opts.note ?? null,
            lang,
          ).catch((e) => fail(e, lang));
          say(`${r.message}: ${r.planId}`);
        });
      },
    );
}
