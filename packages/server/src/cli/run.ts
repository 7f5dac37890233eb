import { createContext, openConfiguredDatabase, prepareDatabase } from '../platform/bootstrap.js';
import { loadConfig } from '../platform/config.js';
import type { AppContext } from '../platform/context.js';

/**
 * Opens the configured database, brings it up to date, runs the command and always closes the
 * database, so an embedded data directory is never left locked.
 */
export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    return await fn(await createContext(config, database));
  } finally {
    await database.close();
  }
}

export function say(line: string) {
  process.stdout.write(`${line}\n`);
}
