// The column layout of the cases bench's file: a national recap of victims as the task force's
// secretariat compiles it from several institutions' lists (police, foreign affairs, BP2MI, social
// affairs, UPTD PPA, SAPA 129), Indonesian headers, one row per victim, case fields repeated on
// each victim's row. The mapping template below is what a data officer would save for it:
// headers → Sigap import fields (packages/domain/src/cases/import-fields.ts) and the source's own
// words → Sigap codes. checkTemplate() validates it against the installation before the run.
import type { ImportTemplateInput } from '@sigap/domain';

/** [header, Sigap import field]; the order is the file's. */
export const COLUMNS = [
  ['No Kasus', 'sourceRecordId'],
  ['ID Korban', 'sourcePersonId'],
  ['Tgl Lapor', 'reportedOn'],
  ['Sumber', 'source'],
  ['Status Kasus', 'status'],
  ['Bentuk Eksploitasi', 'exploitationTypes'],
  ['Modus', 'modus'],
  ['Cara Pengendalian', 'meansOfControl'],
  ['Tgl Perekrutan', 'recruitmentDate'],
  ['Wilayah Perekrutan', 'recruitmentRegion'],
  ['Wilayah Transit', 'transitRegion'],
  ['Negara Transit', 'transitCountry'],
  ['Tgl Eksploitasi', 'exploitationDate'],
  ['Wilayah Eksploitasi', 'exploitationRegion'],
  ['Negara Eksploitasi', 'exploitationCountry'],
  ['Tempat Eksploitasi', 'exploitationPlace'],
  ['Nama Korban', 'victimName'],
  ['JK', 'sex'],
  ['Tgl Lahir', 'birthDate'],
  ['Umur', 'age'],
  ['Kewarganegaraan', 'citizenship'],
  ['NIK', 'nik'],
  ['No Paspor', 'passport'],
  ['No HP', 'contact'],
  ['Alamat', 'address'],
  ['Kode Wilayah', 'addressRegion'],
  ['Disabilitas', 'disability'],
  ['Status Korban', 'traffickingStatus'],
  ['Penentu Status', 'statusDecidedBy'],
  ['Hubungan dengan Perekrut', 'recruiterRelation'],
  ['Persetujuan', 'consent'],
] as const;

export type Column = (typeof COLUMNS)[number][0];
export const HEADERS: readonly Column[] = COLUMNS.map(([h]) => h);

export const TEMPLATE_NAME = 'Rekap nasional korban TPPO (bench)';
export const SOURCE_SYSTEM = 'rekap-gtpp-bench';

/** The source's own words that are neither Sigap codes nor labels (the code map's work). */
export const CODE_MAP: ImportTemplateInput['codeMap'] = {
  case_source: {
    LP: 'police_report',
    Pengaduan: 'hotline',
    'SAPA 129': 'hotline',
  },
  modus: {
    'PMI Nonprosedural': 'pmi_nonprosedural',
    'PRT Migran': 'pmi_nonprosedural',
    'Online Scam': 'online_scam',
    'Judi Online': 'online_scam',
    ABK: 'abk_perikanan',
    'Pengantin Pesanan': 'pengantin_pesanan',
    'Jual Ginjal': 'organ_ginjal',
    'Magang Palsu': 'magang_beasiswa',
  },
  exploitation_type: { Perbudakan: 'servitude' },
  status_decided_by: { Pemerintah: 'government', Pengadilan: 'court' },
};

export function templateInput(): ImportTemplateInput {
  return {
    name: TEMPLATE_NAME,
    sourceSystem: SOURCE_SYSTEM,
    columnMap: Object.fromEntries(COLUMNS.map(([header, field]) => [field, header])),
    codeMap: CODE_MAP,
    options: { delimiter: ',', encoding: 'utf-8', dateOrder: 'DMY', headerRow: 1 },
  };
}

/** Column names of the plain COPY table: the headers as SQL identifiers, all text. */
export const COPY_COLUMNS = HEADERS.map((h) => h.toLowerCase().replace(/[^a-z0-9]+/g, '_'));
