import { DECLINE_REASONS, DEMO_CASES_AS_OF } from './demo-cases-data.js';
import type {
  DemoCase,
  DemoConsent,
  DemoLegalStep,
  DemoPerson,
  DemoReferral,
  DemoService,
  DemoVictim,
} from './seed-cases-model.js';
import { daysFrom, pickWeighted, plusDays, romanMonth } from './seed-cases-model.js';
import { receivingUnit, unitIn } from './seed-cases-units.js';
import type { Random } from './seed-plans-random.js';

/**
 * The road to recovery of each synthetic victim (services in the usual order, each with its
 * provider, dates and status), the referral back to the region of origin with the consent it
 * rests on, and the legal process of the case. How far along each is follows from how old the
 * case is and its status, so old closed cases are mostly complete (paripurna) and this year's
 * are mostly open.
 */
const AS_OF = DEMO_CASES_AS_OF;

export type CareCase = Pick<
  DemoCase,
  'reportedOn' | 'status' | 'country' | 'destRegion' | 'region' | 'unitId' | 'legal' | 'reporter'
> & { exit: string | null; modus: string };

/** Where a victim is looked after before going home: the domestic destination, or the port of return. */
export function careLocation(c: CareCase): string {
  if (c.country === 'ID') return c.destRegion ?? c.region ?? '31.75';
  if (c.country === 'MY' || c.country === 'SG') return c.exit ?? '21.71';
  return '31.75'; // Jakarta Timur: the national shelters receive returns by air
}

function progressOf(rng: Random, status: string): number {
  switch (status) {
    case 'closed':
    case 'closed_referred':
      return 1;
    case 'follow_up':
      return 0.5 + rng.next() * 0.45;
    default:
      return 0.05 + rng.next() * 0.45;
  }
}

/** The services a victim needs, in the order they are usually given. */
function road(rng: Random, c: CareCase, v: DemoPerson, location: string): Array<[string, string]> {
  const abroad = c.country !== 'ID';
  const home = v.homeRegion ?? location;
  const steps: Array<[string, string]> = [['identification', c.region ?? location]];
  if (abroad && rng.chance(0.85)) steps.push(['repatriation', location]);
  if (rng.chance(0.22)) steps.push(['health', location]);
  if (rng.chance(v.minor || c.modus === 'eksploitasi_seksual' ? 0.45 : 0.15))
    steps.push(['safe_house', location]);
  if (rng.chance(0.25)) steps.push(['psychosocial', location]);
  if (rng.chance(0.1)) steps.push(['social_rehabilitation', location]);
  if (c.legal.length > 0 && rng.chance(0.3)) steps.push(['legal_aid', c.region ?? location]);
  if (home !== location && rng.chance(0.25)) steps.push(['repatriation', location]);
  if (rng.chance(0.3)) steps.push(['reintegration', home]);
  if (!v.minor && rng.chance(0.1)) steps.push(['economic_empowerment', home]);
  if (c.legal.some((l) => l.step === 'restitution_ordered')) steps.push(['restitution', home]);
  return steps;
}

function providerOf(type: string, region: string, c: CareCase, minor: boolean): string | null {
  const unit = (() => {
    switch (type) {
      case 'identification':
        return c.unitId ? { id: c.unitId } : null;
      case 'health':
        return unitIn(['ppt'], region);
      case 'safe_house':
        return unitIn(minor ? ['rpsa', 'rumah_aman'] : ['rumah_aman', 'rptc'], region);
      case 'psychosocial':
      case 'social_rehabilitation':
        return unitIn(minor ? ['rpsa', 'uptd_ppa'] : ['rptc', 'uptd_ppa'], region);
      case 'repatriation':
        return unitIn(['other', 'rptc', 'uptd_ppa'], region, false);
      case 'reintegration':
      case 'economic_empowerment':
        return receivingUnit(region);
      default:
        return null;
    }
  })();
  return unit?.id ?? null;
}

/** Services with statuses and dates; the referral (if any) decides the services at the origin. */
export function servicesOf(
  rng: Random,
  c: CareCase,
  v: DemoPerson,
  referral: DemoReferral | null,
): DemoService[] {
  const location = careLocation(c);
  const steps = road(rng, c, v, location);
  const p = progressOf(rng, c.status);
  const done = Math.round(p * steps.length);
  let day = c.reportedOn;
  return steps.map(([type, region], i) => {
    const start = plusDays(day, i === 0 ? rng.int(0, 3) : rng.int(3, 35));
    const end = plusDays(start, type === 'identification' ? rng.int(0, 7) : rng.int(7, 120));
    day = start;
    let status: DemoService['status'] =
      i < done ? 'completed' : i === done && p < 1 ? 'in_progress' : 'planned';
    if (i > 0 && rng.chance(0.04)) status = 'cancelled';
    if (referral && (type === 'reintegration' || type === 'economic_empowerment'))
      status = {
        sent: 'planned' as const,
        accepted: 'in_progress' as const,
        declined: 'cancelled' as const,
        completed: 'completed' as const,
      }[referral.status];
    if (type === 'restitution')
      status = c.legal.some((l) => l.step === 'restitution_paid') ? 'completed' : 'in_progress';
    if (status === 'completed' && end > AS_OF) status = 'in_progress';
    if (status === 'in_progress' && start > AS_OF) status = 'planned';
    const started =
      status === 'planned' || (status === 'cancelled' && start > AS_OF) ? null : start;
    return {
      type,
      unitId: providerOf(type, region, c, v.minor === true),
      region,
      status,
      startedOn: started,
      endedOn: status === 'completed' ? end : null,
    };
  });
}

const REFERRAL_REASON = 'Pemulangan ke daerah asal untuk reintegrasi dan pendampingan lanjutan';

/** The referral from the place of care to the victim's home region, when a unit there receives it. */
export function referralOf(rng: Random, c: CareCase, v: DemoPerson): DemoReferral | null {
  const location = careLocation(c);
  const home = v.homeRegion;
  if (!home || home === location || !rng.chance(0.5)) return null;
  const to = receivingUnit(home);
  const from = unitIn(['rptc', 'uptd_ppa', 'rumah_aman', 'other'], location) ?? null;
  if (!to || to.id === from?.id) return null;
  const sentOn = plusDays(c.reportedOn, rng.int(10, 75));
  if (sentOn > AS_OF) return null;
  const age = daysFrom(sentOn, AS_OF);
  const status = pickWeighted<DemoReferral['status']>(
    rng,
    age < 21
      ? [
          ['sent', 75],
          ['accepted', 25],
        ]
      : age < 90
        ? [
            ['sent', 15],
            ['accepted', 55],
            ['declined', 10],
            ['completed', 20],
          ]
        : [
            ['sent', 4],
            ['accepted', 12],
            ['declined', 12],
            ['completed', 72],
          ],
  );
  const respondedOn = status === 'sent' ? null : plusDays(sentOn, rng.int(1, 10));
  let completedOn =
    status === 'completed' ? plusDays(respondedOn ?? sentOn, rng.int(20, 120)) : null;
  if (completedOn && completedOn > AS_OF) completedOn = AS_OF;
  return {
    fromUnitId: from?.id ?? c.unitId,
    toUnitId: to.id,
    fromRegion: from?.region ?? location,
    toRegion: to.region,
    services: rng.chance(0.5)
      ? ['reintegration', 'psychosocial']
      : ['reintegration', 'economic_empowerment'],
    reason: REFERRAL_REASON,
    status,
    declineReason: status === 'declined' ? rng.pick(DECLINE_REASONS) : null,
    sentOn,
    respondedOn: respondedOn && respondedOn > AS_OF ? AS_OF : respondedOn,
    completedOn,
    responder: to.region === '53.71' && respondedOn ? 'petugas@sigap.local' : null,
  };
}

/** Consent to process the victim's data, and to share it for the referral. */
export function careOf(
  rng: Random,
  c: CareCase,
  v: DemoPerson,
  refers = true,
): Omit<DemoVictim, keyof DemoPerson> {
  const consents: DemoConsent[] = [];
  if (rng.chance(0.35))
    consents.push({ kind: 'data_processing', given: rng.chance(0.97), on: c.reportedOn });
  const ref = refers ? referralOf(rng, c, v) : null;
  let referral: DemoVictim['referral'] = null;
  if (ref) {
    consents.push({
      kind: 'share_for_referral',
      given: true,
      on: plusDays(ref.sentOn, -rng.int(0, 2)),
    });
    referral = { ...ref, consent: consents.length - 1 };
  } else if (rng.chance(0.03))
    consents.push({ kind: 'share_for_referral', given: false, on: c.reportedOn });
  return { services: servicesOf(rng, c, v, ref), consents, referral };
}

/** Police report → investigation → prosecution → verdict and sentence → restitution. */
export function legalOf(rng: Random, c: Omit<CareCase, 'legal'>, seq: number, victims: number) {
  const steps: DemoLegalStep[] = [];
  const p = c.reporter === 'POLRI' ? 1 : c.modus === 'eksploitasi_seksual' ? 0.35 : 0.15;
  if (!rng.chance(p)) return steps;
  const year = (on: string) => on.slice(0, 4);
  const add = (step: string, on: string, institution: string, extra: Partial<DemoLegalStep>) => {
    if (on > AS_OF) return false;
    steps.push({
      step,
      on,
      institution,
      reference: null,
      sentenceMonths: null,
      amount: null,
      ...extra,
    });
    return true;
  };
  let on = c.reporter === 'POLRI' ? c.reportedOn : plusDays(c.reportedOn, rng.int(3, 60));
  const n = seq % 900;
  if (
    !add('police_report', on, 'POLRI', {
      reference: `LP/B/${n}/${romanMonth(on)}/${year(on)}/SPKT/DEMO`,
    })
  )
    return steps;
  on = plusDays(on, rng.int(14, 90));
  if (!rng.chance(0.85) || !add('investigation', on, 'POLRI', {})) return steps;
  on = plusDays(on, rng.int(60, 200));
  if (
    !rng.chance(0.65) ||
    !add('prosecution', on, 'KEJAKSAAN', { reference: `PDM-${n}/DEMO/${year(on)}` })
  )
    return steps;
  on = plusDays(on, rng.int(60, 180));
  if (
    !rng.chance(0.85) ||
    !add('verdict', on, 'MA', { reference: `${n}/Pid.Sus/${year(on)}/PN DEMO` })
  )
    return steps;
  add('sentence', on, 'MA', {
    sentenceMonths: pickWeighted(rng, [
      [rng.int(36, 60), 40],
      [rng.int(61, 120), 45],
      [rng.int(121, 180), 15],
    ]),
  });
  if (!rng.chance(0.25)) return steps;
  const ordered = rng.int(10, 150) * 1_000_000 * victims;
  add('restitution_ordered', on, 'MA', { amount: ordered });
  if (rng.chance(0.35))
    add('restitution_paid', plusDays(on, rng.int(30, 300)), 'KEJAKSAAN', {
      amount: Math.round((ordered * rng.int(30, 100)) / 100),
    });
  return steps;
}
