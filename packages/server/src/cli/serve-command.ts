import type { Command } from 'commander';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../features/demo/demo-accounts.js';
import { hasUsers, seedDemo } from '../features/demo/seed-demo.js';
import { startReminderSchedule } from '../features/notifications/reminder-schedule.js';
import { createContext, openConfiguredDatabase, prepareDatabase } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import { createFieldCrypto, loadKeyring } from '../platform/field-crypto.js';
import { buildApp } from '../platform/http/app.js';
import { createStorage } from '../platform/storage/index.js';
import { say } from './run.js';

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('Run the web application and API')
    .option('--demo-if-empty', 'seed the demo data when the database has no users yet')
    .action(async (opts: { demoIfEmpty?: boolean }) => {
      const started = Date.now();
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      let seeded = false;
      try {
        const tag = await prepareDatabase(database);
        if (opts.demoIfEmpty && !(await hasUsers(database))) {
          say('Empty database: seeding demo data (data demo, bukan data nyata)…');
          // sealed under the key file the app opens below (loadKeyring creates it when missing)
          const fields = createFieldCrypto(
            loadKeyring(config.fieldKeyring, config.fieldKeyringFile),
          );
          await seedDemo(database, say, createStorage(config), fields);
          seeded = true;
        }
        const ctx = await createContext(config, database);
        const app = await buildApp(ctx, { logger: true });
        await app.listen({ port: config.port, host: config.host });
        const stopReminders = startReminderSchedule(ctx);
        // the port actually bound (PORT=0 picks a free one, which tests use)
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : config.port;
        const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
        say(
          `Sigap is running at http://${shown}:${port} (${database.kind}, migration ${tag}, ready in ${Date.now() - started} ms)`,
        );
        if (ctx.demo) {
          say(
            `DEMO installation${seeded ? ' (just seeded)' : ''}: synthetic data only. Demo accounts, password "${DEMO_PASSWORD}":`,
          );
          for (const a of DEMO_ACCOUNTS) say(`  ${a.email.padEnd(26)} ${a.note}`);
        }
        const stop = async (signal: string) => {
          say(`${signal}: shutting down`);
          stopReminders();
          await app.close();
          await database.close();
          process.exit(0);
        };
        process.once('SIGINT', () => void stop('SIGINT'));
        process.once('SIGTERM', () => void stop('SIGTERM'));
      } catch (err) {
        await database.close();
        throw err;
      }
    });
}
