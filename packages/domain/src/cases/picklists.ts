/**
 * Picklists of the case registry (domain.md §6). They are reference data: the server loads them
 * into `picklist_values` at start, forms and imports read them from there, and an installation may
 * add values. Each value carries its Indonesian and English label and, where the IOM Human
 * Trafficking Case Data Standard 2.0 has an equivalent, the HTCDS value name used on exchange.
 */
export type PicklistValue = {
  code: string;
  id: string;
  en: string;
  /** HTCDS 2.0 value name, when the standard has one. */
  htcds?: string;
};

const v = (code: string, id: string, en: string, htcds?: string): PicklistValue =>
  htcds ? { code, id, en, htcds } : { code, id, en };

export const PICKLISTS = {
  /** Sumber kasus — where the case came from. */
  case_source: [
    v('case_management', 'Manajemen kasus', 'Case management'),
    v('hotline', 'Hotline / pengaduan', 'Hotline'),
    v('police_report', 'Laporan polisi', 'Police report'),
    v('repatriation', 'Pemulangan', 'Repatriation'),
    v('import', 'Impor data instansi lain', 'Import from another institution'),
  ],
  /** Status kasus (HTCDS cas_Status). */
  case_status: [
    v('active', 'Aktif', 'Active', 'Active'),
    v('follow_up', 'Tindak lanjut', 'Follow-up', 'FollowUp'),
    v('closed', 'Ditutup', 'Closed', 'Closed'),
    v('closed_referred', 'Ditutup — dirujuk', 'Closed — referred', 'ClosedReferred'),
  ],
  /** Tahap peristiwa perdagangan orang (HTCDS hte_Type). */
  event_type: [
    v('recruitment', 'Perekrutan', 'Recruitment', 'Recruitment'),
    v('transit', 'Transit', 'Transit', 'Transit'),
    v('exploitation', 'Eksploitasi', 'Exploitation', 'Exploitation'),
  ],
  /** Bentuk eksploitasi (HTCDS vic_TypeOfExploitation); UU 21/2007 purpose in EXPLOITATION_PURPOSE. */
  exploitation_type: [
    v('forced_labour', 'Kerja paksa', 'Forced labour', 'ForcedLabour'),
    v('sexual_exploitation', 'Eksploitasi seksual', 'Sexual exploitation', 'SexualExploitation'),
    v('child_labour', 'Pekerja anak', 'Child labour', 'ChildLabour'),
    v('forced_marriage', 'Perkawinan paksa', 'Forced marriage', 'ForcedMarriage'),
    v('servitude', 'Perbudakan / penghambaan', 'Servitude', 'Servitude'),
    v(
      'forced_military',
      'Direkrut kelompok bersenjata',
      'Forced military service (non-state)',
      'ForcedMilitaryByNonStateActors',
    ),
    v('organ_removal', 'Pengambilan organ', 'Organ removal', 'OrganRemoval'),
    v('forced_begging', 'Mengemis paksa', 'Forced begging', 'ForcedBegging'),
    v('forced_adoption', 'Adopsi paksa', 'Forced adoption', 'ForcedAdoption'),
    v('surrogacy', 'Surogasi', 'Surrogacy', 'Surrogacy'),
    v('other', 'Lainnya', 'Other', 'Other'),
  ],
  /** Modus yang dipakai dalam laporan Indonesia (domain.md §6). */
  modus: [
    v('pmi_nonprosedural', 'PMI / PRT nonprosedural', 'Irregular migrant (domestic) workers'),
    v('eksploitasi_seksual', 'Eksploitasi seksual', 'Sexual exploitation'),
    v('abk_perikanan', 'ABK perikanan', 'Fishing-vessel crew'),
    v('eksploitasi_anak', 'Eksploitasi anak', 'Child exploitation'),
    v('online_scam', 'Penipuan / judi daring di luar negeri', 'Online scam or gambling compound'),
    v('organ_ginjal', 'Perdagangan organ (ginjal)', 'Organ (kidney) trafficking'),
    v('pengantin_pesanan', 'Pengantin pesanan / kawin kontrak', 'Mail-order or contract brides'),
    v('magang_beasiswa', 'Magang / beasiswa palsu', 'Fake internship or scholarship'),
    v('lainnya', 'Lainnya', 'Other'),
  ],
  /** Cara pengendalian korban (HTCDS vic_MethodsOfControl). */
  means_of_control: [
    v('physical_threats', 'Ancaman fisik', 'Physical threats', 'PhysicalThreats'),
    v(
      'threats_law_enforcement',
      'Ancaman dilaporkan ke aparat',
      'Threats of law enforcement',
      'ThreatsLawEnforcement',
    ),
    v(
      'threatens_family',
      'Mengancam anak / keluarga',
      'Threatens children or family',
      'ThreatensChildrenFamily',
    ),
    v('debt_bondage', 'Jeratan utang', 'Debt bondage', 'DebtBondage'),
    v('false_promises', 'Janji palsu', 'False promises', 'FalsePromises'),
    v('physical_abuse', 'Kekerasan fisik', 'Physical abuse', 'PhysicalAbuse'),
    v('sexual_abuse', 'Kekerasan seksual', 'Sexual abuse', 'SexualAbuse'),
    v('takes_earnings', 'Mengambil penghasilan', 'Takes earnings', 'TakesEarnings'),
    v(
      'restricts_financial',
      'Membatasi akses keuangan',
      'Restricts financial access',
      'RestrictsFinancialAccess',
    ),
    v(
      'restricts_medical',
      'Membatasi layanan kesehatan',
      'Restricts medical care',
      'RestrictsMedicalCare',
    ),
    v(
      'withholds_necessities',
      'Menahan kebutuhan dasar',
      'Withholds necessities',
      'WithholdsNecessities',
    ),
    v('psychological_abuse', 'Kekerasan psikis', 'Psychological abuse', 'PsychologicalAbuse'),
    v(
      'psychoactive_substance',
      'Zat psikoaktif',
      'Psychoactive substances',
      'PsychoactiveSubstance',
    ),
    v(
      'excessive_hours',
      'Jam kerja berlebihan',
      'Excessive working hours',
      'ExcessiveWorkingHours',
    ),
    v('withholds_documents', 'Menahan dokumen', 'Withholds documents', 'WithholdsDocuments'),
    v('other', 'Lainnya', 'Other', 'Other'),
  ],
  /** Peran orang dalam kasus. */
  person_role: [
    v('victim', 'Korban', 'Victim'),
    v('perpetrator', 'Pelaku', 'Perpetrator'),
    v('witness', 'Saksi', 'Witness'),
  ],
  /** Jenis kelamin (HTCDS prs_Gender, narrowed to what Indonesian records carry). */
  sex: [
    v('female', 'Perempuan', 'Female', 'Feminine'),
    v('male', 'Laki-laki', 'Male', 'Masculine'),
    v('unknown', 'Tidak diketahui', 'Unknown', 'NonSpecifiedUnknown'),
  ],
  /** Status korban (HTCDS vic_TraffickingStatus). */
  trafficking_status: [
    v('possible', 'Diduga korban', 'Possible victim', 'PossibleVictimOfTrafficking'),
    v('actual', 'Korban', 'Actual victim', 'ActualVictimOfTrafficking'),
    v('not_victim', 'Bukan korban', 'Not a victim', 'NotAVictimOfTrafficking'),
  ],
  /** Who decided the trafficking status (HTCDS vic_TraffickingStatusDecisionMakingOrg). */
  status_decided_by: [
    v('police', 'Kepolisian', 'Police', 'Police'),
    v('ngo', 'LSM', 'NGO', 'NGO'),
    v('court', 'Pengadilan / kejaksaan', 'Court or prosecution', 'CourtOrProsecution'),
    v(
      'government',
      'Instansi pemerintah non-kepolisian',
      'Non-police government body',
      'NonPoliceGovernmentalOrganization',
    ),
    v('other', 'Lainnya', 'Other', 'Other'),
  ],
  /** Hubungan dengan perekrut (HTCDS vic_RelationshipToTrafficker). */
  recruiter_relation: [
    v('family', 'Keluarga', 'Family', 'Familial'),
    v('acquainted', 'Kenalan', 'Acquaintance', 'Acquainted'),
    v('stranger', 'Tidak dikenal', 'Stranger', 'Unaquainted'),
  ],
  disability: [
    v('none', 'Tidak ada', 'None'),
    v('physical', 'Fisik', 'Physical'),
    v('intellectual', 'Intelektual', 'Intellectual'),
    v('mental', 'Mental', 'Mental'),
    v('sensory', 'Sensorik', 'Sensory'),
    v('multiple', 'Ganda', 'Multiple'),
  ],
  /** Peran pelaku dalam proses (HTCDS per_RoleInProcess). */
  perpetrator_role: [
    v('recruiter', 'Perekrut / calo', 'Recruiter or intermediary', 'RecruiterOrIntermediary'),
    v('transporter', 'Pengangkut', 'Transporter', 'Transporter'),
    v('broker', 'Agen perjalanan / penyalur', 'Broker or travel agent', 'BrokerTravelAgent'),
    v('harbourer', 'Penampung', 'Harbourer', 'HarbouredIndividual'),
    v('exploiter', 'Pengeksploitasi', 'Exploiter', 'Exploiter'),
    v('buyer', 'Pembeli', 'Buyer', 'BoughtIndividual'),
    v('controller', 'Pengendali', 'Controller', 'ControlledIndividual'),
    v('other', 'Lainnya', 'Other', 'Other'),
  ],
  perpetrator_kind: [
    v('individual', 'Perseorangan', 'Individual'),
    v('corporate', 'Korporasi', 'Corporate'),
  ],
  /** Tahap proses hukum. */
  legal_step: [
    v('police_report', 'Laporan polisi', 'Police report'),
    v('investigation', 'Penyidikan', 'Investigation'),
    v('prosecution', 'Penuntutan', 'Prosecution'),
    v('verdict', 'Putusan', 'Verdict'),
    v('sentence', 'Vonis / hukuman', 'Sentence'),
    v('restitution_ordered', 'Restitusi diputus', 'Restitution ordered'),
    v('restitution_paid', 'Restitusi dibayar', 'Restitution paid'),
  ],
  /** Layanan menuju pemulihan paripurna, in the order a victim usually receives them. */
  service_type: [
    v('identification', 'Identifikasi', 'Identification'),
    v('health', 'Rehabilitasi kesehatan', 'Health rehabilitation', 'Health'),
    v('psychosocial', 'Dukungan psikososial', 'Psychosocial support', 'SocialCare'),
    v('social_rehabilitation', 'Rehabilitasi sosial', 'Social rehabilitation', 'SocialCare'),
    v('safe_house', 'Rumah aman', 'Safe house'),
    v('legal_aid', 'Bantuan hukum / perlindungan saksi', 'Legal aid / witness protection', 'Legal'),
    v('repatriation', 'Pemulangan', 'Repatriation'),
    v('reintegration', 'Reintegrasi', 'Reintegration'),
    v('economic_empowerment', 'Pemberdayaan ekonomi', 'Economic empowerment', 'Livelihood'),
    v('restitution', 'Restitusi dan kompensasi', 'Restitution and compensation', 'Financial'),
  ],
  service_status: [
    v('planned', 'Direncanakan', 'Planned'),
    v('in_progress', 'Berjalan', 'In progress'),
    v('completed', 'Selesai', 'Completed'),
    v('cancelled', 'Dibatalkan', 'Cancelled'),
  ],
  referral_status: [
    v('sent', 'Dikirim', 'Sent'),
    v('accepted', 'Diterima', 'Accepted'),
    v('declined', 'Ditolak', 'Declined'),
    v('completed', 'Selesai', 'Completed'),
  ],
  consent_kind: [
    v('data_processing', 'Pengolahan data pribadi', 'Processing of personal data'),
    v('share_for_referral', 'Berbagi data untuk rujukan', 'Sharing data for referral'),
  ],
  verification_state: [
    v('unverified', 'Belum diverifikasi', 'Unverified'),
    v('verified', 'Terverifikasi', 'Verified'),
    v('rejected', 'Ditolak', 'Rejected'),
  ],
} as const satisfies Record<string, readonly PicklistValue[]>;

export type PicklistName = keyof typeof PICKLISTS;
export const PICKLIST_NAMES = Object.keys(PICKLISTS) as PicklistName[];

/** The codes of one list, as a tuple zod and drizzle enums accept. */
export function picklistCodes<N extends PicklistName>(name: N): [string, ...string[]] {
  return PICKLISTS[name].map((x) => x.code) as [string, ...string[]];
}

export const CASE_STATUSES = ['active', 'follow_up', 'closed', 'closed_referred'] as const;
export const PERSON_ROLES = ['victim', 'perpetrator', 'witness'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];
export const VERIFICATION_STATES = ['unverified', 'verified', 'rejected'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const SERVICE_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;

/** UU 21/2007 purpose of exploitation for each HTCDS type (Pasal 1 angka 7). */
export const EXPLOITATION_PURPOSE: Record<string, { id: string; en: string }> = {
  forced_labour: { id: 'Kerja atau pelayanan paksa', en: 'Forced labour or services' },
  sexual_exploitation: { id: 'Pelacuran / pemanfaatan seksual', en: 'Prostitution or sexual use' },
  child_labour: { id: 'Kerja atau pelayanan paksa', en: 'Forced labour or services' },
  forced_marriage: { id: 'Praktik serupa perbudakan', en: 'Practices similar to slavery' },
  servitude: { id: 'Perbudakan', en: 'Slavery' },
  forced_military: { id: 'Kerja atau pelayanan paksa', en: 'Forced labour or services' },
  organ_removal: { id: 'Transplantasi organ / jaringan tubuh', en: 'Organ or tissue removal' },
  forced_begging: { id: 'Pemerasan / pemanfaatan fisik', en: 'Extortion or physical use' },
  forced_adoption: { id: 'Pengangkatan anak (Pasal 5)', en: 'Child adoption (article 5)' },
  surrogacy: { id: 'Pemanfaatan fisik', en: 'Physical use' },
  other: { id: 'Eksploitasi lainnya', en: 'Other exploitation' },
};
