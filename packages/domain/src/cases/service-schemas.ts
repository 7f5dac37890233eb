import { z } from 'zod';
import { IsoDate } from '../common/dates.js';
import { PageQuery } from '../common/pagination.js';
import { RegionCode } from '../regions/schemas.js';
import { CodeList, CodeView, PastDate, PicklistCode, Ref } from './case-fields.js';
import { REFERRAL_STATUSES } from './picklists.js';

/**
 * Layanan (services on the road to recovery), proses hukum (legal steps) and rujukan
 * (referrals). A planned service may carry a planned start in the future; anything recorded as
 * having happened may not.
 */
const serviceFields = {
  serviceType: PicklistCode,
  providerUnitId: z.uuid().nullable().optional(),
  /** Where the service is given; the provider unit's region when a unit is named. */
  regionCode: RegionCode.nullable().optional(),
  status: PicklistCode.optional(),
  startedOn: IsoDate.nullable().optional(),
  endedOn: PastDate.nullable().optional(),
  notes: z.string().trim().max(2000).nullable().optional(),
};

export const ServiceCreate = z.strictObject({ personId: z.uuid(), ...serviceFields });
export type ServiceCreate = z.infer<typeof ServiceCreate>;

export const ServiceUpdate = z.strictObject({
  ...serviceFields,
  serviceType: serviceFields.serviceType.optional(),
});
export type ServiceUpdate = z.infer<typeof ServiceUpdate>;

export const ServiceView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  personId: z.uuid(),
  serviceType: CodeView,
  providerUnit: Ref.nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  status: CodeView,
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceView = z.infer<typeof ServiceView>;

const legalFields = {
  step: PicklistCode,
  occurredOn: PastDate,
  institutionId: z.uuid().nullable().optional(),
  /** Police report number, case register number, verdict number. */
  referenceNumber: z.string().trim().max(200).nullable().optional(),
  details: z.string().trim().max(4000).nullable().optional(),
  sentenceMonths: z.number().int().min(0).max(1200).nullable().optional(),
  /** Restitution in rupiah. */
  amount: z.number().int().min(0).max(1e15).nullable().optional(),
};

export const LegalStepCreate = z.strictObject(legalFields);
export type LegalStepCreate = z.infer<typeof LegalStepCreate>;

export const LegalStepUpdate = z.strictObject({
  ...legalFields,
  step: legalFields.step.optional(),
  occurredOn: legalFields.occurredOn.optional(),
});
export type LegalStepUpdate = z.infer<typeof LegalStepUpdate>;

export const LegalStepView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  step: CodeView,
  occurredOn: z.string(),
  institution: Ref.nullable(),
  referenceNumber: z.string().nullable(),
  details: z.string().nullable(),
  sentenceMonths: z.number().int().nullable(),
  amount: z.number().nullable(),
});
export type LegalStepView = z.infer<typeof LegalStepView>;

export const ReferralCreate = z.strictObject({
  personId: z.uuid(),
  toUnitId: z.uuid(),
  /** The sending unit; the case's unit when absent. It must lie in the sender's scope. */
  fromUnitId: z.uuid().nullable().optional(),
  serviceTypes: CodeList.optional(),
  /** Why the victim is referred. Do not write names here: the reason is not sealed. */
  reason: z.string().trim().min(5).max(2000),
  /**
   * Whether the receiving unit gets the victim's identifying data. Needs a consent
   * `share_for_referral` given by the victim; without it the referral carries no identity.
   */
  shareIdentity: z.boolean().default(true),
});
export type ReferralCreate = z.infer<typeof ReferralCreate>;

export const ReferralDecline = z.strictObject({ reason: z.string().trim().min(5).max(2000) });
export type ReferralDecline = z.infer<typeof ReferralDecline>;

export const ReferralQuery = PageQuery.omit({ q: true }).extend({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(REFERRAL_STATUSES).optional(),
});
export type ReferralQuery = z.infer<typeof ReferralQuery>;

const PlaceRef = z.object({
  unit: Ref.nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});

/** A referral as both sides see it: no name, only what a unit needs to decide. */
export const ReferralView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  personId: z.uuid(),
  person: z.object({
    sex: CodeView.nullable(),
    ageAtIdentification: z.number().int().nullable(),
    isMinor: z.boolean().nullable(),
  }),
  from: PlaceRef,
  to: PlaceRef,
  serviceTypes: z.array(CodeView),
  reason: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  declineReason: z.string().nullable(),
  /** Identifying data goes with it (a consent to share was recorded). */
  sharesIdentity: z.boolean(),
  sentAt: z.string(),
  respondedAt: z.string().nullable(),
  completedAt: z.string().nullable(),
});
export type ReferralView = z.infer<typeof ReferralView>;

/**
 * A victim's road to recovery: every service type in paripurna order with its state, and what
 * else moves the case on (referrals, legal steps).
 */
export const TIMELINE_STATES = ['done', 'open', 'not_started'] as const;

export const TimelineView = z.object({
  caseId: z.uuid(),
  personId: z.uuid(),
  isMinor: z.boolean().nullable(),
  stages: z.array(
    z.object({
      serviceType: CodeView,
      order: z.number().int(),
      /** done: a service of this type is completed; open: planned or in progress. */
      state: z.enum(TIMELINE_STATES),
      services: z.array(ServiceView),
    }),
  ),
  totals: z.object({
    done: z.number().int(),
    open: z.number().int(),
    notStarted: z.number().int(),
  }),
  referrals: z.array(ReferralView),
  legalSteps: z.array(LegalStepView),
});
export type TimelineView = z.infer<typeof TimelineView>;
