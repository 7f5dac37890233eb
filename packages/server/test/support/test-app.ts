import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { seedDemo } from '../../src/features/demo/seed-demo.js';
import { storeDemoEvidence } from '../../src/features/demo/seed-plans-evidence.js';
import { appMeta } from '../../src/features/reference/schema.js';
import { createContext } from '../../src/platform/bootstrap.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { Database } from '../../src/platform/db/client.js';
import { createFieldCrypto, loadKeyring } from '../../src/platform/field-crypto.js';
import { buildApp } from '../../src/platform/http/app.js';
import type { App } from '../../src/platform/http/types.js';
import { createStorage } from '../../src/platform/storage/index.js';
import { freshDatabase } from './test-db.js';

export type TestApp = { app: App; ctx: AppContext; database: Database; close(): Promise<void> };

/**
 * The whole application over a fresh database, for `app.inject` tests. `demo: true` seeds the
 * demo data (accounts of every role); `env` overrides configuration.
 */
export async function startTestApp(
  opts: {
    demo?: boolean;
    /**
     * Also seed the ~3,000 synthetic demo cases. Off unless asked: it costs seconds per test file,
     * and most files bring their own case fixtures.
     */
    cases?: boolean;
    demoFlag?: boolean;
    env?: Record<string, string>;
  } = {},
): Promise<TestApp> {
  const demo = opts.demo ?? true;
  // the case registry needs the app's own keyring, so a file asking for it seeds from scratch
  const database = await freshDatabase({ demo: demo && !opts.cases });
  const dir = path.join(os.tmpdir(), `sigap-test-${randomBytes(4).toString('hex')}`);
  const config = loadConfig({
    SIGAP_DATA_DIR: dir,
    SIGAP_SECRET_KEY: randomBytes(32).toString('base64'),
    SIGAP_WEB_DIST: path.join(dir, 'no-web'),
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  // the demo's evidence files go to the app's own storage and its victims' data is sealed under
  // the app's own key file, so downloads work and the app opens what the seed sealed
  if (demo && opts.cases) {
    const fields = createFieldCrypto(loadKeyring(config.fieldKeyring, config.fieldKeyringFile));
    await seedDemo(database, () => {}, createStorage(config), fields);
  } else if (demo) {
    // the rows of the demo are in the template; its evidence files go to this app's storage
    await storeDemoEvidence(createStorage(config));
  }
  // demo accounts, but behaving like a production installation (two-factor enforced)
  if (opts.demoFlag === false)
    await database.db.update(appMeta).set({ value: false }).where(eq(appMeta.key, 'demo'));
  const ctx = await createContext(config, database);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    database,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
