import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import type { Actor } from '../features/audit/audit-log.js';
import { describeCtdcReport, exportCtdc } from '../features/case-stats/export-ctdc.js';
import { loadConfig } from '../platform/config.js';
import { withContext } from './run.js';

/** The operator who runs the command, as the audit log records it. */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (some containers): the entry still says it came from the CLI
  }
  return { userId: null, email: `cli:${user}`, ip: null };
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2) throw new Error('--k must be a whole number of at least 2');
  return n;
}

/** Writes the chunks to the file, waiting whenever the disk is slower than we are. */
async function writeAll(path: string, chunks: Iterable<string>) {
  const out = fs.createWriteStream(path, { encoding: 'utf8' });
  const closed = once(out, 'close');
  for (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await closed;
}

export function exportCommands(program: Command) {
  const exp = program.command('export').description('Open-data exports');

  exp
    .command('ctdc')
    .description(
      'Write the anonymised victim-level data set in the IOM CTDC layout (k-anonymous; the suppression report goes to stderr)',
    )
    .requiredOption('-o, --output <file>', 'the .csv file to write')
    .option('--k <k>', 'smallest equivalence class (default: SIGAP_CTDC_K, 11)', positiveInt)
    .option('--verified-only', 'only records the data officer verified')
    .option('--report <file>', 'also write the suppression report as JSON to this file')
    .action(
      async (opts: { output: string; k?: number; verifiedOnly?: boolean; report?: string }) => {
        const configured = loadConfig().ctdcK;
        const k = opts.k ?? configured;
        if (k < configured)
          process.stderr.write(
            `warning: k = ${k} is below this installation's rule (SIGAP_CTDC_K = ${configured})\n`,
          );
        const report = await withContext(async (ctx) => {
          const file = await exportCtdc(
            ctx.database.db,
            ctx.database.db,
            cliActor(),
            { k, verifiedOnly: opts.verifiedOnly === true },
            (n) => process.stderr.write(`\rread ${n} victims`),
          );
          process.stderr.write('\n');
          await writeAll(opts.output, file.chunks());
          return file.report;
        });
        for (const line of describeCtdcReport(report)) process.stderr.write(`${line}\n`);
        if (opts.report) fs.writeFileSync(opts.report, `${JSON.stringify(report, null, 2)}\n`);
        process.stderr.write(`${opts.output}: ${report.rowsOut} rows\n`);
      },
    );
}
