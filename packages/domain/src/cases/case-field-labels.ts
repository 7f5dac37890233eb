import type { Bilingual } from '../common/lang.js';

const l = (id: string, en: string): Bilingual => ({ id, en });

/**
 * Label of every field of the case registry in Indonesian and English: form labels in the web
 * app, column headers of exports, and the names import mappings show. Grouped by record; the
 * keys are the field names of the schemas (case-schemas.ts, person-schemas.ts,
 * service-schemas.ts), and a test checks that no schema field lacks a label.
 */
export const CASE_FIELD_LABELS = {
  case: {
    caseNumber: l('Nomor kasus', 'Case number'),
    institutionId: l('Instansi pelapor', 'Reporting institution'),
    serviceUnitId: l('Unit layanan', 'Service unit'),
    regionCode: l('Wilayah kasus', 'Region of the case'),
    reportedOn: l('Tanggal laporan', 'Date reported'),
    source: l('Sumber kasus', 'Source of the case'),
    status: l('Status kasus', 'Case status'),
    closureReason: l('Alasan penutupan', 'Reason for closing'),
    exploitationTypes: l('Bentuk eksploitasi', 'Forms of exploitation'),
    modus: l('Modus', 'Modus operandi'),
    meansOfControl: l('Cara pengendalian korban', 'Means of control'),
    summary: l('Ringkasan kasus', 'Case summary'),
    events: l('Peristiwa perdagangan orang', 'Trafficking events'),
    people: l('Orang dalam kasus', 'People in the case'),
    verificationState: l('Status verifikasi', 'Verification state'),
    verificationReason: l('Alasan verifikasi', 'Verification reason'),
    victimCount: l('Jumlah korban', 'Number of victims'),
    hasMinor: l('Ada korban anak', 'Has a minor victim'),
    version: l('Versi', 'Version'),
  },
  event: {
    eventType: l('Tahap peristiwa', 'Stage'),
    seq: l('Urutan', 'Order'),
    occurredOn: l('Tanggal peristiwa', 'Date of the event'),
    regionCode: l('Wilayah (Indonesia)', 'Region (Indonesia)'),
    countryCode: l('Negara', 'Country'),
    placeNote: l('Keterangan tempat', 'Place details'),
  },
  person: {
    role: l('Peran dalam kasus', 'Role in the case'),
    name: l('Nama', 'Name'),
    nik: l('NIK', 'National identity number (NIK)'),
    passport: l('Nomor paspor', 'Passport number'),
    contact: l('Kontak', 'Contact'),
    address: l('Alamat', 'Address'),
    birthDate: l('Tanggal lahir', 'Date of birth'),
    statedAge: l('Usia menurut pengakuan', 'Stated age'),
    ageAtIdentification: l('Usia saat identifikasi', 'Age at identification'),
    isMinor: l('Anak (di bawah 18 tahun)', 'Minor (under 18)'),
    sex: l('Jenis kelamin', 'Sex'),
    citizenship: l('Kewarganegaraan', 'Citizenship'),
    disability: l('Disabilitas', 'Disability'),
    addressRegionCode: l('Wilayah alamat', 'Region of address'),
    traffickingStatus: l('Status korban', 'Trafficking status'),
    statusDecidedBy: l('Status ditetapkan oleh', 'Status decided by'),
    recruiterRelation: l('Hubungan dengan perekrut', 'Relationship to the recruiter'),
    perpetratorRoles: l('Peran pelaku', 'Role in the process'),
    perpetratorKind: l('Jenis pelaku', 'Individual or corporate'),
    verificationState: l('Status verifikasi', 'Verification state'),
  },
  consent: {
    personId: l('Orang', 'Person'),
    kind: l('Jenis persetujuan', 'Kind of consent'),
    given: l('Persetujuan diberikan', 'Consent given'),
    recordedOn: l('Tanggal dicatat', 'Date recorded'),
    note: l('Catatan', 'Note'),
  },
  service: {
    personId: l('Korban', 'Victim'),
    serviceType: l('Jenis layanan', 'Service'),
    providerUnitId: l('Unit pemberi layanan', 'Provider unit'),
    regionCode: l('Wilayah layanan', 'Region of the service'),
    status: l('Status layanan', 'Service status'),
    startedOn: l('Tanggal mulai', 'Start date'),
    endedOn: l('Tanggal selesai', 'End date'),
    notes: l('Catatan', 'Notes'),
  },
  legalStep: {
    step: l('Tahap proses hukum', 'Legal step'),
    occurredOn: l('Tanggal', 'Date'),
    institutionId: l('Instansi', 'Institution'),
    referenceNumber: l('Nomor (LP, perkara, putusan)', 'Reference number'),
    details: l('Keterangan', 'Details'),
    sentenceMonths: l('Lama hukuman (bulan)', 'Sentence (months)'),
    amount: l('Jumlah restitusi (Rp)', 'Restitution amount (IDR)'),
  },
  referral: {
    personId: l('Korban yang dirujuk', 'Referred victim'),
    fromUnitId: l('Unit pengirim', 'Sending unit'),
    toUnitId: l('Unit tujuan', 'Receiving unit'),
    fromRegionCode: l('Wilayah asal rujukan', 'Referred from region'),
    toRegionCode: l('Wilayah tujuan rujukan', 'Referred to region'),
    serviceTypes: l('Layanan yang diminta', 'Services requested'),
    reason: l('Alasan rujukan', 'Reason for referral'),
    shareIdentity: l('Bagikan data identitas', 'Share identifying data'),
    status: l('Status rujukan', 'Referral status'),
    declineReason: l('Alasan penolakan', 'Reason for declining'),
    sentAt: l('Dikirim', 'Sent'),
    respondedAt: l('Ditanggapi', 'Answered'),
    completedAt: l('Selesai', 'Completed'),
  },
} as const satisfies Record<string, Record<string, Bilingual>>;

export type CaseFieldGroup = keyof typeof CASE_FIELD_LABELS;

/** The label of a field, or the field name itself when it has none (never throws). */
export function caseFieldLabel(group: CaseFieldGroup, field: string): Bilingual {
  const labels: Record<string, Bilingual> = CASE_FIELD_LABELS[group];
  return labels[field] ?? { id: field, en: field };
}
