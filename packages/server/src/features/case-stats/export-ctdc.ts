import {
  anonymiseCtdc,
  type CtdcAnonymised,
  type CtdcReport,
  type CtdcVictimFacts,
  ctdcCsvLines,
} from '@sigap/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { loadCtdcFacts } from './ctdc-facts.js';
import type { StatsFilter } from './stats-selection.js';

/**
 * The anonymised victim-level data set in the IOM CTDC layout (docs/ctdc-export.md): one row per
 * unique victim, national, k-anonymous over the quasi-identifiers. It holds no identifying field
 * at all, yet it is victim-level data, so every export is audited with its suppression report.
 */
export type CtdcExportOptions = { k: number; verifiedOnly: boolean };

export type CtdcExport = {
  report: CtdcReport;
  /** The CSV in chunks of about 64 KB (header first), to stream to a file or a response. */
  chunks(): Generator<string>;
};

const CHUNK = 64 * 1024;

function* chunked(facts: readonly CtdcVictimFacts[], anonymised: CtdcAnonymised) {
  let buffer = '';
  for (const line of ctdcCsvLines(facts, anonymised)) {
    buffer += line;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

/** Reads on `db` (the replica when there is one); the audit entry goes to `primary`. */
export async function exportCtdc(
  db: DbOrTx,
  primary: DbOrTx,
  actor: Actor,
  opts: CtdcExportOptions,
  onProgress: (loaded: number) => void = () => {},
): Promise<CtdcExport> {
  const filter: StatsFilter = {
    scope: { level: 'national', regionCode: null },
    verifiedOnly: opts.verifiedOnly,
  };
  const facts = await loadCtdcFacts(db, filter, onProgress);
  const anonymised = anonymiseCtdc(facts, opts.k);
  await recordAudit(primary, actor, {
    action: 'case.ctdc.export',
    entityType: 'case_stats',
    after: { verifiedOnly: opts.verifiedOnly, ...anonymised.report },
  });
  return { report: anonymised.report, chunks: () => chunked(facts, anonymised) };
}

/** The report as an operator reads it (stderr of the CLI). */
export function describeCtdcReport(r: CtdcReport): string[] {
  const lines = [
    `CTDC export: k = ${r.k}; ${r.rowsIn} unique victims in, ${r.rowsOut} rows out, ${r.rowsDropped} dropped`,
    `equivalence classes: ${r.classes}, smallest ${r.smallestClass}`,
    `quasi-identifiers, suppressed in this order: ${r.suppressionOrder.map((s) => s.join('+')).join(' → ')}`,
  ];
  if (r.rowsFullySuppressedToPad > 0)
    lines.push(
      `${r.rowsFullySuppressedToPad} rows fully suppressed to complete the class of fully suppressed rows`,
    );
  const cols = Object.entries(r.suppressedValues).filter(([, n]) => (n ?? 0) > 0);
  lines.push(
    cols.length
      ? `values suppressed (set to -99): ${cols.map(([c, n]) => `${c} ${n}`).join(', ')}`
      : 'no value had to be suppressed',
  );
  if (r.rowsDropped > 0)
    lines.push(`fewer than k = ${r.k} victims in all: nothing can be published at this k`);
  return lines;
}
