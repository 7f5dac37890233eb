import { count, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { stableId } from '../../platform/stable-id.js';
import type { FileStorage } from '../../platform/storage/storage.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { refreshCaseStats } from '../case-stats/facts-refresh.js';
import { hashPassword } from '../identity/passwords.js';
import { users } from '../identity/schema.js';
import { institutionId } from '../institutions/load-institutions.js';
import { appMeta } from '../reference/schema.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { seedDemoCases } from './seed-cases.js';
import { seedDemoOrganisations } from './seed-demo-organisations.js';
import { seedDemoPlans } from './seed-plans.js';
import { storeDemoEvidence } from './seed-plans-evidence.js';

export async function hasUsers(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(users);
  return (row?.n ?? 0) > 0;
}

/**
 * Seeds the clearly-marked demo installation: the flag that shows the banner, one account per
 * role, regional task forces and service units, the action plans with four years of reports,
 * and the synthetic case registry (victims, services, referrals, duplicates to clear).
 * Deterministic: the same ids and values on every run; running it twice changes nothing.
 * `storage` receives the bytes of the demo evidence files; without it the evidence rows exist
 * but their downloads find nothing. `fields` seals the synthetic victims' identifying data and
 * must be the keyring the application will open it with; without it the case registry is not
 * seeded (the tests of other features do not need it).
 */
export async function seedDemo(
  database: Database,
  log: (line: string) => void = () => {},
  storage?: FileStorage,
  fields?: FieldCrypto,
): Promise<void> {
  if (storage) await storeDemoEvidence(storage);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await database.db.transaction(async (tx) => {
    await tx
      .insert(appMeta)
      .values({ key: 'demo', value: true })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: true, updatedAt: new Date() } });
    await seedDemoOrganisations(tx, log);
    for (const a of DEMO_ACCOUNTS) {
      const id = stableId(`demo-user:${a.email}`);
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
      if (existing) continue;
      await tx.insert(users).values({
        id,
        email: a.email,
        fullName: a.fullName,
        passwordHash,
        role: a.role,
        institutionId: institutionId(a.institution),
        scopeLevel: a.scopeLevel,
        scopeRegionCode: a.scopeRegionCode,
        passwordChangedAt: new Date(),
      });
      await recordAudit(tx, SYSTEM_ACTOR, {
        action: 'user.created',
        entityType: 'user',
        entityId: id,
        after: { email: a.email, role: a.role, demo: true },
      });
    }
    log(`demo: ${DEMO_ACCOUNTS.length} accounts`);
    await seedDemoPlans(tx, log);
    if (fields) await seedDemoCases(tx, fields, log);
  });
  // the statistics facts of thousands of new cases are built now, not by the first visitor of
  // the statistics page (who would wait 10–20 s on a small machine)
  if (fields) log(`demo: statistics facts of ${await refreshCaseStats(database.db)} cases`);
}
