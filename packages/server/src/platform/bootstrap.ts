import { eq } from 'drizzle-orm';
import { loadReferenceData } from '../features/reference/load-reference.js';
import { appMeta } from '../features/reference/schema.js';
import { ReadCache } from './cache/read-cache.js';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import { type Database, openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { openFieldCrypto } from './field-crypto.js';
import { createSecretBox, loadKey } from './secret-box.js';
import { createStorage } from './storage/index.js';

export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({
        kind: 'postgres',
        url: config.databaseUrl,
        readUrl: config.databaseReadUrl,
        poolSize: config.poolSize,
      })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

/** Brings a database up to date: migrations, then reference data (both idempotent). */
export async function prepareDatabase(database: Database): Promise<string | null> {
  const tag = await migrateDatabase(database);
  await loadReferenceData(database.db);
  return tag;
}

export async function isDemo(database: Database): Promise<boolean> {
  const [row] = await database.db.select().from(appMeta).where(eq(appMeta.key, 'demo'));
  return row?.value === true;
}

/** The context every route and command works with. */
export async function createContext(config: Config, database: Database): Promise<AppContext> {
  return {
    config,
    database,
    box: createSecretBox(loadKey(config.secretKey, config.secretKeyFile)),
    fields: openFieldCrypto(config.fieldKeyring, config.fieldKeyringFile),
    storage: createStorage(config),
    cache: new ReadCache(config.readCache),
    demo: await isDemo(database),
  };
}
