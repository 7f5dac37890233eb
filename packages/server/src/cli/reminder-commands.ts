import type { Command } from 'commander';
import { runReminderSweep } from '../features/notifications/reminder-sweep.js';
import { say, withContext } from './run.js';

export function reminderCommands(program: Command) {
  program
    .command('reminders')
    .description('Deadline reminders and notification e-mail')
    .command('run')
    .description(
      'Run the reminder sweep once: remind reporters of near and past deadlines, then e-mail unsent notifications',
    )
    .option(
      '--at <datetime>',
      'judge deadlines as of this moment (ISO date or date-time) instead of now',
    )
    .option('--json', 'print the result as JSON')
    .action(async (opts: { at?: string; json?: boolean }) => {
      const now = opts.at ? new Date(opts.at) : new Date();
      if (Number.isNaN(now.getTime())) throw new Error(`--at: not a date: ${opts.at}`);
      const result = await withContext((ctx) => runReminderSweep(ctx, now));
      if (opts.json) return say(JSON.stringify(result));
      if (!result.ran) return say('Another instance is running the reminder sweep; nothing done.');
      say(
        `Reminders: ${result.approaching} for approaching deadlines, ${result.overdue} for overdue reports; ` +
          `${result.emailed} e-mail(s) sent${result.failedEmails ? `, ${result.failedEmails} failed (retried next run)` : ''}.`,
      );
    });
}
