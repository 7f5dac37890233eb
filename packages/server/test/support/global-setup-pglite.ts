import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { seedDemo } from '../../src/features/demo/seed-demo.js';
import { prepareDatabase } from '../../src/platform/bootstrap.js';
import { type Database, openDatabase } from '../../src/platform/db/client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Dumps of a migrated PGlite cluster, without and with the demo seed (no cases). */
    pgliteTemplates: { migrated: string; demo: string };
  }
}

/**
 * A new PGlite cluster costs an initdb in WebAssembly, the migrations and the reference data
 * (10–20 s per test file on a busy 2-core machine); loading a dump of one takes about a second.
 * So one cluster is built per run, migrated, dumped, seeded with the demo (without the case
 * registry, which one file asks for), dumped again; every test file starts from a copy.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-pglite-templates-'));
  const dump = async (database: Database, name: string) => {
    if (!database.dumpDataDir) throw new Error('not a PGlite database');
    const file = path.join(dir, `${name}.tar`);
    fs.writeFileSync(file, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
    return file;
  };
  const database = await openDatabase({ kind: 'pglite', dataDir: null });
  try {
    await prepareDatabase(database);
    const migrated = await dump(database, 'migrated');
    await seedDemo(database);
    const demo = await dump(database, 'demo');
    project.provide('pgliteTemplates', { migrated, demo });
  } finally {
    await database.close();
  }
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
