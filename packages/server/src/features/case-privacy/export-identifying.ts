import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { IdentifyingExportFilters, Scope } from '@sigap/domain';
import { and, eq, gte, like, lt, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { IDENTITY_FIELDS } from '../cases/person-crypto.js';
import { cases } from '../cases/schema.js';
import { writeAesZip } from '../shared/aes-zip.js';
import { CSV_BOM, csvLine } from './csv-cells.js';
import { type ExportFile, exportFiles } from './export-files.js';
import { exportReadme } from './export-readme.js';

const BATCH = 1000;

export type ExportCounts = Record<string, number>;

/** The cases an export covers: the user's scope, then the filters (region and below, year, status). */
export function exportCaseFilter(scope: Scope, f: IdentifyingExportFilters): SQL {
  return and(
    withinScope(cases.regionCode, scope),
    f.regionCode
      ? or(eq(cases.regionCode, f.regionCode), like(cases.regionCode, `${f.regionCode}.%`))
      : undefined,
    f.year ? gte(cases.reportedOn, `${f.year}-01-01`) : undefined,
    f.year ? lt(cases.reportedOn, `${f.year + 1}-01-01`) : undefined,
    f.status ? eq(cases.status, f.status) : undefined,
  ) as SQL;
}

function csvStream(
  db: DbOrTx,
  file: ExportFile,
  filter: SQL,
  counted: (n: number) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: string | null = null;
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(out) {
      if (!headerSent) {
        headerSent = true;
        out.enqueue(encoder.encode(CSV_BOM + csvLine(file.header)));
        return;
      }
      const rows = await file.fetch(db, filter, after, BATCH);
      const last = rows[rows.length - 1];
      if (!last) return out.close();
      after = last.id;
      counted(rows.length);
      out.enqueue(encoder.encode(rows.map((r) => csvLine(r.cells)).join('')));
    },
  });
}

/**
 * Writes the archive: every CSV file encrypted with AES-256 (WinZip AE-2) under the password,
 * then the README with the counts. The identifying fields are in clear only inside the
 * encrypted entries; the password is used here and forgotten.
 */
export async function writeIdentifyingArchive(
  db: DbOrTx,
  fields: FieldCrypto,
  scope: Scope,
  filters: IdentifyingExportFilters,
  password: string,
  sink: WritableStream<Uint8Array>,
  meta: { exportedBy: string; at: Date },
): Promise<ExportCounts> {
  const counts: ExportCounts = {};
  const filter = exportCaseFilter(scope, filters);
  // taken one by one as the archive is written, so the README sees the final counts
  function* entries() {
    for (const file of exportFiles(fields)) {
      counts[file.name] = 0;
      const content = csvStream(db, file, filter, (n) => {
        counts[file.name] = (counts[file.name] ?? 0) + n;
      });
      yield { name: file.name, content };
    }
    yield { name: 'README.txt', content: exportReadme({ ...meta, filters, counts }) };
  }
  await writeAesZip(sink, password, entries());
  return counts;
}

/**
 * Builds the archive into `target` (created 0600, never overwritten), then records the export in
 * the audit log: who, the filters, the counts and which identifying fields left, never the
 * password. The archive is only handed over once the audit entry exists.
 */
export async function exportIdentifyingToFile(
  db: DbOrTx,
  fields: FieldCrypto,
  who: { actor: Actor; scope: Scope },
  request: { password: string; filters: IdentifyingExportFilters },
  target: string,
): Promise<ExportCounts> {
  // opened here, synchronously, so an existing file is refused before anything is written (and
  // never removed by the clean-up below)
  const out = fs.createWriteStream(target, { fd: fs.openSync(target, 'wx', 0o600) });
  let counts: ExportCounts;
  try {
    counts = await writeIdentifyingArchive(
      db,
      fields,
      who.scope,
      request.filters,
      request.password,
      Writable.toWeb(out) as WritableStream<Uint8Array>,
      { exportedBy: who.actor.email ?? 'system', at: new Date() },
    );
    await finished(out);
  } catch (err) {
    out.destroy();
    fs.rmSync(target, { force: true });
    throw err;
  }
  await recordAudit(db, who.actor, {
    action: 'cases.identifying_exported',
    entityType: 'case_export',
    after: {
      filters: request.filters,
      scope: who.scope,
      counts,
      fields: [...IDENTITY_FIELDS, 'summary'],
      archive: 'zip-aes-256',
    },
  });
  return counts;
}

/** A private temporary path for an archive on its way to the browser. */
export function temporaryArchivePath(): string {
  return path.join(os.tmpdir(), `sigap-export-${randomBytes(12).toString('hex')}.zip`);
}
