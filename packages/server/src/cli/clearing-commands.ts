import type { Command } from 'commander';
import {
  type ClearingProgress,
  generateCandidates,
} from '../features/clearing/generate-candidates.js';
import { say, withContext } from './run.js';

/** Progress on stderr (a line per phase step), so stdout keeps only the result. */
function reportProgress(p: ClearingProgress) {
  const of = p.total === null ? '' : ` / ${p.total}`;
  process.stderr.write(`clearing: ${p.phase} ${p.done}${of}\n`);
}

export function clearingCommands(program: Command) {
  program
    .command('clearing')
    .description('Verifikasi dan clearing: duplicate victim records across institutions')
    .command('run')
    .description(
      'Search all victim records for duplicates and refresh the review queue (every scope)',
    )
    .option('--threshold <score>', 'score (50–100) from which a pair is proposed', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 50 || n > 100)
        throw new Error(`--threshold: a whole number from 50 to 100, not "${v}"`);
      return n;
    })
    .option('--json', 'print the result as JSON')
    .option('--quiet', 'no progress lines on stderr')
    .action(async (opts: { threshold?: number; json?: boolean; quiet?: boolean }) => {
      const result = await withContext((ctx) =>
        generateCandidates(ctx, {
          ...(opts.threshold !== undefined ? { threshold: opts.threshold } : {}),
          ...(opts.quiet ? {} : { onProgress: reportProgress }),
        }),
      );
      if (!result) throw new Error('Another duplicate search is running; nothing done.');
      if (opts.json) return say(JSON.stringify(result));
      say(
        `Duplicate search: ${result.records} victim records, ${result.comparisons} comparisons, ` +
          `${result.proposed} pairs at score ${result.threshold} or more (${result.created} new, ` +
          `${result.removed} no longer proposed) in ${(result.durationMs / 1000).toFixed(1)} s.`,
      );
    });
}
