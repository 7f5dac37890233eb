import fs from 'node:fs';
import os from 'node:os';
import { IdentifyingExportRequest, type Scope } from '@sigap/domain';
import type { Command } from 'commander';
import type { Actor } from '../features/audit/audit-log.js';
import { exportIdentifyingToFile } from '../features/case-privacy/export-identifying.js';
import type { Progress } from '../features/case-privacy/keyset.js';
import {
  ENV_KEYRING_REFUSAL,
  keyStatus,
  readKeyFile,
  reindex,
  retireKey,
  rotateKeys,
} from '../features/case-privacy/rotate-keys.js';
import { loadConfig } from '../platform/config.js';
import { parseKeyring } from '../platform/field-crypto.js';
import { say, withContext } from './run.js';

/** Who ran the command, as the audit log records it (the CLI has no signed-in user). */
function cliActor(): Actor {
  let user = 'unknown';
  try {
    user = os.userInfo().username;
  } catch {
    // no passwd entry (some containers): the entry still says it came from the command line
  }
  return { userId: null, email: `cli:${user}`, ip: null };
}

/** The keyring as the server reads it (environment first), for commands that only read it. */
function currentKeyring() {
  const config = loadConfig();
  return config.fieldKeyring
    ? parseKeyring(config.fieldKeyring, 'SIGAP_FIELD_KEYRING')
    : readKeyFile(config.fieldKeyringFile);
}

/** The key file; a keyring from the environment cannot be rewritten by a command. */
function keyFileOrRefuse(): string {
  const config = loadConfig();
  if (config.fieldKeyring) throw new Error(ENV_KEYRING_REFUSAL);
  return config.fieldKeyringFile;
}

function progressLine(p: Progress) {
  process.stderr.write(
    `\r${p.phase === 'data' ? 're-encrypting' : 're-indexing'} ${p.table}: ${p.done}/${p.total}   `,
  );
  if (p.done >= p.total) process.stderr.write('\n');
}

const positive = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`);
  return n;
};

export function keyCommands(program: Command) {
  const keys = program
    .command('keys')
    .description('Keys of the victims’ identifying data (field encryption, decision 0010)');

  keys
    .command('status')
    .description('Show the keys and how many sealed values each one still protects')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      // inside the context: opening it makes the key file of a fresh installation
      const status = await withContext((ctx) => keyStatus(ctx.database.db, currentKeyring()));
      if (opts.json) return say(JSON.stringify(status, null, 2));
      say(`keyring: ${config.fieldKeyring ? 'SIGAP_FIELD_KEYRING' : config.fieldKeyringFile}`);
      for (const k of status.keys)
        say(
          `  ${k.id.padEnd(8)} ${String(k.values).padStart(10)} values${k.current ? '  (current)' : ''}`,
        );
      for (const [id, n] of Object.entries(status.unknownKeys))
        say(
          `  ${id.padEnd(8)} ${String(n).padStart(10)} values  MISSING FROM THE KEYRING: they cannot be opened`,
        );
      if (status.indexRotationUnfinished)
        say('blind-index key rotation unfinished: run `sigap keys rotate` to complete it');
      if (Object.keys(status.unknownKeys).length) process.exitCode = 1;
    });

  keys
    .command('rotate')
    .description(
      'Add a new data key, re-encrypt every sealed value under it, and retire the old key once nothing uses it (safe to interrupt and run again)',
    )
    .option('--index-key', 'also renew the blind-index key and recompute every blind index')
    .option('--batch-size <n>', 'rows per transaction', positive('--batch-size'), 500)
    .option(
      '--settle-seconds <s>',
      'pause after writing a new key, so running servers pick it up first',
      positive('--settle-seconds'),
      10,
    )
    .action(async (opts: { indexKey?: boolean; batchSize: number; settleSeconds: number }) => {
      const keyFile = keyFileOrRefuse();
      const r = await withContext((ctx) =>
        rotateKeys(ctx.database.db, cliActor(), {
          keyFile,
          indexKey: Boolean(opts.indexKey),
          batchSize: opts.batchSize || 500,
          settleMs: opts.settleSeconds * 1000,
          onProgress: progressLine,
          say,
        }),
      );
      say(
        `re-encrypted ${r.reencrypted.values} values in ${r.reencrypted.rows} rows under ${r.to}`,
      );
      if (r.index)
        say(
          `blind indexes: ${r.index.checked} people checked, ${r.index.updated} updated${r.index.finished ? '; previous index key removed' : '; rows changed meanwhile: run the command again'}`,
        );
      if (r.retired.length) say(`retired: ${r.retired.join(', ')}`);
      for (const [id, n] of Object.entries(r.stillUsed)) {
        say(`key ${id} still protects ${n} values (written meanwhile?): run the command again`);
        process.exitCode = 1;
      }
      say('back up the key file now: database backups taken from today on need it');
    });

  keys
    .command('reindex')
    .description(
      'Recompute every blind index under the current index key (after a change to name normalisation)',
    )
    .option('--batch-size <n>', 'rows per transaction', positive('--batch-size'), 500)
    .action(async (opts: { batchSize: number }) => {
      const r = await withContext((ctx) =>
        reindex(ctx.database.db, cliActor(), currentKeyring(), {
          batchSize: opts.batchSize || 500,
          onProgress: progressLine,
        }),
      );
      say(
        `blind indexes: ${r.checked} people checked, ${r.updated} updated, ${r.snapshots} import snapshots updated`,
      );
      if (r.conflicts) {
        say(`${r.conflicts} people changed meanwhile: run the command again`);
        process.exitCode = 1;
      }
    });

  keys
    .command('retire')
    .argument('<id>', 'key id, e.g. k1')
    .description('Remove an old data key from the key file; refused while any value uses it')
    .action(async (id: string) => {
      const keyFile = keyFileOrRefuse();
      await withContext((ctx) => retireKey(ctx.database.db, cliActor(), keyFile, id));
      say(`retired key ${id}`);
    });
}

/** The command line acts nationally, as the operator who runs it. */
const NATIONAL: Scope = { level: 'national', regionCode: null };

export function identifyingExportCommand(program: Command) {
  const cases =
    program.commands.find((c) => c.name() === 'cases') ??
    program.command('cases').description('Victim and case registry');
  cases
    .command('export-identifying')
    .description(
      'Export cases with the identifying data of the people as a ZIP archive encrypted with AES-256 (audited)',
    )
    .requiredOption('-o, --output <file>', 'archive to write (refused if it exists)')
    .requiredOption('--password-file <file>', 'file holding the archive password (12+ characters)')
    .option('--region <code>', 'cases of this region and the regions under it')
    .option('--year <year>', 'year the case was reported', positive('--year'))
    .option('--status <status>', 'active | follow_up | closed | closed_referred')
    .action(
      async (opts: {
        output: string;
        passwordFile: string;
        region?: string;
        year?: number;
        status?: string;
      }) => {
        if (fs.existsSync(opts.output))
          throw new Error(`${opts.output} already exists: an export never overwrites a file`);
        // the password comes from a file so that it never shows in the process list or history
        const password = fs.readFileSync(opts.passwordFile, 'utf8').replace(/\r?\n$/, '');
        const parsed = IdentifyingExportRequest.safeParse({
          password,
          filters: { regionCode: opts.region, year: opts.year, status: opts.status },
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(
            issue?.path[0] === 'password'
              ? 'the password must be 12 to 200 characters'
              : `invalid ${issue?.path.join('.')}: ${issue?.message}`,
          );
        }
        const counts = await withContext((ctx) =>
          exportIdentifyingToFile(
            ctx.database.db,
            ctx.fields,
            { actor: cliActor(), scope: NATIONAL },
            parsed.data,
            opts.output,
          ),
        );
        say(
          `wrote ${opts.output}: ${Object.entries(counts)
            .map(([f, n]) => `${f} ${n}`)
            .join(', ')}`,
        );
      },
    );
}
