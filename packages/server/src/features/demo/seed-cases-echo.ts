import { DEMO_CASES_AS_OF, type Reporter } from './demo-cases-data.js';
import { legalOf } from './seed-cases-care.js';
import {
  caseStatus,
  type GenContext,
  type Generated,
  verifierOf,
  victimOf,
} from './seed-cases-generate.js';
import { type DemoCase, earlier, plusDays, shuffle } from './seed-cases-model.js';
import { perpetrator } from './seed-cases-people.js';
import { ownerOf, sourceOf } from './seed-cases-units.js';
import { random } from './seed-plans-random.js';

/**
 * The duplicates the PIC data has to clear: the same victims recorded, each in its own case, by
 * the two other institutions of the usual trio: the foreign ministry (or BP2MI) brings a
 * migrant home, the social ministry shelters them, the police take the report; in domestic cases
 * the police, the shelter and the regional UPTD PPA. Their records are written with the
 * variations of each institution's practice (seed-cases-people.ts) and are NOT merged: each
 * person keeps its own cluster until the PIC decides.
 */
export const DUPLICATED_CASES = 180;

const OTHERS: Partial<Record<Reporter, [Reporter, Reporter]>> = {
  KEMLU: ['KEMENSOS', 'POLRI'],
  BP2MI: ['KEMENSOS', 'POLRI'],
  POLRI: ['KEMENSOS', 'UPTD'],
  UPTD: ['POLRI', 'KEMENSOS'],
};

/** The stage of recovery each institution records services for. */
const STAGE: Partial<Record<Reporter, readonly string[]>> = {
  KEMENSOS: [
    'identification',
    'health',
    'psychosocial',
    'safe_house',
    'social_rehabilitation',
    'repatriation',
  ],
  POLRI: ['identification', 'health', 'legal_aid'],
  UPTD: [
    'identification',
    'health',
    'psychosocial',
    'safe_house',
    'reintegration',
    'economic_empowerment',
  ],
};

function eligible(g: Generated): boolean {
  const abroad = g.c.country !== 'ID';
  if (g.c.victims.length > 3) return false;
  return abroad
    ? g.c.reporter === 'KEMLU' || g.c.reporter === 'BP2MI'
    : g.c.reporter === 'POLRI' || g.c.reporter === 'UPTD';
}

/** The cases whose victims the other two institutions also recorded. */
export function duplicatedCases(first: Generated[]): Generated[] {
  const pool = first.filter(eligible);
  return shuffle(random('demo-case-duplicates'), pool).slice(0, DUPLICATED_CASES);
}

export function duplicateRecords(ctx: GenContext, g: Generated, k: 0 | 1): DemoCase {
  const base = g.c;
  const reporter = (OTHERS[base.reporter] ?? ['KEMENSOS', 'POLRI'])[k];
  const key = `${base.key}.${k + 1}`;
  const rng = random(`demo-case:${key}`);
  // a few days before or weeks after the first record, within the registry's years
  const shifted = plusDays(base.reportedOn, rng.int(-20, 60));
  const reportedOn = earlier(shifted < '2019-01-01' ? base.reportedOn : shifted, DEMO_CASES_AS_OF);
  const year = Number(reportedOn.slice(0, 4));
  const owner = ownerOf(reporter, rng, {
    origin: base.origin,
    destRegion: base.destRegion,
    exit: g.exit,
    country: base.country,
    minor: base.victims.some((v) => v.minor),
  });
  const source = sourceOf(reporter, rng, year, 90000 + Number(base.key.replace(/\D/g, '')) * 2 + k);
  const status = caseStatus(rng, reportedOn);
  const care = {
    reportedOn,
    status,
    country: base.country,
    destRegion: base.destRegion,
    region: owner.region,
    unitId: owner.unitId,
    reporter,
    exit: g.exit,
    modus: base.modus,
  };
  const shift = rng.chance(0.5) ? rng.int(-10, 10) : 0;
  const legal = reporter === 'POLRI' ? legalOf(rng, care, rng.int(1, 899), g.truths.length) : [];
  const c: DemoCase = {
    ...base,
    key,
    year,
    reporter,
    ...owner,
    reportedOn,
    source: source.source,
    status,
    means: base.means.filter(() => rng.chance(0.7)),
    // each institution notes the places it knows, its dates a few days off; some skip the transit
    events: base.events
      .filter((e) => e.type !== 'transit' || rng.chance(0.7))
      .map((e) => ({ ...e, on: e.on && plusDays(e.on, shift) })),
    victims: [],
    others: reporter === 'POLRI' ? [perpetrator(rng, base.origin, ['recruiter'], null)] : [],
    legal,
    verification: rng.chance(0.12)
      ? { state: 'verified', reason: null }
      : { state: 'unverified', reason: null },
    verifier: verifierOf(owner.region),
    sourceSystem: source.system,
    sourceRecordId: source.record,
  };
  const stage = STAGE[reporter];
  const truths = g.truths.filter((_, i) => i === 0 || rng.chance(0.9));
  c.victims = truths.map((t) => {
    const v = victimOf(rng, ctx, c, { ...care, legal }, t, true, reporter !== 'POLRI');
    return stage ? { ...v, services: v.services.filter((s) => stage.includes(s.type)) } : v;
  });
  return c;
}
