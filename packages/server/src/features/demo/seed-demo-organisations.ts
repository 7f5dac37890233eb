import { type MembershipRole, regencyKind } from '@sigap/domain';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { stableId } from '../../platform/stable-id.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { institutionId } from '../institutions/load-institutions.js';
import { institutionNames, institutions } from '../institutions/schema.js';
import { regions } from '../regions/schema.js';
import { serviceUnits } from '../service-units/schema.js';
import { NATIONAL_SUB_TASK_FORCES } from '../task-forces/national-task-force.js';
import { subTaskForces, taskForceMemberships, taskForces } from '../task-forces/schema.js';
import {
  DEMO_PROVINCE_SUBS,
  DEMO_PROVINCE_TASK_FORCES,
  DEMO_REGENCY_SUBS,
  DEMO_REGENCY_TASK_FORCES,
  type DemoTaskForce,
  REGIONAL_BODIES,
  type RegionalBody,
  regionalCode,
} from './demo-organisations-data.js';
import { DEMO_SERVICE_UNITS, type DemoServiceUnit } from './demo-service-units-data.js';

const BODIES_SINCE = '2017-01-01'; // perangkat daerah as reorganised under PP 18/2016
const TF_NAME = 'Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang';

type Names = Map<string, string>;

/** "Provinsi Jawa Tengah" or "Kabupaten Kupang" (regency names already carry the word). */
function placeName(names: Names, code: string): string {
  const name = names.get(code);
  if (!name) throw new Error(`demo region ${code} is not loaded`);
  return code.includes('.') ? name : `Provinsi ${name}`;
}

/** Ids of demo records, stable across runs (tests and links in the guide rely on them). */
export const demoTaskForceId = (region: string) => stableId(`demo-task-force:${region}`);

const regionalId = (body: RegionalBody, region: string) =>
  institutionId(regionalCode(body, region));

async function seedRegionalBodies(
  tx: DbOrTx,
  names: Names,
  region: string,
  bodies: RegionalBody[],
) {
  for (const body of bodies) {
    const code = regionalCode(body, region);
    const id = institutionId(code);
    const place = placeName(names, region);
    const short = place.replace(/^Provinsi /, 'Prov. ').replace(/^Kabupaten /, 'Kab. ');
    const inserted = await tx
      .insert(institutions)
      .values({ id, code, kind: 'regional_government', regionCode: region })
      .onConflictDoNothing()
      .returning({ id: institutions.id });
    if (inserted.length === 0) continue;
    await tx.insert(institutionNames).values({
      id: stableId(`institution-name:${code}:${BODIES_SINCE}`),
      institutionId: id,
      name: `${REGIONAL_BODIES[body].name} ${place}`,
      abbreviation: `${REGIONAL_BODIES[body].abbreviation} ${short}`,
      validFrom: BODIES_SINCE,
    });
  }
}

/** Chair and daily chair from the regional government, the usual line agencies as members. */
function seatsOf(tf: DemoTaskForce, names: Names) {
  const province = !tf.region.includes('.');
  const head = province
    ? 'Wakil Gubernur'
    : regencyKind(tf.region) === 'kota'
      ? 'Wakil Wali Kota'
      : 'Wakil Bupati';
  const where = names.get(tf.region) ?? tf.region;
  const seats: Array<{ inst: string; role: MembershipRole; position: string | null }> = [
    { inst: regionalId('PEMDA', tf.region), role: 'chair', position: `Ketua (${head})` },
    {
      inst: regionalId('DP3A', tf.region),
      role: 'daily_chair',
      position: 'Ketua Harian (Kepala DP3A)',
    },
    { inst: regionalId('DP3A', tf.region), role: 'secretariat', position: 'Sekretariat' },
    { inst: regionalId('DINSOS', tf.region), role: 'member', position: null },
    {
      inst: institutionId('POLRI'),
      role: 'member',
      position: province ? `Kepolisian Daerah ${where}` : `Kepolisian Resor ${where}`,
    },
  ];
  if (province)
    seats.push(
      { inst: regionalId('DISNAKERTRANS', tf.region), role: 'member', position: null },
      { inst: institutionId('KEJAKSAAN'), role: 'member', position: `Kejaksaan Tinggi ${where}` },
      { inst: institutionId('BP2MI'), role: 'member', position: `BP3MI ${where}` },
    );
  return seats;
}

async function seedTaskForce(tx: DbOrTx, names: Names, tf: DemoTaskForce): Promise<number> {
  const province = !tf.region.includes('.');
  await seedRegionalBodies(
    tx,
    names,
    tf.region,
    province ? ['PEMDA', 'DP3A', 'DINSOS', 'DISNAKERTRANS'] : ['PEMDA', 'DP3A', 'DINSOS'],
  );
  const id = demoTaskForceId(tf.region);
  const place = placeName(names, tf.region);
  const inserted = await tx
    .insert(taskForces)
    .values({
      id,
      level: province ? 'province' : 'regency',
      regionCode: tf.region,
      name: `${TF_NAME} ${place}`,
      legalBasisNumber: tf.decree,
      legalBasisDate: tf.date,
      legalBasisTitle: `Pembentukan Gugus Tugas PP TPPO ${place} (data demo)`,
    })
    .onConflictDoNothing()
    .returning({ id: taskForces.id });
  if (inserted.length === 0) return 0;
  for (const sub of province ? DEMO_PROVINCE_SUBS : DEMO_REGENCY_SUBS)
    await tx.insert(subTaskForces).values({
      id: stableId(`demo-sub-task-force:${tf.region}:${sub.strategy}`),
      taskForceId: id,
      name: NATIONAL_SUB_TASK_FORCES[sub.strategy].name,
      strategyCode: sub.strategy,
      coordinatorInstitutionId:
        sub.coordinator === 'POLRI'
          ? institutionId('POLRI')
          : regionalId(sub.coordinator, tf.region),
    });
  await tx.insert(taskForceMemberships).values(
    seatsOf(tf, names).map((s, i) => ({
      id: stableId(`demo-seat:${tf.region}:${i}`),
      taskForceId: id,
      institutionId: s.inst,
      role: s.role,
      position: s.position,
      legalBasis: tf.decree,
      validFrom: tf.date,
    })),
  );
  return 1;
}

function unitValues(u: DemoServiceUnit, n: number, names: Names) {
  const name = u.name.replace(/\{([\d.]+)\}/g, (_, code: string) => names.get(code) ?? code);
  const op = u.operator;
  return {
    id: stableId(`demo-service-unit:${u.name}`),
    name,
    kind: u.kind,
    regionCode: u.region,
    institutionId: !op
      ? null
      : 'code' in op
        ? institutionId(op.code)
        : regionalId(op.body, op.region),
    address: `Jl. Contoh Layanan No. ${n + 1}, ${names.get(u.region) ?? u.region} (alamat demo)`,
    phone: `(demo) 0000-${String(1000 + n)}`,
    capacity: u.capacity ?? null,
    active: u.active ?? true,
  };
}

/**
 * Regional task forces (with their regional bodies, sub-task-forces and seats) and service units
 * of the demo. Stable ids and insert-if-missing: a second run adds nothing.
 */
export async function seedDemoOrganisations(
  tx: DbOrTx,
  log: (line: string) => void,
): Promise<void> {
  const all = [...DEMO_PROVINCE_TASK_FORCES, ...DEMO_REGENCY_TASK_FORCES];
  const codes = new Set([...all.map((t) => t.region), ...DEMO_SERVICE_UNITS.map((u) => u.region)]);
  for (const c of [...codes]) if (c.includes('.')) codes.add(c.slice(0, 2));
  const rows = await tx
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, [...codes]));
  const names: Names = new Map(rows.map((r) => [r.code, r.name]));
  let forces = 0;
  for (const tf of all) forces += await seedTaskForce(tx, names, tf);
  const units = await tx
    .insert(serviceUnits)
    .values(DEMO_SERVICE_UNITS.map((u, n) => unitValues(u, n, names)))
    .onConflictDoNothing()
    .returning({ id: serviceUnits.id });
  if (forces + units.length > 0)
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.organisations_seeded',
      entityType: 'demo',
      after: { taskForces: forces, serviceUnits: units.length },
    });
  log(`demo: ${all.length} regional task forces, ${DEMO_SERVICE_UNITS.length} service units`);
}
