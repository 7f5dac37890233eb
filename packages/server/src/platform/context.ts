import type { Role } from '@sigap/domain';
import type { ReadCache } from './cache/read-cache.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import type { FieldCrypto } from './field-crypto.js';
import type { SecretBox } from './secret-box.js';
import type { FileStorage } from './storage/storage.js';

/** What every route and service may use; built once at start (no per-user state in it). */
export type AppContext = {
  config: Config;
  database: Database;
  box: SecretBox;
  /** Seals victims' identifying fields and computes their blind indexes. */
  fields: FieldCrypto;
  storage: FileStorage;
  /** Answers only while the change feed is connected (started by buildApp). */
  cache: ReadCache;
  /** Demo installation: a banner says so and two-factor is offered but not forced. */
  demo: boolean;
};

export function twoFactorRequired(ctx: AppContext, role: Role): boolean {
  return !ctx.demo && ctx.config.twoFactorRequiredRoles.includes(role);
}
