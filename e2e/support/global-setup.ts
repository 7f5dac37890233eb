import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchSigap } from './launch.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A data directory with the demo installation, stopped: each test file runs on a copy. */
    e2eDemoDataDir: string;
  }
}

/**
 * Seeds the demo installation once per run, as `npm start` does (`sigap serve --demo-if-empty`),
 * then stops the server so the directory can be copied whole: database, key files, storage.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-e2e-template-'));
  const server = await launchSigap(dataDir, ['serve', '--demo-if-empty']);
  await server.stop();
  project.provide('e2eDemoDataDir', dataDir);
  return () => fs.rmSync(dataDir, { recursive: true, force: true });
}
