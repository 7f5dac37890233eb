import fs from 'node:fs';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import {
  createFieldCrypto,
  type FieldCrypto,
  type Keyring,
  parseKeyring,
  saveKeyring,
  withNewDataKey,
  withNewIndexKey,
  withoutDataKey,
  withoutPreviousIndexKey,
} from '../../platform/field-crypto.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { countKeyUsage } from './key-usage.js';
import type { Progress } from './keyset.js';
import { type RecomputeResult, recomputeIndexes } from './recompute-indexes.js';
import { recomputeSnapshots } from './recompute-snapshots.js';
import { type ReencryptResult, reencryptAll } from './reencrypt.js';

/**
 * Key rotation of the victims' identifying data (decision 0010). The keyring file is the only
 * place keys live, so the command edits it, and refuses a keyring given in the environment.
 */
export const ENV_KEYRING_REFUSAL = `The field keyring comes from SIGAP_FIELD_KEYRING, which this command cannot rewrite.
To rotate keys kept in the environment:
  1. write its value to a file readable only by the server's user, e.g.
       printf '%s' "$SIGAP_FIELD_KEYRING" > /etc/sigap/field-keys.json && chmod 600 /etc/sigap/field-keys.json
  2. set SIGAP_FIELD_KEYRING_FILE=/etc/sigap/field-keys.json and unset SIGAP_FIELD_KEYRING,
     for the server (restart it) and for this command;
  3. run \`sigap keys rotate\` (add --index-key to renew the blind-index key too);
  4. to go back to the environment, put the file's new content into SIGAP_FIELD_KEYRING, restart
     the server, and delete the file.`;

export function readKeyFile(keyFile: string): Keyring {
  if (!fs.existsSync(keyFile))
    throw new Error(`no key file at ${keyFile} (set SIGAP_FIELD_KEYRING_FILE to the keyring file)`);
  return parseKeyring(fs.readFileSync(keyFile, 'utf8'), keyFile);
}

export type KeyStatus = {
  current: string;
  keys: Array<{ id: string; current: boolean; values: number }>;
  /** Values naming a key the keyring does not have: they cannot be opened. */
  unknownKeys: Record<string, number>;
  byTable: Record<string, Record<string, number>>;
  indexRotationUnfinished: boolean;
};

export async function keyStatus(db: DbOrTx, ring: Keyring): Promise<KeyStatus> {
  const usage = await countKeyUsage(db);
  const unknownKeys = Object.fromEntries(
    Object.entries(usage.total).filter(([id]) => !Object.hasOwn(ring.keys, id)),
  );
  return {
    current: ring.current,
    keys: Object.keys(ring.keys).map((id) => ({
      id,
      current: id === ring.current,
      values: usage.total[id] ?? 0,
    })),
    unknownKeys,
    byTable: usage.byTable,
    indexRotationUnfinished: Boolean(ring.previousIndexKey),
  };
}

export type RotateOptions = {
  keyFile: string;
  /** Also renew the blind-index key and recompute every `_bidx` column. */
  indexKey: boolean;
  batchSize?: number;
  /**
   * Pause after writing a new key, so servers left running (they re-read the key file every 5 s)
   * seal under it before the re-encryption pass starts.
   */
  settleMs?: number;
  onProgress?: (p: Progress) => void;
  say?: (line: string) => void;
};

export type RotationReport = {
  from: string[];
  to: string;
  /** An unfinished earlier rotation was completed instead of starting another. */
  resumed: boolean;
  reencrypted: ReencryptResult;
  index: (IndexResult & { resumed: boolean; finished: boolean }) | null;
  retired: string[];
  /** Old keys still named by values after the run (not retired; run the command again). */
  stillUsed: Record<string, number>;
};

const INDEX_PASSES = 3;

/** People checked and updated, person copies in JSON updated, rows changed meanwhile. */
export type IndexResult = RecomputeResult & { snapshots: number };

/**
 * Passes until no row changed under our feet (a writer meanwhile computed its own indexes), then
 * the person copies kept in JSON for import rollbacks.
 */
async function recomputeAll(
  db: Db,
  fields: FieldCrypto,
  opts: { batchSize?: number | undefined; onProgress?: ((p: Progress) => void) | undefined },
): Promise<IndexResult> {
  const total: IndexResult = { checked: 0, updated: 0, snapshots: 0, conflicts: 0 };
  for (let pass = 0; pass < INDEX_PASSES; pass++) {
    const r = await recomputeIndexes(db, fields, opts);
    total.checked += r.checked;
    total.updated += r.updated;
    total.conflicts = r.conflicts;
    if (r.conflicts === 0) break;
  }
  const copies = await recomputeSnapshots(db, fields, opts);
  total.snapshots = copies.snapshots;
  total.conflicts += copies.conflicts;
  return total;
}

/**
 * Adds a data key (and with `indexKey` a blind-index key), re-encrypts and re-indexes, then
 * retires what no value uses any more. With old keys still in the file, or an index rotation
 * still recorded there, the earlier rotation is finished instead of a new one being started.
 */
export async function rotateKeys(
  db: Db,
  actor: Actor,
  opts: RotateOptions,
): Promise<RotationReport> {
  const say = opts.say ?? (() => {});
  let ring = readKeyFile(opts.keyFile);
  const resumed = Object.keys(ring.keys).length > 1;
  const indexResumed = Boolean(ring.previousIndexKey);
  const doIndex = opts.indexKey || indexResumed;
  if (!resumed) ring = withNewDataKey(ring);
  if (opts.indexKey && !indexResumed) ring = withNewIndexKey(ring);
  const from = Object.keys(ring.keys).filter((id) => id !== ring.current);
  if (resumed) say(`finishing the rotation to key ${ring.current} (old keys: ${from.join(', ')})`);
  else
    say(`new data key ${ring.current}; old keys kept until nothing uses them: ${from.join(', ')}`);
  if (doIndex) say(indexResumed ? 'finishing the blind-index key rotation' : 'new blind-index key');
  saveKeyring(opts.keyFile, ring);
  if (!resumed || (opts.indexKey && !indexResumed))
    await new Promise((r) => setTimeout(r, opts.settleMs ?? 10_000));

  const fields = createFieldCrypto(ring);
  const progress = { batchSize: opts.batchSize, onProgress: opts.onProgress };
  const reencrypted = await reencryptAll(db, fields, progress);
  let index: RotationReport['index'] = null;
  if (doIndex) {
    const r = await recomputeAll(db, fields, progress);
    index = { ...r, resumed: indexResumed, finished: r.conflicts === 0 };
    if (index.finished) ring = withoutPreviousIndexKey(ring);
  }

  // Retire only what no value names any more, counted after the passes.
  const usage = await countKeyUsage(db);
  const retired: string[] = [];
  const stillUsed: Record<string, number> = {};
  for (const id of from) {
    const n = usage.total[id] ?? 0;
    if (n > 0) stillUsed[id] = n;
    else {
      ring = withoutDataKey(ring, id);
      retired.push(id);
    }
  }
  saveKeyring(opts.keyFile, ring);

  const report: RotationReport = {
    from,
    to: ring.current,
    resumed,
    reencrypted,
    index,
    retired,
    stillUsed,
  };
  // counts and key ids only: never a key, never a value
  await recordAudit(db, actor, {
    action: 'keys.rotated',
    entityType: 'field_keyring',
    entityId: ring.current,
    after: report,
  });
  return report;
}

/** Removes an old data key from the file, refused while any sealed value still names it. */
export async function retireKey(db: Db, actor: Actor, keyFile: string, id: string) {
  const ring = readKeyFile(keyFile);
  const next = withoutDataKey(ring, id);
  const usage = await countKeyUsage(db);
  const n = usage.total[id] ?? 0;
  if (n > 0)
    throw new Error(
      `${n} sealed values still use key "${id}"; run \`sigap keys rotate\` to re-encrypt them first`,
    );
  saveKeyring(keyFile, next);
  await recordAudit(db, actor, {
    action: 'keys.retired',
    entityType: 'field_keyring',
    entityId: id,
    after: { retired: id, current: ring.current },
  });
}

/**
 * Recomputes the blind indexes under the current index key, without a new key: needed after a
 * change to the name normalisation (names.ts) or the phonetic key, which the indexes are built on.
 */
export async function reindex(
  db: Db,
  actor: Actor,
  ring: Keyring,
  opts: { batchSize?: number; onProgress?: (p: Progress) => void } = {},
): Promise<IndexResult> {
  const total = await recomputeAll(db, createFieldCrypto(ring), opts);
  await recordAudit(db, actor, {
    action: 'keys.reindexed',
    entityType: 'field_keyring',
    entityId: ring.current,
    after: total,
  });
  return total;
}
