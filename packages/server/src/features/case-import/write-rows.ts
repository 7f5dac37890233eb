import { randomUUID } from 'node:crypto';
import type { MappedCaseRow, MappedVictim } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import {
  arrayLiteral,
  type Cell,
  col,
  insertRows,
  insertStatement,
  updateRows,
} from './bulk-sql.js';
import { personDataCells } from './seal-victims.js';

/**
 * The rows an import writes into cases, case_events, case_people and consents, as arrays for
 * the set-based statements of bulk-sql.ts. Identifying fields are sealed here, in the
 * application, before anything reaches the database.
 */
export const CASE_COLUMNS = [
  col('id', 'uuid'),
  col('reported_on', 'date'),
  col('source', 'text'),
  col('status', 'text'),
  col('closure_reason', 'text'),
  col('exploitation_types', 'text[]'),
  col('modus', 'text[]'),
  col('means_of_control', 'text[]'),
  col('service_unit_id', 'uuid'),
];
const NEW_CASE_COLUMNS = [
  ...CASE_COLUMNS,
  col('case_number', 'text'),
  col('institution_id', 'uuid'),
  col('region_code', 'text'),
  col('source_system', 'text'),
  col('source_record_id', 'text'),
  col('import_batch_id', 'uuid'),
  col('created_by', 'uuid'),
];
const EVENT_COLUMNS = [
  col('case_id', 'uuid'),
  col('seq', 'int'),
  col('event_type', 'text'),
  col('occurred_on', 'date'),
  col('region_code', 'text'),
  col('country_code', 'text'),
  col('place_note', 'text'),
];
/** Columns of a victim that an update rewrites (all but id, case, role and cluster). */
export const PERSON_DATA_COLUMNS = [
  col('name_enc', 'text'),
  col('nik_enc', 'text'),
  col('passport_enc', 'text'),
  col('contact_enc', 'text'),
  col('address_enc', 'text'),
  col('birth_date_enc', 'text'),
  col('name_bidx', 'text'),
  col('name_token_bidx', 'text[]'),
  col('nik_bidx', 'text'),
  col('passport_bidx', 'text'),
  col('birth_date_bidx', 'text'),
  col('birth_year', 'int'),
  col('age_at_identification', 'int'),
  col('is_minor', 'boolean'),
  col('sex', 'text'),
  col('citizenship', 'text'),
  col('disability', 'text'),
  col('address_region_code', 'text'),
  col('trafficking_status', 'text'),
  col('status_decided_by', 'text'),
  col('recruiter_relation', 'text'),
];
const NEW_PERSON_COLUMNS = [
  col('id', 'uuid'),
  col('case_id', 'uuid'),
  col('role', 'text'),
  col('cluster_id', 'uuid'),
  col('source_record_id', 'text'),
  ...PERSON_DATA_COLUMNS,
];
const CONSENT_COLUMNS = [
  col('person_id', 'uuid'),
  col('kind', 'text'),
  col('given', 'boolean'),
  col('recorded_on', 'date'),
  col('note', 'text'),
  col('recorded_by', 'uuid'),
];

export type BatchFacts = {
  batchId: string;
  sourceSystem: string;
  institutionId: string;
  regionCode: string | null;
  userId: string | null;
};

/** Imported cases are numbered by their source: unique because the source key is. */
export const importedCaseNumber = (sourceSystem: string, sourceRecordId: string) =>
  `IMP/${sourceSystem}/${sourceRecordId}`;

export function caseCells(id: string, r: MappedCaseRow): Cell[] {
  return [
    id,
    r.reportedOn,
    r.source,
    r.status,
    r.closureReason,
    r.exploitationTypes,
    r.modus,
    r.meansOfControl,
    r.serviceUnitId,
  ];
}

function eventCells(caseId: string, r: MappedCaseRow): Cell[][] {
  return r.events.map((e) => [
    caseId,
    e.seq,
    e.eventType,
    e.occurredOn,
    e.regionCode,
    e.countryCode,
    e.placeNote,
  ]);
}

type NewCase = { id: string; row: MappedCaseRow; victims: MappedVictim[] };

/**
 * The statements that insert new cases with their events, victims and consents: four for a
 * whole chunk. Built apart from running them, so an import can build a chunk's while the
 * previous chunk is being written (write-chunk.ts, `prebuildFresh`).
 */
export function newCaseStatements(
  fields: FieldCrypto,
  batch: BatchFacts,
  cases: ReadonlyArray<NewCase>,
): SQL[] {
  const statements = [
    insertStatement(
      'cases',
      NEW_CASE_COLUMNS,
      cases.map((c) => [
        ...caseCells(c.id, c.row),
        importedCaseNumber(batch.sourceSystem, c.row.sourceRecordId),
        batch.institutionId,
        batch.regionCode,
        batch.sourceSystem,
        c.row.sourceRecordId,
        batch.batchId,
        batch.userId,
      ]),
    ),
    insertStatement(
      'case_events',
      EVENT_COLUMNS,
      cases.flatMap((c) => eventCells(c.id, c.row)),
    ),
    ...victimStatements(
      fields,
      batch,
      cases.flatMap((c) =>
        c.victims.map((v) => ({ caseId: c.id, reportedOn: c.row.reportedOn, v })),
      ),
    ).statements,
  ];
  return statements.filter((s): s is SQL => s !== null);
}

export async function insertCases(
  tx: DbOrTx,
  fields: FieldCrypto,
  batch: BatchFacts,
  cases: ReadonlyArray<NewCase>,
): Promise<void> {
  for (const statement of newCaseStatements(fields, batch, cases)) await tx.execute(statement);
}

type NewVictim = { caseId: string; reportedOn: string; v: MappedVictim };

function victimStatements(fields: FieldCrypto, batch: BatchFacts, victims: readonly NewVictim[]) {
  const people: Cell[][] = [];
  const consents: Cell[][] = [];
  const ids: Array<{ caseId: string; personId: string }> = [];
  for (const { caseId, reportedOn, v } of victims) {
    // cluster_id starts as the record's own id: one person until the PIC data merges records
    const id = randomUUID();
    ids.push({ caseId, personId: id });
    people.push([id, caseId, 'victim', id, v.sourcePersonId, ...personDataCells(fields, v)]);
    if (v.consent !== null)
      consents.push([id, 'data_processing', v.consent, reportedOn, 'import', batch.userId]);
  }
  return {
    ids,
    statements: [
      insertStatement('case_people', NEW_PERSON_COLUMNS, people),
      insertStatement('consents', CONSENT_COLUMNS, consents),
    ],
  };
}

export async function insertVictims(
  tx: DbOrTx,
  fields: FieldCrypto,
  batch: BatchFacts,
  victims: readonly NewVictim[],
): Promise<Array<{ caseId: string; personId: string }>> {
  const { ids, statements } = victimStatements(fields, batch, victims);
  for (const statement of statements) if (statement) await tx.execute(statement);
  return ids;
}

/** Rewrites existing cases from the file: case fields, events replaced, victims by source id. */
export async function updateCases(
  tx: DbOrTx,
  cases: ReadonlyArray<{ id: string; row: MappedCaseRow }>,
): Promise<void> {
  await updateRows(
    tx,
    'cases',
    'id',
    CASE_COLUMNS,
    cases.map((c) => caseCells(c.id, c.row)),
    ', updated_at = now(), version = cases.version + 1',
  );
  const ids = cases.map((c) => c.id);
  await tx.execute(deleteEventsOf(ids));
  await insertRows(
    tx,
    'case_events',
    EVENT_COLUMNS,
    cases.flatMap((c) => eventCells(c.id, c.row)),
  );
}

export async function updateVictims(
  tx: DbOrTx,
  fields: FieldCrypto,
  victims: ReadonlyArray<{ personId: string; v: MappedVictim }>,
): Promise<void> {
  await updateRows(
    tx,
    'case_people',
    'id',
    [col('id', 'uuid'), ...PERSON_DATA_COLUMNS],
    victims.map(({ personId, v }) => [personId, ...personDataCells(fields, v)]),
    ', updated_at = now()',
  );
}

export const deleteEventsOf = (caseIds: readonly string[]) =>
  sql`delete from case_events where case_id = any(${arrayLiteral(caseIds)}::uuid[])`;
