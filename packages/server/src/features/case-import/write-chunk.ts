import { randomUUID } from 'node:crypto';
import type { MappedCaseRow, MappedVictim } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { arrayLiteral } from './bulk-sql.js';
import {
  type BatchFacts,
  insertCases,
  insertVictims,
  newCaseStatements,
  updateCases,
  updateVictims,
} from './write-rows.js';

/**
 * One chunk of an import, in one transaction: the rows' cases are created, or (existing ones,
 * by source system and record id) skipped or updated, and the batch's progress moves on in the
 * same commit. A crash therefore leaves either the whole chunk or none of it, and a resume
 * starts exactly after the last committed row.
 */
export type ChunkRows = {
  rows: MappedCaseRow[];
  /** Source rows the chunk covers (valid or not): progress counts file rows. */
  sourceRows: number;
  firstRow: number;
  lastRow: number;
  /** The inserts of the chunk's cases built ahead, for when none of them exists yet. */
  prebuilt?: SQL[];
};
export type ChunkOutcome = { created: number; updated: number; skipped: number };
export type ExistingMode = 'skip' | 'update';

/** Another run moved the batch on (or it was rolled back): this run must stop. */
export class ImportSuperseded extends Error {}

type CaseGroup = { row: MappedCaseRow; victims: MappedVictim[] };

/**
 * The chunk's inserts built ahead as if every case were new (the usual first import), while the
 * previous chunk is still being written: the transaction then only sends them. When some case
 * turns out to exist, writeChunk builds its statements itself and these are dropped.
 */
export function prebuildFresh(
  fields: FieldCrypto,
  batch: BatchFacts,
  rows: readonly MappedCaseRow[],
): SQL[] {
  const cases = [...groupByCase(rows).values()].map((g) => ({ id: randomUUID(), ...g }));
  return newCaseStatements(fields, batch, cases);
}

function groupByCase(rows: readonly MappedCaseRow[]): Map<string, CaseGroup> {
  const groups = new Map<string, CaseGroup>();
  for (const r of rows) {
    const g = groups.get(r.sourceRecordId);
    // case-level fields come from the case's first row; later rows add their victims
    if (g) {
      if (r.victim) g.victims.push(r.victim);
    } else groups.set(r.sourceRecordId, { row: r, victims: r.victim ? [r.victim] : [] });
  }
  return groups;
}

export async function writeChunk(
  tx: DbOrTx,
  fields: FieldCrypto,
  actor: Actor,
  batch: BatchFacts,
  mode: ExistingMode,
  expectedProcessed: number,
  chunk: ChunkRows,
): Promise<ChunkOutcome> {
  const [lock] = await queryRows<{ processed_rows: number; state: string }>(
    tx,
    sql`select processed_rows, state from case_import_batches where id = ${batch.batchId} for update`,
  );
  if (lock?.state !== 'importing' || lock.processed_rows !== expectedProcessed)
    throw new ImportSuperseded(`batch ${batch.batchId} moved on`);

  const groups = groupByCase(chunk.rows);
  const keys = [...groups.keys()];
  const existing = keys.length
    ? await queryRows<{ id: string; key: string; batch: string | null; institution: string }>(
        tx,
        sql`select id, source_record_id as key, import_batch_id as batch, institution_id as institution
            from cases where source_system = ${batch.sourceSystem}
            and source_record_id = any(${arrayLiteral(keys)}::text[])`,
      )
    : [];
  const found = new Map(existing.map((e) => [e.key, e]));

  const fresh: Array<{ id: string; row: MappedCaseRow; victims: MappedVictim[] }> = [];
  const ownEarlier: Array<{ id: string; group: CaseGroup }> = [];
  const toUpdate: Array<{ id: string; group: CaseGroup }> = [];
  let skipped = 0;
  for (const [key, group] of groups) {
    const e = found.get(key);
    if (!e) fresh.push({ id: randomUUID(), row: group.row, victims: group.victims });
    else if (e.batch === batch.batchId) ownEarlier.push({ id: e.id, group });
    else if (mode === 'update' && e.institution === batch.institutionId)
      toUpdate.push({ id: e.id, group });
    else skipped += 1;
  }

  if (chunk.prebuilt && found.size === 0)
    for (const statement of chunk.prebuilt) await tx.execute(statement);
  else await insertCases(tx, fields, batch, fresh);
  // a case this batch created in an earlier chunk: its further victims join it
  await addVictims(tx, fields, batch, ownEarlier, 'insert-only');
  if (toUpdate.length) {
    await snapshot(tx, batch.batchId, toUpdate);
    await updateCases(
      tx,
      toUpdate.map((u) => ({ id: u.id, row: u.group.row })),
    );
    const added = await addVictims(tx, fields, batch, toUpdate, 'upsert');
    await tx.execute(sql`
      update case_import_rows r set mapped = r.mapped || jsonb_build_object('added', to_jsonb(a.ids))
      from (select case_id, array_agg(person_id) as ids
            from unnest(${arrayLiteral(added.map((a) => a.caseId))}::uuid[],
                        ${arrayLiteral(added.map((a) => a.personId))}::uuid[]) as t(case_id, person_id)
            group by case_id) a
      where r.batch_id = ${batch.batchId} and r.case_id = a.case_id and r.done = false`);
    await tx.execute(
      sql`update case_import_rows set done = true where batch_id = ${batch.batchId} and done = false`,
    );
  }

  const outcome = { created: fresh.length, updated: toUpdate.length, skipped };
  await tx.execute(sql`
    update case_import_batches set
      processed_rows = processed_rows + ${chunk.sourceRows},
      created_cases = created_cases + ${outcome.created},
      updated_cases = updated_cases + ${outcome.updated},
      updated_at = now()
    where id = ${batch.batchId}`);
  await recordAudit(tx, actor, {
    action: 'case.import.chunk',
    entityType: 'case_import_batch',
    entityId: batch.batchId,
    after: { rows: [chunk.firstRow, chunk.lastRow], imported: chunk.rows.length, ...outcome },
  });
  return outcome;
}

/**
 * The state of cases about to be updated, kept in case_import_rows so a rollback can put them
 * back exactly: the case row, its events and its victims, sealed fields still sealed.
 */
async function snapshot(
  tx: DbOrTx,
  batchId: string,
  cases: ReadonlyArray<{ id: string; group: CaseGroup }>,
) {
  await tx.execute(sql`
    insert into case_import_rows (batch_id, row_number, case_id, mapped)
    select ${batchId}, u.row_number, c.id, jsonb_build_object(
      'before', to_jsonb(c),
      'events', coalesce((select jsonb_agg(to_jsonb(e)) from case_events e where e.case_id = c.id), '[]'::jsonb),
      'people', coalesce((select jsonb_agg(to_jsonb(p)) from case_people p
                          where p.case_id = c.id and p.role = 'victim'), '[]'::jsonb),
      'added', '[]'::jsonb)
    from unnest(${arrayLiteral(cases.map((c) => c.id))}::uuid[],
                ${arrayLiteral(cases.map((c) => String(c.group.row.rowNumber)))}::int[]) as u(id, row_number)
    join cases c on c.id = u.id`);
}

/**
 * Victims of existing cases: a victim the case already has (same source person id) is left
 * (`insert-only`, a resumed case) or rewritten (`upsert`); new ones are added. Answers the
 * records added.
 */
async function addVictims(
  tx: DbOrTx,
  fields: FieldCrypto,
  batch: BatchFacts,
  cases: ReadonlyArray<{ id: string; group: CaseGroup }>,
  how: 'insert-only' | 'upsert',
): Promise<Array<{ caseId: string; personId: string }>> {
  if (cases.length === 0) return [];
  const people = await queryRows<{ id: string; case_id: string; source_record_id: string | null }>(
    tx,
    sql`select id, case_id, source_record_id from case_people
        where role = 'victim' and case_id = any(${arrayLiteral(cases.map((c) => c.id))}::uuid[])`,
  );
  const have = new Map(people.map((p) => [`${p.case_id}\u0000${p.source_record_id}`, p.id]));
  const inserts: Array<{ caseId: string; reportedOn: string; v: MappedVictim }> = [];
  const updates: Array<{ personId: string; v: MappedVictim }> = [];
  for (const c of cases)
    for (const v of c.group.victims) {
      const personId = have.get(`${c.id}\u0000${v.sourcePersonId}`);
      if (!personId) inserts.push({ caseId: c.id, reportedOn: c.group.row.reportedOn, v });
      else if (how === 'upsert') updates.push({ personId, v });
    }
  await updateVictims(tx, fields, updates);
  return insertVictims(tx, fields, batch, inserts);
}
