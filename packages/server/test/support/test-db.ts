import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { prepareDatabase } from '../../src/platform/bootstrap.js';
import { type Database, openDatabase } from '../../src/platform/db/client.js';

/**
 * A fresh database for one test file: an in-memory PGlite, or (project `server-pg`) a new
 * PostgreSQL database cloned from the migrated template that global setup prepared.
 */
export async function freshDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.SIGAP_TEST_DB !== 'postgres' || !url) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await prepareDatabase(database);
    return database;
  }
  const name = `sigap_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template sigap_template`);
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
