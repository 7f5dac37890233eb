import type { Command } from 'commander';
import { seedDemo } from '../features/demo/seed-demo.js';
import { openConfiguredDatabase, prepareDatabase } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import { latestMigrationTag } from '../platform/db/migrate.js';
import { createFieldCrypto, loadKeyring } from '../platform/field-crypto.js';
import { createStorage } from '../platform/storage/index.js';
import { say } from './run.js';

export function dbCommands(program: Command) {
  const db = program.command('db').description('Database');
  db.command('migrate')
    .description('Apply pending migrations and load reference data')
    .action(async () => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        const tag = await prepareDatabase(database);
        say(`${database.kind}: at migration ${tag} (newest known: ${latestMigrationTag()})`);
      } finally {
        await database.close();
      }
    });

  program
    .command('seed')
    .description('Seed data')
    .command('demo')
    .description('Seed the clearly-marked demo data (deterministic; safe to run twice)')
    .action(async () => {
      const config = loadConfig();
      const database = await openConfiguredDatabase(config);
      try {
        await prepareDatabase(database);
        const fields = createFieldCrypto(loadKeyring(config.fieldKeyring, config.fieldKeyringFile));
        await seedDemo(database, say, createStorage(config), fields);
        say('demo data seeded');
      } finally {
        await database.close();
      }
    });
}
