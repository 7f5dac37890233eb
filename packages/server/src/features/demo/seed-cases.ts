import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { stableId } from '../../platform/stable-id.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import {
  caseEvents,
  casePeople,
  cases,
  consents,
  legalSteps,
  referrals,
  victimServices,
} from '../cases/schema.js';
import { users } from '../identity/schema.js';
import { countries } from '../reference/schema.js';
import { regions } from '../regions/schema.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { DUPLICATED_CASES, duplicatedCases, duplicateRecords } from './seed-cases-echo.js';
import {
  baseCounts,
  type GenContext,
  type Generated,
  generateCase,
} from './seed-cases-generate.js';
import type { DemoCase } from './seed-cases-model.js';
import { caseRows, demoCaseId } from './seed-cases-rows.js';
import { bulkInsert } from './seed-plans-bulk.js';

/**
 * The synthetic case registry of the demo (issue 4): some 3,000 cases of 2019–2025 with their
 * events, victims, perpetrators, legal steps, services, referrals and consents, and a few hundred
 * victims recorded again by two other institutions for the PIC data to clear.
 */
export function generateDemoCases(ctx: GenContext): DemoCase[] {
  const first: Generated[] = [];
  let seq = 0;
  for (const [year, count] of baseCounts(DUPLICATED_CASES * 2))
    for (let i = 0; i < count; i++) {
      seq += 1;
      first.push(generateCase(ctx, `c${seq}`, year, seq));
    }
  const again = duplicatedCases(first).flatMap((g) => [
    duplicateRecords(ctx, g, 0),
    duplicateRecords(ctx, g, 1),
  ]);
  return [...first.map((g) => g.c), ...again];
}

async function names(tx: DbOrTx): Promise<GenContext> {
  const regionRows = await tx.select({ code: regions.code, name: regions.name }).from(regions);
  const countryRows = await tx
    .select({ code: countries.code, name: countries.nameId })
    .from(countries);
  return {
    regionNames: new Map(regionRows.map((r) => [r.code, r.name])),
    countryNames: new Map(countryRows.map((r) => [r.code, r.name])),
  };
}

/**
 * Seeds the registry once: when the first demo case exists the registry is left alone (with
 * whatever users did to it), so a second run adds nothing. Identifying fields are sealed under
 * `fields`, which must be the keyring the application itself will open them with.
 */
export async function seedDemoCases(
  tx: DbOrTx,
  fields: FieldCrypto,
  log: (line: string) => void,
): Promise<void> {
  const [existing] = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.id, demoCaseId('c1')));
  if (existing) {
    log('demo: case registry already present');
    return;
  }
  const started = Date.now();
  const accounts = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(
      inArray(
        users.id,
        DEMO_ACCOUNTS.map((a) => stableId(`demo-user:${a.email}`)),
      ),
    );
  const userIds = new Map(accounts.map((a) => [a.email, a.id]));
  const rows = caseRows(generateDemoCases(await names(tx)), fields, userIds);
  await bulkInsert(tx, cases, rows.cases);
  await bulkInsert(tx, caseEvents, rows.events);
  await bulkInsert(tx, casePeople, rows.people);
  await bulkInsert(tx, consents, rows.consents);
  await bulkInsert(tx, legalSteps, rows.legal);
  await bulkInsert(tx, victimServices, rows.services);
  await bulkInsert(tx, referrals, rows.referrals);
  const summary = {
    cases: rows.cases.length,
    people: rows.people.length,
    services: rows.services.length,
    referrals: rows.referrals.length,
    duplicatedCases: DUPLICATED_CASES,
  };
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'demo.cases_seeded',
    entityType: 'demo',
    after: summary,
  });
  log(
    `demo: ${summary.cases} cases, ${summary.people} people, ${summary.services} services, ${summary.referrals} referrals (${Date.now() - started} ms)`,
  );
}
