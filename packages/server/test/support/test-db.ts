import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { prepareDatabase } from '../../src/platform/bootstrap.js';
import { type Database, openDatabase } from '../../src/platform/db/client.js';

/**
 * A fresh database for one test file, migrated, with the demo seed (without the case registry)
 * when `demo` is set: an in-memory PGlite loaded from the dump global setup made
 * (global-setup-pglite.ts), or (project `server-pg`) a new PostgreSQL database cloned from the
 * template global setup prepared (global-setup-pg.ts). `prepareDatabase` runs again on the copy,
 * as at every start of the product: a no-op on an up-to-date database, so it costs little.
 */
export async function freshDatabase(opts: { demo?: boolean } = {}): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.SIGAP_TEST_DB !== 'postgres' || !url) {
    const templates = inject('pgliteTemplates');
    const file = opts.demo ? templates.demo : templates.migrated;
    const database = await openDatabase({
      kind: 'pglite',
      dataDir: null,
      loadDataDir: new Blob([fs.readFileSync(file)]),
    });
    await prepareDatabase(database);
    return database;
  }
  const name = `sigap_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const templates = inject('pgTemplates');
    await admin.query(
      `create database ${name} template ${opts.demo ? templates.demo : templates.migrated}`,
    );
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(url);
  dbUrl.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: dbUrl.toString(), poolSize: 5 });
  await prepareDatabase(database);
  const close = database.close.bind(database);
  return {
    ...database,
    async close() {
      await close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`).catch(() => {});
      await c.end();
    },
  };
}
