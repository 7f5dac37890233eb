import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDemo } from '../../src/features/demo/seed-demo.js';
import { prepareDatabase } from '../../src/platform/bootstrap.js';
import { openDatabase } from '../../src/platform/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Template databases of this run: migrated, and migrated with the demo seed (no cases). */
    pgTemplates: { migrated: string; demo: string };
  }
}

/**
 * Builds two template databases once per run; each test file clones one. Their names are this
 * run's own, so two runs on one server (a developer's and an editor's, say) cannot drop each
 * other's templates; teardown drops them.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  const run = randomBytes(4).toString('hex');
  const names = { migrated: `sigap_tpl_${run}`, demo: `sigap_tpl_${run}_demo` };
  const at = (name: string) => {
    const t = new URL(url);
    t.pathname = `/${name}`;
    return t.toString();
  };
  const withAdmin = async (work: (admin: pg.Client) => Promise<void>) => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await work(admin);
    } finally {
      await admin.end();
    }
  };
  await withAdmin((admin) => admin.query(`create database ${names.migrated}`).then(() => {}));
  const database = await openDatabase({ kind: 'postgres', url: at(names.migrated), poolSize: 2 });
  try {
    await prepareDatabase(database);
  } finally {
    await database.close();
  }
  await withAdmin((admin) =>
    admin.query(`create database ${names.demo} template ${names.migrated}`).then(() => {}),
  );
  const demo = await openDatabase({ kind: 'postgres', url: at(names.demo), poolSize: 2 });
  try {
    await seedDemo(demo);
  } finally {
    await demo.close();
  }
  project.provide('pgTemplates', names);
  return () =>
    withAdmin(async (admin) => {
      for (const name of [names.demo, names.migrated])
        await admin.query(`drop database if exists ${name} with (force)`);
    });
}
