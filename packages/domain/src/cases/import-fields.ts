import type { PicklistName } from './picklists.js';

/**
 * The Sigap fields a column of another institution's file can be mapped to (templat pemetaan).
 * One row of a file is one victim in one case: case-level fields repeat on each victim's row of
 * the same case. `aliases` are the headers Indonesian and English files commonly use; they drive
 * the suggested mapping.
 */
export type ImportFieldKind =
  | 'id'
  | 'text'
  | 'date'
  | 'age'
  | 'picklist'
  | 'multi'
  | 'region'
  | 'country'
  | 'serviceUnit'
  | 'yesno';

export type ImportField = {
  key: string;
  kind: ImportFieldKind;
  label: { id: string; en: string };
  picklist?: PicklistName;
  /** Names, NIK, passport, contact, exact address, birth date: sealed, masked in previews. */
  identifying?: boolean;
  required?: boolean;
  aliases: string[];
};

const f = (
  key: string,
  kind: ImportFieldKind,
  id: string,
  en: string,
  aliases: string[],
  extra: Partial<ImportField> = {},
): ImportField => ({ key, kind, label: { id, en }, aliases, ...extra });

const EVENT_WORDS = {
  recruitment: { id: 'perekrutan', en: 'recruitment', alt: ['rekrut', 'asal', 'origin'] },
  transit: { id: 'transit', en: 'transit', alt: ['singgah'] },
  exploitation: {
    id: 'eksploitasi',
    en: 'exploitation',
    alt: ['tujuan', 'destination', 'negara tujuan', 'lokasi eksploitasi'],
  },
} as const;
export const IMPORT_EVENT_TYPES = ['recruitment', 'transit', 'exploitation'] as const;
export type ImportEventType = (typeof IMPORT_EVENT_TYPES)[number];

function eventFields(type: ImportEventType): ImportField[] {
  const w = EVENT_WORDS[type];
  const alt = w.alt as readonly string[];
  return [
    f(`${type}Date`, 'date', `Tanggal ${w.id}`, `${w.en} date`, [
      `tanggal ${w.id}`,
      `tgl ${w.id}`,
      `${w.en} date`,
    ]),
    f(`${type}Region`, 'region', `Kode wilayah ${w.id}`, `${w.en} region code`, [
      `kode wilayah ${w.id}`,
      `wilayah ${w.id}`,
      `${w.en} region`,
      `${w.en} region code`,
      ...alt.map((a) => `kode wilayah ${a}`),
      ...alt.map((a) => `daerah ${a}`),
    ]),
    f(`${type}Country`, 'country', `Negara ${w.id}`, `${w.en} country`, [
      `negara ${w.id}`,
      `${w.en} country`,
      `country of ${w.en}`,
      ...alt.map((a) => `negara ${a}`),
      ...(type === 'exploitation' ? ['negara penempatan', 'country of exploitation'] : []),
    ]),
    f(`${type}Place`, 'text', `Keterangan tempat ${w.id}`, `${w.en} place note`, [
      `tempat ${w.id}`,
      `lokasi ${w.id}`,
      `${w.en} place`,
    ]),
  ];
}

export const IMPORT_FIELDS: readonly ImportField[] = [
  f(
    'sourceRecordId',
    'id',
    'ID kasus di sistem sumber',
    'Case id in the source system',
    [
      'id kasus',
      'no kasus',
      'nomor kasus',
      'no registrasi',
      'nomor register',
      'case id',
      'case number',
      'record id',
      'id',
    ],
    { required: true },
  ),
  f('sourcePersonId', 'id', 'ID korban di sistem sumber', 'Victim id in the source system', [
    'id korban',
    'no korban',
    'victim id',
    'person id',
  ]),
  f(
    'reportedOn',
    'date',
    'Tanggal lapor',
    'Reported date',
    [
      'tanggal lapor',
      'tgl lapor',
      'tanggal laporan',
      'tanggal pengaduan',
      'tanggal registrasi',
      'tanggal kasus',
      'reported date',
      'report date',
      'date reported',
      'registration date',
    ],
    { required: true },
  ),
  f(
    'source',
    'picklist',
    'Sumber kasus',
    'Case source',
    ['sumber', 'sumber kasus', 'source', 'case source', 'data source'],
    { picklist: 'case_source' },
  ),
  f(
    'status',
    'picklist',
    'Status kasus',
    'Case status',
    ['status', 'status kasus', 'case status'],
    { picklist: 'case_status' },
  ),
  f('closureReason', 'text', 'Alasan penutupan', 'Reason for closure', [
    'alasan penutupan',
    'reason for closure',
    'closure reason',
  ]),
  f(
    'exploitationTypes',
    'multi',
    'Bentuk eksploitasi',
    'Forms of exploitation',
    [
      'bentuk eksploitasi',
      'jenis eksploitasi',
      'type of exploitation',
      'exploitation type',
      'exploitation',
    ],
    { picklist: 'exploitation_type' },
  ),
  f('modus', 'multi', 'Modus', 'Modus', ['modus', 'modus operandi'], { picklist: 'modus' }),
  f(
    'meansOfControl',
    'multi',
    'Cara pengendalian',
    'Means of control',
    ['cara pengendalian', 'pengendalian', 'means of control', 'methods of control'],
    { picklist: 'means_of_control' },
  ),
  f('serviceUnit', 'serviceUnit', 'Unit layanan', 'Service unit', [
    'unit layanan',
    'uptd ppa',
    'lembaga layanan',
    'service unit',
  ]),
  ...IMPORT_EVENT_TYPES.flatMap(eventFields),
  f(
    'victimName',
    'text',
    'Nama korban',
    'Victim name',
    ['nama', 'nama korban', 'nama lengkap', 'name', 'victim name', 'full name'],
    { identifying: true },
  ),
  f(
    'sex',
    'picklist',
    'Jenis kelamin',
    'Sex',
    ['jenis kelamin', 'jk', 'l/p', 'sex', 'gender', 'kelamin'],
    { picklist: 'sex' },
  ),
  f(
    'birthDate',
    'date',
    'Tanggal lahir',
    'Birth date',
    ['tanggal lahir', 'tgl lahir', 'birth date', 'date of birth', 'dob', 'birthdate'],
    { identifying: true },
  ),
  f('age', 'age', 'Umur saat identifikasi', 'Age at identification', [
    'umur',
    'usia',
    'age',
    'umur korban',
    'usia korban',
  ]),
  f('citizenship', 'country', 'Kewarganegaraan', 'Citizenship', [
    'kewarganegaraan',
    'warga negara',
    'citizenship',
    'nationality',
  ]),
  f(
    'nik',
    'text',
    'NIK',
    'National identity number (NIK)',
    ['nik', 'no ktp', 'nomor ktp', 'nomor induk kependudukan', 'national id'],
    { identifying: true },
  ),
  f(
    'passport',
    'text',
    'Nomor paspor',
    'Passport number',
    ['paspor', 'no paspor', 'nomor paspor', 'passport', 'passport number'],
    { identifying: true },
  ),
  f(
    'contact',
    'text',
    'Kontak',
    'Contact',
    ['kontak', 'no hp', 'nomor hp', 'telepon', 'no telp', 'phone', 'contact', 'mobile'],
    { identifying: true },
  ),
  f('address', 'text', 'Alamat', 'Address', ['alamat', 'alamat lengkap', 'address', 'street'], {
    identifying: true,
  }),
  f('addressRegion', 'region', 'Kode wilayah alamat', 'Address region code', [
    'kode wilayah',
    'kode wilayah alamat',
    'kabupaten kota',
    'kab kota',
    'address region',
    'region code',
  ]),
  f(
    'disability',
    'picklist',
    'Disabilitas',
    'Disability',
    ['disabilitas', 'difabel', 'disability'],
    { picklist: 'disability' },
  ),
  f(
    'traffickingStatus',
    'picklist',
    'Status korban',
    'Trafficking status',
    ['status korban', 'status tppo', 'trafficking status'],
    { picklist: 'trafficking_status' },
  ),
  f(
    'statusDecidedBy',
    'picklist',
    'Penentu status',
    'Status decided by',
    ['penentu status', 'diputuskan oleh', 'status decided by', 'decision making organisation'],
    { picklist: 'status_decided_by' },
  ),
  f(
    'recruiterRelation',
    'picklist',
    'Hubungan dengan perekrut',
    'Relationship to recruiter',
    [
      'hubungan dengan perekrut',
      'hubungan pelaku',
      'relationship to trafficker',
      'relationship to recruiter',
    ],
    { picklist: 'recruiter_relation' },
  ),
  f('consent', 'yesno', 'Persetujuan pengolahan data', 'Consent to data processing', [
    'persetujuan',
    'consent',
    'informed consent',
  ]),
];

export type ImportFieldKey = string;
export const IMPORT_FIELD_KEYS: ReadonlySet<string> = new Set(IMPORT_FIELDS.map((x) => x.key));
export const IMPORT_FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.map((x) => [x.key, x]),
);
