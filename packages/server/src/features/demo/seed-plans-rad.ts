import type { DbOrTx } from '../../platform/db/client.js';
import { stableId } from '../../platform/stable-id.js';
import { institutionId } from '../institutions/load-institutions.js';
import { institutionNames, institutions } from '../institutions/schema.js';
import {
  type DemoActivity,
  type DemoIndicator,
  type DemoPlan,
  type DemoProgram,
  parseMatrix,
  RAN_LEGAL_BASIS,
  RAN_REVISIONS,
} from './demo-plan-data.js';
import {
  type DemoRadRegion,
  RAD_CORE,
  RAD_EXTRA_BODIES,
  RAD_KEEP,
  RAD_REGIONS,
  RAD_TEMPLATE,
  RAD_YEARS,
  type RadExtraBody,
} from './demo-plan-data-rad.js';
import { RAN_MATRIX_1 } from './demo-plan-data-ran-1.js';
import { RAN_MATRIX_2 } from './demo-plan-data-ran-2.js';
import { RAN_KEY } from './seed-plans-matrix.js';
import { random } from './seed-plans-random.js';

export type RegionNames = Map<string, string>;

/** "Provinsi Jawa Tengah" or "Kabupaten Kupang" (regency names already carry the word). */
export function placeName(names: RegionNames, code: string): string {
  const name = names.get(code);
  if (!name) throw new Error(`demo region ${code} is not loaded`);
  return code.includes('.') ? name : `Provinsi ${name}`;
}

export function ranPlan(): DemoPlan {
  return {
    key: RAN_KEY,
    kind: 'ran',
    regionCode: null,
    title:
      'Rencana Aksi Nasional Pencegahan dan Pemberantasan Tindak Pidana Perdagangan Orang 2020–2024',
    startYear: 2020,
    endYear: 2024,
    legalBasis: RAN_LEGAL_BASIS,
    revisions: RAN_REVISIONS,
    programs: [
      ...parseMatrix(RAN_MATRIX_1, { first: 2020, last: 2024 }),
      ...parseMatrix(RAN_MATRIX_2, { first: 2020, last: 2024 }),
    ],
  };
}

const REGIONAL_TOKENS = ['PEMDA', 'DP3A', 'DINSOS', 'DINKES', 'DPMD', 'NAKER'];

/** A body token of the template as the region's institution code, e.g. DP3A → DP3A-53-01. */
function regionalInstitution(token: string, region: string): string {
  if (!REGIONAL_TOKENS.includes(token)) return token; // a K/L: POLRI, BP2MI, KEJAKSAAN …
  const body = token === 'NAKER' ? (region.includes('.') ? 'DISNAKER' : 'DISNAKERTRANS') : token;
  return `${body}-${region.replace(/\./g, '-')}`;
}

// counts scale with the region; rates, yes/no and zero targets do not
function scaled(ind: DemoIndicator, scale: number): DemoIndicator {
  if (ind.unit === 'persen' || ind.direction === 'yes_no') return ind;
  const s = (v: number) => (v === 0 ? 0 : Math.max(1, Math.round(v * scale)));
  return {
    ...ind,
    baseline: ind.baseline === null ? null : s(ind.baseline),
    targets: Object.fromEntries(Object.entries(ind.targets).map(([y, v]) => [y, s(v)])),
  };
}

function localise(a: DemoActivity, r: DemoRadRegion): DemoActivity {
  const responsible = regionalInstitution(a.responsible, r.region);
  const related = [...new Set(a.related.map((t) => regionalInstitution(t, r.region)))].filter(
    (c) => c !== responsible,
  );
  const budget =
    a.budget.kind === 'pagu'
      ? {
          ...a.budget,
          amounts: Object.fromEntries(
            Object.entries(a.budget.amounts).map(([y, v]) => [
              y,
              Math.round((v * r.scale) / 1e6) * 1e6,
            ]),
          ),
        }
      : a.budget;
  const { level: _level, ...rest } = a;
  return {
    ...rest,
    responsible,
    related,
    budget,
    indicators: a.indicators.map((i) => scaled(i, r.scale)),
  };
}

/** Which template activities a region's RAD keeps: the core plus a seeded draw of the rest. */
function kept(template: DemoProgram[], r: DemoRadRegion): Set<string> {
  const level = r.region.includes('.') ? 'regency' : 'province';
  const eligible = template
    .flatMap((p) => p.activities)
    .filter((a) => a.level === undefined || a.level === level)
    .map((a) => a.code);
  const rnd = random(`demo-rad:${r.region}`);
  const [min, max] = RAD_KEEP[level];
  const others = eligible.filter((c) => !RAD_CORE.includes(c));
  // Fisher–Yates with the seeded generator
  for (let i = others.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [others[i], others[j]] = [others[j] as string, others[i] as string];
  }
  return new Set([...RAD_CORE, ...others.slice(0, rnd.int(min, max) - RAD_CORE.length)]);
}

export function radPlan(r: DemoRadRegion, names: RegionNames): DemoPlan {
  const template = parseMatrix(RAD_TEMPLATE, RAD_YEARS);
  const keep = kept(template, r);
  const programs: DemoProgram[] = template.map((p) => ({
    ...p,
    activities: p.activities.filter((a) => keep.has(a.code)).map((a) => localise(a, r)),
  }));
  for (const extra of parseMatrix(r.extra, RAD_YEARS)) {
    const into = programs.find((p) => p.code === extra.code);
    if (!into) throw new Error(`demo RAD ${r.region}: no program ${extra.code}`);
    into.activities.push(...extra.activities.map((a) => localise(a, r)));
  }
  const place = placeName(names, r.region);
  return {
    key: `rad-${r.region}`,
    kind: 'rad',
    regionCode: r.region,
    title: `Rencana Aksi Daerah Pencegahan dan Penanganan TPPO ${place} 2021–2024`,
    startYear: RAD_YEARS.first,
    endYear: RAD_YEARS.last,
    legalBasis: r.legalBasis,
    revisions: [
      {
        number: 1,
        on: r.adoptedOn,
        note: `RAD ditetapkan dengan ${r.legalBasis}`,
        by: r.by,
        legalBasis: r.legalBasis,
      },
    ],
    programs: programs.filter((p) => p.activities.length > 0),
  };
}

export const radPlans = (names: RegionNames) => RAD_REGIONS.map((r) => radPlan(r, names));

const BODIES_SINCE = '2017-01-01'; // perangkat daerah as reorganised under PP 18/2016

/** The regional bodies RADs name that the task-force seed does not create. Insert-if-missing. */
export async function seedRadBodies(tx: DbOrTx, names: RegionNames): Promise<void> {
  const rows: Array<{ body: RadExtraBody; region: string }> = [];
  for (const { region } of RAD_REGIONS) {
    rows.push({ body: 'DINKES', region }, { body: 'DPMD', region });
    if (region.includes('.')) rows.push({ body: 'DISNAKER', region });
  }
  const values = rows.map(({ body, region }) => ({
    code: `${body}-${region.replace(/\./g, '-')}`,
    body,
    region,
  }));
  const inserted = await tx
    .insert(institutions)
    .values(
      values.map((v) => ({
        id: institutionId(v.code),
        code: v.code,
        kind: 'regional_government' as const,
        regionCode: v.region,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: institutions.id });
  const fresh = new Set(inserted.map((r) => r.id));
  const named = values.filter((v) => fresh.has(institutionId(v.code)));
  if (named.length === 0) return;
  await tx.insert(institutionNames).values(
    named.map((v) => {
      const place = placeName(names, v.region);
      const short = place.replace(/^Provinsi /, 'Prov. ').replace(/^Kabupaten /, 'Kab. ');
      return {
        id: stableId(`institution-name:${v.code}:${BODIES_SINCE}`),
        institutionId: institutionId(v.code),
        name: `${RAD_EXTRA_BODIES[v.body].name} ${place}`,
        abbreviation: `${RAD_EXTRA_BODIES[v.body].abbreviation} ${short}`,
        validFrom: BODIES_SINCE,
      };
    }),
  );
}
