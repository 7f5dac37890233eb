/**
 * The column layout of the IOM Counter Trafficking Data Collaborative (CTDC) global victim data
 * set, as published in its k-anonymised release ("The Global K-anon Dataset", data dictionary of
 * 2021): one row per victim, these names in this order, -99 for a missing value. The names are
 * IOM's; see docs/ctdc-export.md for how each is filled from Sigap's records.
 */
export const CTDC_MEANS_OF_CONTROL = [
  'meansOfControlDebtBondage',
  'meansOfControlTakesEarnings',
  'meansOfControlRestrictsFinancialAccess',
  'meansOfControlThreats',
  'meansOfControlPsychologicalAbuse',
  'meansOfControlPhysicalAbuse',
  'meansOfControlSexualAbuse',
  'meansOfControlFalsePromises',
  'meansOfControlPsychoactiveSubstances',
  'meansOfControlRestrictsMovement',
  'meansOfControlRestrictsMedicalCare',
  'meansOfControlExcessiveWorkingHours',
  'meansOfControlUsesChildren',
  'meansOfControlThreatOfLawEnforcement',
  'meansOfControlWithholdsNecessities',
  'meansOfControlWithholdsDocuments',
  'meansOfControlOther',
] as const;

export const CTDC_EXPLOITATION_FLAGS = [
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isSexAndLabour',
  'isForcedMarriage',
  'isForcedMilitary',
  'isOrganRemoval',
  'isSlaveryAndPractices',
] as const;

export const CTDC_LABOUR_TYPES = [
  'typeOfLabourAgriculture',
  'typeOfLabourAquafarming',
  'typeOfLabourBegging',
  'typeOfLabourConstruction',
  'typeOfLabourDomesticWork',
  'typeOfLabourHospitality',
  'typeOfLabourIllicitActivities',
  'typeOfLabourManufacturing',
  'typeOfLabourMiningOrDrilling',
  'typeOfLabourPeddling',
  'typeOfLabourTransportation',
  'typeOfLabourOther',
] as const;

export const CTDC_SEX_TYPES = [
  'typeOfSexProstitution',
  'typeOfSexPornography',
  'typeOfSexRemoteInteractiveServices',
  'typeOfSexPrivateSexualServices',
] as const;

export const CTDC_RECRUITER_RELATIONS = [
  'recruiterRelationIntimatePartner',
  'recruiterRelationFriend',
  'recruiterRelationFamily',
  'recruiterRelationOther',
] as const;

export const CTDC_COLUMNS = [
  'yearOfRegistration',
  'Datasource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'majorityStatusAtExploit',
  'majorityEntry',
  'citizenship',
  ...CTDC_MEANS_OF_CONTROL,
  'meansOfControlNotSpecified',
  'meansOfControlConcatenated',
  ...CTDC_EXPLOITATION_FLAGS,
  'typeOfExploitConcatenated',
  ...CTDC_LABOUR_TYPES,
  'typeOfLabourNotSpecified',
  'typeOfLabourConcatenated',
  ...CTDC_SEX_TYPES,
  'typeOfSexConcatenated',
  'isAbduction',
  'RecruiterRelationship',
  'CountryOfExploitation',
  ...CTDC_RECRUITER_RELATIONS,
  'recruiterRelationUnknown',
] as const;

export type CtdcColumn = (typeof CTDC_COLUMNS)[number];
export type CtdcValue = string | number;
export type CtdcRecord = Record<CtdcColumn, CtdcValue>;

type MeansColumn = (typeof CTDC_MEANS_OF_CONTROL)[number];
type ExploitFlag = (typeof CTDC_EXPLOITATION_FLAGS)[number];
type LabourColumn = (typeof CTDC_LABOUR_TYPES)[number];

/**
 * Sigap's means of control (HTCDS vic_MethodsOfControl) → CTDC flag. Threats to the victim's
 * children or family count as threats; CTDC's "uses children" is narrower and stays unknown.
 * No Sigap value says "restricts movement", so that flag stays unknown (-99) as well.
 */
export const MEANS_TO_CTDC: Record<string, MeansColumn> = {
  physical_threats: 'meansOfControlThreats',
  threats_law_enforcement: 'meansOfControlThreatOfLawEnforcement',
  threatens_family: 'meansOfControlThreats',
  debt_bondage: 'meansOfControlDebtBondage',
  false_promises: 'meansOfControlFalsePromises',
  physical_abuse: 'meansOfControlPhysicalAbuse',
  sexual_abuse: 'meansOfControlSexualAbuse',
  takes_earnings: 'meansOfControlTakesEarnings',
  restricts_financial: 'meansOfControlRestrictsFinancialAccess',
  restricts_medical: 'meansOfControlRestrictsMedicalCare',
  withholds_necessities: 'meansOfControlWithholdsNecessities',
  psychological_abuse: 'meansOfControlPsychologicalAbuse',
  psychoactive_substance: 'meansOfControlPsychoactiveSubstances',
  excessive_hours: 'meansOfControlExcessiveWorkingHours',
  withholds_documents: 'meansOfControlWithholdsDocuments',
  other: 'meansOfControlOther',
};

/** Means flags Sigap can say "no" to (a recorded list that lacks them); the rest stay -99. */
export const MEANS_KNOWN = new Set<MeansColumn>(Object.values(MEANS_TO_CTDC));

/** Sigap's form of exploitation (HTCDS vic_TypeOfExploitation) → CTDC flags and labour type. */
export const EXPLOITATION_TO_CTDC: Record<string, { flag: ExploitFlag; labour?: LabourColumn }> = {
  forced_labour: { flag: 'isForcedLabour' },
  child_labour: { flag: 'isForcedLabour' },
  forced_begging: { flag: 'isForcedLabour', labour: 'typeOfLabourBegging' },
  sexual_exploitation: { flag: 'isSexualExploit' },
  forced_marriage: { flag: 'isForcedMarriage' },
  servitude: { flag: 'isSlaveryAndPractices' },
  forced_military: { flag: 'isForcedMilitary' },
  organ_removal: { flag: 'isOrganRemoval' },
  forced_adoption: { flag: 'isOtherExploit' },
  surrogacy: { flag: 'isOtherExploit' },
  other: { flag: 'isOtherExploit' },
};

/**
 * Indonesian modus that state a form of exploitation or a sector of forced labour. Fishing crews
 * are CTDC's aquafarming (fishing and aquaculture); online-scam compounds are forced criminality
 * (illicit activities). Irregular migrant domestic workers give the sector only when the record
 * says the labour was forced: being sent irregularly is not exploitation by itself.
 */
export const MODUS_TO_CTDC: Record<
  string,
  { flag?: ExploitFlag; labour?: LabourColumn; labourOnlyIfForced?: boolean }
> = {
  abk_perikanan: { flag: 'isForcedLabour', labour: 'typeOfLabourAquafarming' },
  online_scam: { flag: 'isForcedLabour', labour: 'typeOfLabourIllicitActivities' },
  pmi_nonprosedural: { labour: 'typeOfLabourDomesticWork', labourOnlyIfForced: true },
  eksploitasi_seksual: { flag: 'isSexualExploit' },
  pengantin_pesanan: { flag: 'isForcedMarriage' },
  organ_ginjal: { flag: 'isOrganRemoval' },
};

/** CTDC's words for the concatenated columns. */
export const CTDC_LABELS: Partial<Record<CtdcColumn, string>> = {
  meansOfControlDebtBondage: 'Debt bondage',
  meansOfControlTakesEarnings: 'Takes earnings',
  meansOfControlRestrictsFinancialAccess: 'Restricts financial access',
  meansOfControlThreats: 'Threats',
  meansOfControlPsychologicalAbuse: 'Psychological abuse',
  meansOfControlPhysicalAbuse: 'Physical abuse',
  meansOfControlSexualAbuse: 'Sexual abuse',
  meansOfControlFalsePromises: 'False promises',
  meansOfControlPsychoactiveSubstances: 'Psychoactive substances',
  meansOfControlRestrictsMedicalCare: 'Restricts medical care',
  meansOfControlExcessiveWorkingHours: 'Excessive working hours',
  meansOfControlThreatOfLawEnforcement: 'Threat of law enforcement',
  meansOfControlWithholdsNecessities: 'Withholds necessities',
  meansOfControlWithholdsDocuments: 'Withholds documents',
  meansOfControlOther: 'Other',
  isForcedLabour: 'Forced labour',
  isSexualExploit: 'Sexual exploitation',
  isOtherExploit: 'Other exploitation',
  isForcedMarriage: 'Forced marriage',
  isForcedMilitary: 'Forced military',
  isOrganRemoval: 'Organ removal',
  isSlaveryAndPractices: 'Slavery and similar practices',
  typeOfLabourAquafarming: 'Aquafarming',
  typeOfLabourBegging: 'Begging',
  typeOfLabourDomesticWork: 'Domestic work',
  typeOfLabourIllicitActivities: 'Illicit activities',
};

/** Recruiter relation (HTCDS vic_RelationshipToTrafficker) → CTDC. */
export const RECRUITER_TO_CTDC: Record<
  string,
  { column: (typeof CTDC_RECRUITER_RELATIONS)[number]; label: string }
> = {
  family: { column: 'recruiterRelationFamily', label: 'Family' },
  acquainted: { column: 'recruiterRelationFriend', label: 'Friend' },
  stranger: { column: 'recruiterRelationOther', label: 'Other' },
};
