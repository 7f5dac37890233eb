import type { ImportBatchView, Scope } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows, type Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { importBatches } from '../cases/schema.js';
import { batchView, getBatchInScope, reportOf } from './batch-view.js';
import { mayResume, stateWord } from './confirm-import.js';
import { CASE_COLUMNS, PERSON_DATA_COLUMNS } from './write-rows.js';

/**
 * Batalkan impor: the batch is undone as a whole, in one transaction. Cases it created go
 * (with their events, victims, services and referrals); cases it updated get back the state
 * kept before the update (case fields, events, victims), and the victims it added to them go.
 * Refused while a run is active, and when another record was merged into one of the batch's
 * victims: undo that merge first, so no person record is left pointing at nothing.
 */
export async function rollbackImport(
  ctx: AppContext,
  scope: Scope,
  actor: Actor,
  id: string,
): Promise<ImportBatchView> {
  const row = await ctx.database.db.transaction(async (tx) => {
    const batch = await getBatchInScope(tx, scope, id);
    await tx.execute(sql`select 1 from case_import_batches where id = ${id} for update`);
    if (batch.state === 'rolled_back')
      throw new AppError('CONFLICT', {
        id: 'Impor ini sudah dibatalkan',
        en: 'This import is already rolled back',
      });
    if (batch.state === 'importing' && !mayResume(batch))
      throw new AppError('CONFLICT', {
        id: `Impor ini ${stateWord('importing').id}; tunggu sampai selesai atau terhenti`,
        en: `This import is ${stateWord('importing').en}; wait until it completes or stops`,
      });
    await assertNoMergesInto(tx, id);
    const restored = await restoreUpdated(tx, id);
    const [deleted] = await queryRows<{ n: number }>(
      tx,
      sql`with d as (delete from cases where import_batch_id = ${id} returning 1)
          select count(*)::int as n from d`,
    );
    await tx.execute(sql`delete from case_import_rows where batch_id = ${id}`);
    const [after] = await tx
      .update(importBatches)
      .set({
        state: 'rolled_back',
        errors: { ...reportOf(batch), failure: null },
        finishedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(importBatches.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'case.import.rolled_back',
      entityType: 'case_import_batch',
      entityId: id,
      before: { state: batch.state, processedRows: batch.processedRows },
      after: { deletedCases: deleted?.n ?? 0, restoredCases: restored },
    });
    return after;
  });
  if (!row) throw new Error(`batch ${id} vanished during rollback`);
  return batchView(row);
}

async function assertNoMergesInto(tx: Tx, batchId: string) {
  const [merged] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from case_people other
        where other.cluster_id in (
          select p.id from case_people p join cases c on c.id = p.case_id
          where c.import_batch_id = ${batchId})
        and other.case_id not in (select id from cases where import_batch_id = ${batchId})`,
  );
  if (merged && merged.n > 0)
    throw new AppError('CONFLICT', {
      id: `${merged.n} data orang lain telah digabung dengan korban dari impor ini; batalkan penggabungan itu dahulu`,
      en: `${merged.n} other person record(s) were merged with victims of this import; undo those merges first`,
    });
}

/** Puts updated cases back from the earliest snapshot of each (the state before this batch). */
async function restoreUpdated(tx: Tx, batchId: string): Promise<number> {
  const firsts = sql`(select distinct on (case_id) case_id, mapped from case_import_rows
                      where batch_id = ${batchId} and case_id is not null
                      order by case_id, row_number)`;
  await tx.execute(sql`
    delete from case_people where id in (
      select (jsonb_array_elements_text(mapped->'added'))::uuid from case_import_rows
      where batch_id = ${batchId})`);
  const caseCols = CASE_COLUMNS.filter((c) => c.name !== 'id').map((c) => c.name);
  const [n] = await queryRows<{ n: number }>(
    tx,
    sql`with s as (select (jsonb_populate_record(null::cases, f.mapped->'before')).* from ${firsts} f),
        u as (update cases c set ${sql.raw(caseCols.map((c) => `${c} = s.${c}`).join(', '))},
              version = s.version, updated_at = s.updated_at
              from s where c.id = s.id returning 1)
        select count(*)::int as n from u`,
  );
  await tx.execute(sql`delete from case_events where case_id in (select case_id from ${firsts} f)`);
  await tx.execute(sql`
    insert into case_events
    select (jsonb_populate_record(null::case_events, e)).*
    from ${firsts} f, jsonb_array_elements(f.mapped->'events') e`);
  const personCols = PERSON_DATA_COLUMNS.map((c) => c.name);
  await tx.execute(sql`
    update case_people p set ${sql.raw(personCols.map((c) => `${c} = s.${c}`).join(', '))},
      updated_at = s.updated_at
    from (select (jsonb_populate_record(null::case_people, x)).*
          from ${firsts} f, jsonb_array_elements(f.mapped->'people') x) s
    where p.id = s.id`);
  return n?.n ?? 0;
}
