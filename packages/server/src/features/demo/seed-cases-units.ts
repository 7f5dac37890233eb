import type { ServiceUnitKind } from '@sigap/domain';
import { stableId } from '../../platform/stable-id.js';
import type { Reporter } from './demo-cases-data.js';
import { regionalCode } from './demo-organisations-data.js';
import { DEMO_SERVICE_UNITS } from './demo-service-units-data.js';
import { provinceOf } from './seed-cases-model.js';
import type { Random } from './seed-plans-random.js';

/**
 * Who holds a synthetic case, and which demo service unit gives a service where: the units are
 * the ones seed-demo-organisations writes (same stable ids), so every reference resolves.
 */
type Unit = { id: string; kind: ServiceUnitKind; region: string; institution: string | null };

const UNITS: Unit[] = DEMO_SERVICE_UNITS.filter((u) => u.active !== false).map((u) => ({
  id: stableId(`demo-service-unit:${u.name}`),
  kind: u.kind,
  region: u.region,
  institution: !u.operator
    ? null
    : 'code' in u.operator
      ? u.operator.code
      : regionalCode(u.operator.body, u.operator.region),
}));

export const unitById = (id: string) => UNITS.find((u) => u.id === id) ?? null;

/**
 * A unit of one of `kinds` in the region, else (with `province`) in its province, the
 * provincial unit first. Kinds are tried in the order given.
 */
export function unitIn(
  kinds: readonly ServiceUnitKind[],
  region: string | null,
  province = true,
): Unit | null {
  if (!region) return null;
  for (const kind of kinds) {
    const exact = UNITS.find((u) => u.kind === kind && u.region === region);
    if (exact) return exact;
  }
  if (!province) return null;
  const p = provinceOf(region);
  for (const kind of kinds) {
    const inProvince =
      UNITS.find((u) => u.kind === kind && u.region === p) ??
      UNITS.find((u) => u.kind === kind && provinceOf(u.region) === p);
    if (inProvince) return inProvince;
  }
  return null;
}

/** The unit an origin region receives referrals with: its own UPTD PPA or P2TP2A, else the province's. */
export const receivingUnit = (home: string) => unitIn(['uptd_ppa', 'p2tp2a'], home);

export type Owner = { institution: string; unitId: string | null; region: string | null };

export type OwnerFacts = {
  origin: string;
  destRegion: string | null;
  exit: string | null;
  country: string;
  minor: boolean;
};

/** A region's UPTD PPA (or P2TP2A), the province's when it has none; KemenPPPA's SIMFONI entry otherwise. */
function regionalService(region: string): Owner {
  const own = unitIn(['uptd_ppa', 'p2tp2a'], region, false);
  const unit = own ?? unitIn(['uptd_ppa'], provinceOf(region), false);
  if (unit?.institution)
    return { institution: unit.institution, unitId: unit.id, region: unit.region };
  return { institution: 'KEMENPPPA', unitId: null, region };
}

/** The institution, unit and region (scope) that record a case of this reporter. */
export function ownerOf(reporter: Reporter, rng: Random, f: OwnerFacts): Owner {
  const national = (institution: string): Owner => ({ institution, unitId: null, region: null });
  switch (reporter) {
    case 'POLRI': {
      const x = rng.next();
      // Polres of origin (family's report), of the interception or destination, or Bareskrim
      const where = x < 0.4 ? f.origin : x < 0.78 ? (f.destRegion ?? f.exit) : null;
      return { institution: 'POLRI', unitId: null, region: where };
    }
    case 'KEMLU':
      return national('KEMLU');
    case 'BP2MI': {
      const x = rng.next();
      if (f.country === 'MY' && x < 0.25) {
        const shelter = unitIn(['other'], '21.72', false);
        if (shelter) return { institution: 'BP2MI', unitId: shelter.id, region: shelter.region };
      }
      // BP3MI of the province of origin
      return x < 0.75
        ? { institution: 'BP2MI', unitId: null, region: provinceOf(f.origin) }
        : national('BP2MI');
    }
    case 'KEMENSOS': {
      const x = rng.next();
      const home =
        f.minor && x < 0.35
          ? unitIn(['rpsa'], '33.72', false)
          : (f.country === 'MY' || f.country === 'SG' || f.destRegion === '21.71') && x < 0.7
            ? unitIn(['rptc'], '21.71', false)
            : null;
      return home
        ? { institution: 'KEMENSOS', unitId: home.id, region: home.region }
        : national('KEMENSOS');
    }
    case 'UPTD': {
      const x = rng.next();
      // Kota Kupang's UPTD PPA takes in the NTT migrants intercepted at El Tari airport and Tenau port
      if (provinceOf(f.origin) === '53' && f.origin !== '53.71' && x < 0.3)
        return regionalService('53.71');
      return regionalService(f.destRegion && x > 0.55 ? f.destRegion : f.origin);
    }
    case 'SAPA':
      return national('KEMENPPPA');
  }
}

/** How a reporter's record reached the registry, with the other system's id for imports. */
export function sourceOf(
  reporter: Reporter,
  rng: Random,
  year: number,
  n: number,
): { source: string; system: string | null; record: string | null } {
  const x = rng.next();
  const plain = (source: string) => ({ source, system: null, record: null });
  const imported = (system: string) => ({
    source: 'import',
    system,
    record: `DEMO-${system}-${year}-${String(n).padStart(5, '0')}`,
  });
  switch (reporter) {
    case 'POLRI':
      return plain('police_report');
    case 'KEMLU':
      return plain('repatriation');
    case 'BP2MI':
      return x < 0.3 ? imported('SISKOP2MI') : plain(x < 0.8 ? 'repatriation' : 'case_management');
    case 'KEMENSOS':
      return x < 0.3 ? imported('SIKS-NG') : plain('case_management');
    case 'UPTD':
      return plain(x < 0.65 ? 'case_management' : 'hotline');
    case 'SAPA':
      return plain('hotline');
  }
}
