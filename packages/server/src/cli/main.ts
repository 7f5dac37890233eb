import { Command } from 'commander';
import { auditCommands } from './audit-commands.js';
import { caseImportCommands } from './case-import-commands.js';
import { clearingCommands } from './clearing-commands.js';
import { dbCommands } from './db-commands.js';
import { exportCommands } from './export-commands.js';
import { identifyingExportCommand, keyCommands } from './key-commands.js';
import { planCommands } from './plan-commands.js';
import { regionCommands } from './region-commands.js';
import { reminderCommands } from './reminder-commands.js';
import { serveCommand } from './serve-command.js';
import { userCommands } from './user-commands.js';

const program = new Command()
  .name('sigap')
  .description(
    'Sigap — sistem informasi GT PP TPPO (anti-trafficking task force information system)',
  )
  .version('0.1.0')
  .showHelpAfterError();

serveCommand(program);
dbCommands(program);
userCommands(program);
auditCommands(program);
regionCommands(program);
planCommands(program);
reminderCommands(program);
exportCommands(program);
caseImportCommands(program);
clearingCommands(program);
keyCommands(program);
// last: it joins a `cases` command registered above, if any
identifyingExportCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
