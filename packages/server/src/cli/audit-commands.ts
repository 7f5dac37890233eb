import type { Command } from 'commander';
import { verifyAuditChain } from '../features/audit/verify-chain.js';
import { say, withContext } from './run.js';

export function auditCommands(program: Command) {
  program
    .command('audit')
    .description('Audit log')
    .command('verify')
    .description('Recompute the hash chain of the whole audit log; exit 1 if it was tampered with')
    .action(async () => {
      const report = await withContext((ctx) =>
        verifyAuditChain(ctx.database.db, (n) => process.stderr.write(`\rchecked ${n} entries`)),
      );
      process.stderr.write('\n');
      if (report.ok) say(`audit log intact: ${report.entries} entries verified`);
      else {
        say(
          `AUDIT LOG BROKEN at entry ${report.brokenAtId}: ${report.reason} (${report.entries} entries before it are intact)`,
        );
        process.exitCode = 1;
      }
    });
}
