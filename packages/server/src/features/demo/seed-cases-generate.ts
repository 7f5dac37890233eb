import {
  CASES_PER_YEAR,
  DEMO_CASE_TOTAL,
  DEMO_CASES_AS_OF,
  MODUS_PROFILES,
  type ModusProfile,
  REJECTION_REASONS,
  type Reporter,
} from './demo-cases-data.js';
import {
  DOMESTIC_DESTINATIONS,
  EXIT_POINTS,
  FISHING_PORTS,
  FOREIGN_TRANSIT,
  ORIGINS,
  PROVINCE_HUBS,
} from './demo-cases-data-places.js';
import { type CareCase, careOf, legalOf } from './seed-cases-care.js';
import {
  type DemoCase,
  type DemoEvent,
  type DemoVerification,
  dayIn,
  daysFrom,
  pickWeighted,
  plusDays,
  provinceOf,
  sample,
} from './seed-cases-model.js';
import {
  casePerpetrators,
  type TruePerson,
  truePerson,
  victimRecord,
  witness,
} from './seed-cases-people.js';
import { ownerOf, sourceOf } from './seed-cases-units.js';
import { type Random, random } from './seed-plans-random.js';

/**
 * The synthetic cases as first recorded, one institution each. Every case draws from its own
 * seeded generator (`demo-case:<key>`), so the registry is the same on every installation and a
 * change to one case's rules does not reshuffle the others.
 */
const AS_OF = DEMO_CASES_AS_OF;

export type GenContext = { regionNames: Map<string, string>; countryNames: Map<string, string> };

/** A generated case with what the duplicate records of it need. */
export type Generated = { c: DemoCase; truths: TruePerson[]; exit: string | null };

export const regenciesOf = (province: string) =>
  ORIGINS.find((o) => o.province === province)?.regencies ?? [];

function domesticDestination(rng: Random, origin: string): string {
  for (let i = 0; i < 10; i++) {
    const d = pickWeighted(rng, DOMESTIC_DESTINATIONS);
    // Kota Kupang draws victims from the rest of NTT only
    if (d !== origin && (d !== '53.71' || provinceOf(origin) === '53')) return d;
  }
  return '21.71';
}

/** Recruitment at home, transit through the province's hub and the exit port, exploitation. */
function eventsOf(
  rng: Random,
  p: ModusProfile,
  origin: string,
  country: string,
  dest: string | null,
  reportedOn: string,
) {
  const exploitFrom = plusDays(reportedOn, -rng.int(20, p.modus === 'online_scam' ? 240 : 540));
  let on = plusDays(exploitFrom, -rng.int(4, 45));
  const events: DemoEvent[] = [{ type: 'recruitment', on, region: origin, country: 'ID' }];
  const stop = (region: string | null, c = 'ID') => {
    on = plusDays(on, rng.int(1, 4));
    events.push({ type: 'transit', on, region, country: c });
  };
  const hub = PROVINCE_HUBS[provinceOf(origin)];
  if (hub && hub !== origin && hub !== dest && rng.chance(provinceOf(origin) === '53' ? 0.7 : 0.4))
    stop(hub);
  let exit: string | null = null;
  if (country !== 'ID') {
    exit = pickWeighted(rng, EXIT_POINTS[country] ?? EXIT_POINTS.default ?? []);
    if (exit !== origin && exit !== hub) stop(exit);
    const via = FOREIGN_TRANSIT[country];
    if (via && rng.chance(0.7)) stop(null, via);
  }
  events.push({
    type: 'exploitation',
    on: exploitFrom > on ? exploitFrom : plusDays(on, 1),
    region: dest,
    country,
  });
  return { events, exit };
}

function victimAge(rng: Random, p: ModusProfile): number {
  if (rng.chance(p.minor))
    return p.modus === 'eksploitasi_anak' ? rng.int(rng.chance(0.3) ? 6 : 12, 17) : rng.int(13, 17);
  const [min, max] = p.adult;
  return min + Math.floor((max - min + 1) * rng.next() ** 1.6);
}

export function caseStatus(rng: Random, reportedOn: string): string {
  const d = daysFrom(reportedOn, AS_OF);
  const w: Array<[string, number]> =
    d > 1100
      ? [
          ['closed', 72],
          ['closed_referred', 15],
          ['follow_up', 10],
          ['active', 3],
        ]
      : d > 550
        ? [
            ['closed', 45],
            ['closed_referred', 15],
            ['follow_up', 28],
            ['active', 12],
          ]
        : d > 180
          ? [
              ['closed', 15],
              ['closed_referred', 8],
              ['follow_up', 42],
              ['active', 35],
            ]
          : [
              ['closed', 4],
              ['closed_referred', 3],
              ['follow_up', 23],
              ['active', 70],
            ];
  return pickWeighted(rng, w);
}

const VERIFIED_SHARE: Record<number, number> = { 2023: 0.7, 2024: 0.45, 2025: 0.15 };

export function verificationOf(rng: Random, year: number): DemoVerification {
  const verified = VERIFIED_SHARE[year] ?? 0.9;
  const x = rng.next();
  if (x < 0.03) return { state: 'rejected', reason: rng.pick(REJECTION_REASONS) };
  return { state: x < verified ? 'verified' : 'unverified', reason: null };
}

/** The PIC who verifies a record of this scope: NTT's own, the national one otherwise. */
export const verifierOf = (region: string | null) =>
  region?.startsWith('53') ? 'pic@sigap.local' : 'picdata@sigap.local';

export const decidedByOf = (rng: Random, reporter: Reporter) =>
  rng.chance(0.05) ? 'ngo' : reporter === 'POLRI' ? 'police' : 'government';

export function generateCase(ctx: GenContext, key: string, year: number, seq: number): Generated {
  const rng = random(`demo-case:${key}`);
  const p = pickWeighted(
    rng,
    MODUS_PROFILES.map((m) => [m, m.weight(year)] as const),
  );
  const province = p.origins
    ? pickWeighted(rng, Object.entries(p.origins))
    : pickWeighted(
        rng,
        ORIGINS.map((o) => [o.province, o.weight] as const),
      );
  const origin = pickWeighted(rng, regenciesOf(province));
  const country = pickWeighted(rng, p.destinations);
  const destRegion =
    country !== 'ID'
      ? null
      : p.modus === 'abk_perikanan'
        ? pickWeighted(rng, FISHING_PORTS)
        : domesticDestination(rng, origin);
  const reportedOn = dayIn(rng, year, AS_OF);
  const { events, exit } = eventsOf(rng, p, origin, country, destRegion, reportedOn);

  const [min, max] = pickWeighted(rng, p.group);
  const truths: TruePerson[] = [];
  for (let i = rng.int(min, max); i > 0; i--) {
    const home =
      truths.length === 0 || rng.chance(0.6) ? origin : pickWeighted(rng, regenciesOf(province));
    const sex = rng.chance(p.female) ? 'female' : 'male';
    truths.push(truePerson(rng, home, sex, victimAge(rng, p), reportedOn, country !== 'ID'));
  }
  const reporter = pickWeighted(rng, p.reporters);
  const minor = truths.some(
    (t) => Number(reportedOn.slice(0, 4)) - Number(t.birthDate.slice(0, 4)) < 18,
  );
  const owner = ownerOf(reporter, rng, { origin, destRegion, exit, country, minor });
  const source = sourceOf(reporter, rng, year, seq);
  const status = caseStatus(rng, reportedOn);
  const care = {
    reportedOn,
    status,
    country,
    destRegion,
    region: owner.region,
    unitId: owner.unitId,
    reporter,
    exit,
    modus: p.modus,
  };
  const legal = legalOf(rng, care, seq, truths.length);
  const dest =
    country === 'ID' ? ctx.regionNames.get(destRegion ?? '') : ctx.countryNames.get(country);
  const c: DemoCase = {
    key,
    year,
    reporter,
    ...owner,
    reportedOn,
    source: source.source,
    status,
    modus: p.modus,
    exploitation: pickWeighted(rng, p.exploitation),
    means: sample(rng, p.means, rng.int(1, 3)),
    summary: p.summary.replace('{dest}', dest ?? country),
    origin,
    country,
    destRegion,
    events,
    victims: [],
    others: casePerpetrators(rng, p.corporate, origin, destRegion ?? exit ?? origin, country),
    legal,
    verification: verificationOf(rng, year),
    verifier: verifierOf(owner.region),
    sourceSystem: source.system,
    sourceRecordId: source.record,
  };
  if (rng.chance(0.06)) c.others.push(witness(rng, origin));
  c.victims = truths.map((t) => victimOf(rng, ctx, c, { ...care, legal }, t, false, true));
  return { c, truths, exit };
}

/** One institution's record of a victim, with the services, consents and referral it holds. */
export function victimOf(
  rng: Random,
  ctx: GenContext,
  c: DemoCase,
  care: CareCase,
  t: TruePerson,
  variant: boolean,
  refers: boolean,
) {
  const convicted = c.legal.some((l) => l.step === 'verdict');
  const status = convicted
    ? 'actual'
    : pickWeighted(rng, [
        ['actual', 65],
        ['possible', 32],
        ['not_victim', 3],
      ] as const);
  const v = victimRecord(rng, t, {
    reporter: c.reporter,
    reportedOn: c.reportedOn,
    variant,
    regencyName: ctx.regionNames.get(t.home) ?? t.home,
    decidedBy: convicted ? 'court' : decidedByOf(rng, c.reporter),
    status,
  });
  return { ...v, ...careOf(rng, care, v, refers) };
}

/** How many first records each year gets, so that with the duplicate records the total is DEMO_CASE_TOTAL. */
export function baseCounts(duplicateRecords: number): Array<[number, number]> {
  const ratio = (DEMO_CASE_TOTAL - duplicateRecords) / DEMO_CASE_TOTAL;
  let cumulative = 0;
  let given = 0;
  return CASES_PER_YEAR.map(([year, n]) => {
    cumulative += n;
    const upTo = Math.round(cumulative * ratio);
    const count = upTo - given;
    given = upTo;
    return [year, count];
  });
}
