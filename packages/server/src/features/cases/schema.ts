import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/schema.js';
import { institutions } from '../institutions/schema.js';
import { serviceUnits } from '../service-units/schema.js';

/**
 * The integrated victim and case registry (issue 4). Identifying fields are sealed by the
 * application (platform/field-crypto.ts) before they reach the database: columns ending in `_enc`
 * hold `<keyId>:<base64 iv|tag|ciphertext>`, columns ending in `_bidx` hold keyed hashes used to
 * search and to block duplicate candidates without plaintext.
 */

/** Picklist values (reference data; loaded from @sigap/domain PICKLISTS, extensible). */
export const picklistValues = pgTable(
  'picklist_values',
  {
    list: text('list').notNull(),
    code: text('code').notNull(),
    labelId: text('label_id').notNull(),
    labelEn: text('label_en').notNull(),
    htcds: text('htcds'),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);

/** Kasus. `region_code` is the owning unit's region (scope); null for a national institution. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human-readable number, e.g. `TPPO-2024-000123`. */
    caseNumber: text('case_number').notNull().unique(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    serviceUnitId: uuid('service_unit_id').references(() => serviceUnits.id),
    regionCode: text('region_code'),
    reportedOn: date('reported_on').notNull(),
    source: text('source').notNull(),
    status: text('status').notNull().default('active'),
    closureReason: text('closure_reason'),
    exploitationTypes: text('exploitation_types').array().notNull().default([]),
    modus: text('modus').array().notNull().default([]),
    meansOfControl: text('means_of_control').array().notNull().default([]),
    /** Free-text summary; may name people, so it is sealed like the identifying fields. */
    summaryEnc: text('summary_enc'),
    verificationState: text('verification_state').notNull().default('unverified'),
    verificationReason: text('verification_reason'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    /** Imports: the other system's name and its record id make re-imports idempotent. */
    sourceSystem: text('source_system'),
    sourceRecordId: text('source_record_id'),
    importBatchId: uuid('import_batch_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_source_record_key').on(t.sourceSystem, t.sourceRecordId),
    index('cases_region_idx').on(t.regionCode),
    index('cases_institution_idx').on(t.institutionId),
    index('cases_reported_idx').on(t.reportedOn),
    index('cases_import_batch_idx').on(t.importBatchId),
  ],
);

/** Peristiwa: recruitment, transit, exploitation, in order, each in a region or a country. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    eventType: text('event_type').notNull(),
    occurredOn: date('occurred_on'),
    /** Kemendagri code (province, kabupaten/kota or desa) for places in Indonesia. */
    regionCode: text('region_code'),
    /** ISO 3166-1 alpha-2; `ID` with a region code, another country without. */
    countryCode: text('country_code'),
    placeNote: text('place_note'),
  },
  (t) => [
    index('case_events_case_idx').on(t.caseId, t.seq),
    index('case_events_region_idx').on(t.regionCode),
  ],
);

/**
 * Orang dalam kasus: victim, perpetrator or witness. `cluster_id` groups records the PIC data has
 * merged as one person (initially the record's own id): statistics count distinct clusters.
 */
export const casePeople = pgTable(
  'case_people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    nameEnc: text('name_enc'),
    nikEnc: text('nik_enc'),
    passportEnc: text('passport_enc'),
    contactEnc: text('contact_enc'),
    addressEnc: text('address_enc'),
    birthDateEnc: text('birth_date_enc'),
    /** Keyed hash of the normalised full name; `name_token_bidx` of each name part (blocking). */
    nameBidx: text('name_bidx'),
    nameTokenBidx: text('name_token_bidx').array().notNull().default([]),
    nikBidx: text('nik_bidx'),
    passportBidx: text('passport_bidx'),
    birthDateBidx: text('birth_date_bidx'),
    /** Quasi-identifiers kept in clear for statistics: year only, never the full date. */
    birthYear: integer('birth_year'),
    ageAtIdentification: integer('age_at_identification'),
    isMinor: boolean('is_minor'),
    sex: text('sex'),
    citizenship: text('citizenship'),
    disability: text('disability'),
    /** Kabupaten/kota (or province) of the home address; the exact address is sealed. */
    addressRegionCode: text('address_region_code'),
    traffickingStatus: text('trafficking_status'),
    statusDecidedBy: text('status_decided_by'),
    recruiterRelation: text('recruiter_relation'),
    perpetratorRoles: text('perpetrator_roles').array().notNull().default([]),
    perpetratorKind: text('perpetrator_kind'),
    verificationState: text('verification_state').notNull().default('unverified'),
    verificationReason: text('verification_reason'),
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    sourceRecordId: text('source_record_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('case_people_case_idx').on(t.caseId),
    index('case_people_cluster_idx').on(t.clusterId),
    index('case_people_name_bidx').on(t.nameBidx),
    index('case_people_nik_bidx').on(t.nikBidx),
    index('case_people_passport_bidx').on(t.passportBidx),
    index('case_people_tokens_idx').using('gin', t.nameTokenBidx),
  ],
);

/** Persetujuan: consent records per person (data processing, sharing for referral). */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePeople.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    given: boolean('given').notNull(),
    recordedOn: date('recorded_on').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consents_person_idx').on(t.personId, t.kind)],
);

/** Proses hukum: police report, investigation, prosecution, verdict, sentence, restitution. */
export const legalSteps = pgTable(
  'legal_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    step: text('step').notNull(),
    occurredOn: date('occurred_on').notNull(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    referenceNumber: text('reference_number'),
    details: text('details'),
    sentenceMonths: integer('sentence_months'),
    amount: bigint('amount', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('legal_steps_case_idx').on(t.caseId, t.occurredOn)],
);

/** Layanan: each service on a victim's road to recovery (paripurna). */
export const victimServices = pgTable(
  'victim_services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePeople.id, { onDelete: 'cascade' }),
    serviceType: text('service_type').notNull(),
    providerUnitId: uuid('provider_unit_id').references(() => serviceUnits.id),
    regionCode: text('region_code'),
    status: text('status').notNull().default('planned'),
    startedOn: date('started_on'),
    endedOn: date('ended_on'),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('victim_services_person_idx').on(t.personId),
    index('victim_services_case_idx').on(t.caseId),
  ],
);

/** Rujukan between service units and regions; destination → origin is the common path. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => casePeople.id, { onDelete: 'cascade' }),
    fromUnitId: uuid('from_unit_id').references(() => serviceUnits.id),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => serviceUnits.id),
    fromRegionCode: text('from_region_code'),
    toRegionCode: text('to_region_code').notNull(),
    serviceTypes: text('service_types').array().notNull().default([]),
    reason: text('reason').notNull(),
    status: text('status').notNull().default('sent'),
    declineReason: text('decline_reason'),
    consentId: uuid('consent_id').references(() => consents.id),
    sentBy: uuid('sent_by').references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    respondedBy: uuid('responded_by').references(() => users.id),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId),
    index('referrals_to_region_idx').on(t.toRegionCode, t.status),
    // "already referred?" before a victim or a consent is deleted
    index('referrals_person_idx').on(t.personId),
    index('referrals_consent_idx').on(t.consentId),
  ],
);

/**
 * Buka darurat (break-the-glass): a user outside the case's scope opened it with a written reason.
 * The grant is time-limited, audited, and the case owner is notified.
 */
export const caseAccessGrants = pgTable(
  'case_access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_access_grants_user_idx').on(t.userId, t.caseId)],
);

/** Templat pemetaan: how one source institution's files map onto Sigap fields and picklists. */
export const importTemplates = pgTable(
  'case_import_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    sourceSystem: text('source_system').notNull(),
    institutionId: uuid('institution_id').references(() => institutions.id),
    /** { sigapField: sourceColumnHeader } */
    columnMap: jsonb('column_map').notNull(),
    /** { picklistName: { sourceCode: sigapCode } } */
    codeMap: jsonb('code_map').notNull().default({}),
    /** delimiter, encoding, date order, header row */
    options: jsonb('options').notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('case_import_templates_name_key').on(sql`lower(${t.name})`)],
);

/**
 * One uploaded file on its way in: previewed → importing (in chunks; resumable) → completed, or
 * rolled back as a whole. The parsed rows wait in `case_import_rows` until confirmed.
 */
export const importBatches = pgTable('case_import_batches', {
  id: uuid('id').primaryKey().defaultRandom(),
  templateId: uuid('template_id').references(() => importTemplates.id),
  sourceSystem: text('source_system').notNull(),
  format: text('format').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  institutionId: uuid('institution_id')
    .notNull()
    .references(() => institutions.id),
  regionCode: text('region_code'),
  state: text('state').notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  validRows: integer('valid_rows').notNull().default(0),
  processedRows: integer('processed_rows').notNull().default(0),
  createdCases: integer('created_cases').notNull().default(0),
  updatedCases: integer('updated_cases').notNull().default(0),
  errors: jsonb('errors').notNull().default([]),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true }),
});

export const importRows = pgTable(
  'case_import_rows',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatches.id, { onDelete: 'cascade' }),
    rowNumber: integer('row_number').notNull(),
    /** The row mapped onto Sigap fields (identifying values sealed). */
    mapped: jsonb('mapped').notNull(),
    done: boolean('done').notNull().default(false),
    caseId: uuid('case_id'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.rowNumber] })],
);

/** Pasangan calon duplikat: two victim records that may be one person, with the score's evidence. */
export const duplicateCandidates = pgTable(
  'duplicate_candidates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personA: uuid('person_a')
      .notNull()
      .references(() => casePeople.id, { onDelete: 'cascade' }),
    personB: uuid('person_b')
      .notNull()
      .references(() => casePeople.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    evidence: jsonb('evidence').notNull(),
    /** open, merged, not_same */
    state: text('state').notNull().default('open'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('duplicate_candidates_pair_key').on(t.personA, t.personB),
    index('duplicate_candidates_state_idx').on(t.state, t.score),
    index('duplicate_candidates_person_b_idx').on(t.personB),
  ],
);

/** A merge of person clusters, kept so that it can be undone exactly. */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    candidateId: uuid('candidate_id').references(() => duplicateCandidates.id),
    survivorClusterId: uuid('survivor_cluster_id').notNull(),
    mergedClusterId: uuid('merged_cluster_id').notNull(),
    /** The person records that moved into the survivor's cluster. */
    movedPersonIds: uuid('moved_person_ids').array().notNull(),
    mergedBy: uuid('merged_by').references(() => users.id),
    mergedAt: timestamp('merged_at', { withTimezone: true }).notNull().defaultNow(),
    undoneBy: uuid('undone_by').references(() => users.id),
    undoneAt: timestamp('undone_at', { withTimezone: true }),
  },
  (t) => [index('person_merges_candidate_idx').on(t.candidateId)],
);
