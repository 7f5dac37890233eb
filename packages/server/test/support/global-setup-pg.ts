import pg from 'pg';
import { prepareDatabase } from '../../src/platform/bootstrap.js';
import { openDatabase } from '../../src/platform/db/client.js';

/** Builds `sigap_template` once (migrated, reference data loaded); each test file clones it. */
export default async function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query('drop database if exists sigap_template with (force)');
  await admin.query('create database sigap_template');
  await admin.end();
  const t = new URL(url);
  t.pathname = '/sigap_template';
  const database = await openDatabase({ kind: 'postgres', url: t.toString(), poolSize: 2 });
  await prepareDatabase(database);
  await database.close();
}
