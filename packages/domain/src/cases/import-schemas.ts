import { z } from 'zod';
import { PICKLIST_NAMES } from './picklists.js';

/**
 * The contract of case imports (impor data kasus): mapping templates, batches, previews and the
 * errors of bad rows. Routes, OpenAPI and the web client share these schemas.
 */
const Bilingual = z.object({ id: z.string(), en: z.string() });

/** Lists a code map may translate: every picklist, and regions, countries and service units. */
export const CODE_MAP_LISTS = [...PICKLIST_NAMES, 'region', 'country', 'service_unit'] as const;

export const ImportOptions = z.strictObject({
  delimiter: z.enum(['auto', ',', ';', '\t']).default('auto'),
  encoding: z.enum(['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).default('auto'),
  /** How 03/04/2023 is read: 3 April (DMY, Indonesian) or March 4 (MDY). */
  dateOrder: z.enum(['DMY', 'MDY']).default('DMY'),
  /** 1-based row of the header; rows above it (titles, notes) are skipped. */
  headerRow: z.number().int().min(1).max(100).default(1),
  /** XLSX: the sheet to read; the first sheet when not given. */
  sheet: z.string().trim().min(1).max(100).optional(),
});
export type ImportOptions = z.infer<typeof ImportOptions>;

const Header = z.string().trim().min(1).max(200);

/** { sigapField: header } — several headers are joined with spaces (names split over columns). */
export const ImportColumnMap = z.record(
  z.string(),
  z.union([Header, z.array(Header).min(1).max(5)]),
);
export type ImportColumnMap = z.infer<typeof ImportColumnMap>;

/** { list: { sourceCode: sigapCode } }; lists are picklists, `region`, `country`, `service_unit`. */
export const ImportCodeMap = z.record(
  z.string(),
  z.record(z.string().max(200), z.string().trim().min(1).max(100)),
);
export type ImportCodeMap = z.infer<typeof ImportCodeMap>;

export const ImportTemplateInput = z.strictObject({
  name: z.string().trim().min(1).max(120),
  /** The other institution's system; with its record ids it makes re-imports idempotent. */
  sourceSystem: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[A-Za-z0-9_.-]+$/),
  columnMap: ImportColumnMap,
  codeMap: ImportCodeMap.default({}),
  options: ImportOptions.default(ImportOptions.parse({})),
});
export type ImportTemplateInput = z.infer<typeof ImportTemplateInput>;

export const ImportTemplateUpdate = ImportTemplateInput.partial();
export type ImportTemplateUpdate = z.infer<typeof ImportTemplateUpdate>;

export const ImportTemplateView = z.object({
  id: z.uuid(),
  name: z.string(),
  sourceSystem: z.string(),
  institutionId: z.uuid().nullable(),
  columnMap: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  codeMap: z.record(z.string(), z.record(z.string(), z.string())),
  options: ImportOptions,
  builtIn: z.boolean(),
  updatedAt: z.string(),
});
export type ImportTemplateView = z.infer<typeof ImportTemplateView>;

/** One reason a row cannot be imported: row as the spreadsheet numbers it, and the column. */
export const ImportRowError = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  message: Bilingual,
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const IMPORT_BATCH_STATES = [
  'previewed',
  'importing',
  'failed',
  'completed',
  'rolled_back',
] as const;

export const ImportBatchView = z.object({
  id: z.uuid(),
  templateId: z.uuid().nullable(),
  sourceSystem: z.string(),
  format: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  institutionId: z.uuid(),
  regionCode: z.string().nullable(),
  state: z.enum(IMPORT_BATCH_STATES),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  processedRows: z.number().int(),
  createdCases: z.number().int(),
  updatedCases: z.number().int(),
  /** Stored reasons (the first 5,000) and how many there are in all. */
  errors: z.array(ImportRowError),
  errorCount: z.number().int(),
  /** Why the last run stopped, when it failed. */
  failure: Bilingual.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportBatchView = z.infer<typeof ImportBatchView>;

export const ImportPreview = ImportBatchView.extend({
  detected: z.object({
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    headers: z.array(z.string()),
    /** Mapped columns the file does not have (optional fields: left empty). */
    missingColumns: z.array(z.string()),
  }),
  /** The first rows as they would be imported; identifying values masked. */
  sample: z.array(z.record(z.string(), z.unknown())),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportConfirm = z.strictObject({
  /** Import the valid rows and leave the listed bad ones out (an explicit choice). */
  validOnly: z.boolean().default(false),
  /** Records already in Sigap from the same source: leave them (default) or update them. */
  existing: z.enum(['skip', 'update']).default('skip'),
});
export type ImportConfirm = z.infer<typeof ImportConfirm>;

export const ImportInspection = z.object({
  format: z.enum(['csv', 'xlsx']),
  encoding: z.string().nullable(),
  delimiter: z.string().nullable(),
  headers: z.array(z.string()),
  suggestedColumnMap: z.record(z.string(), z.string()),
});
export type ImportInspection = z.infer<typeof ImportInspection>;

export const HtcdsExportQuery = z.object({
  format: z.enum(['csv', 'json']).default('csv'),
});

export const HtcdsIdentifyingExport = z.strictObject({
  format: z.enum(['csv', 'json']).default('csv'),
  /** The archive's password; told to the recipient another way. */
  password: z.string().min(12).max(200),
});
