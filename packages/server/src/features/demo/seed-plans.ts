import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { stableId } from '../../platform/stable-id.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { users } from '../identity/schema.js';
import { notifications } from '../notifications/schema.js';
import {
  planActivities,
  planActivityBudgets,
  planIndicators,
  planPrograms,
  planRevisions,
  plans,
} from '../plans/schema.js';
import { regions } from '../regions/schema.js';
import {
  evidenceFiles,
  progressReports,
  reportComments,
  reportEvents,
} from '../reporting/schema.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { RAD_REGIONS } from './demo-plan-data-rad.js';
import { RAN_REPORT_REGIONS } from './demo-plan-data-texts.js';
import { bulkInsert } from './seed-plans-bulk.js';
import { seedCurrentRan } from './seed-plans-current.js';
import { demoPlanId, planRows } from './seed-plans-matrix.js';
import { notificationRows } from './seed-plans-notifications.js';
import { radPlans, ranPlan, seedRadBodies } from './seed-plans-rad.js';
import { type DemoUsers, generateReports } from './seed-plans-reports.js';

/** The demo accounts that exist (an administrator may have removed one), by e-mail. */
async function demoUsers(tx: DbOrTx): Promise<DemoUsers> {
  const ids = DEMO_ACCOUNTS.map((a) => stableId(`demo-user:${a.email}`));
  const rows = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.email, r.id]));
}

/**
 * The demo action plans: the RAN 2020–2024 (two revisions), the RADs of five provinces and five
 * kabupaten, four years of quarterly reports with their timelines, comments and evidence, and
 * the demo reporters' notifications. Stable ids; a plan that exists is left alone with all it
 * holds, so a second run adds nothing and never overwrites what users did with the demo.
 * Runs after the demo accounts are created (actors of the timelines).
 */
export async function seedDemoPlans(tx: DbOrTx, log: (line: string) => void): Promise<void> {
  const codes = [...new Set([...RAD_REGIONS.map((r) => r.region), ...RAN_REPORT_REGIONS])];
  const named = await tx
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, codes));
  const names = new Map(named.map((r) => [r.code, r.name]));
  const userIds = await demoUsers(tx);
  await seedRadBodies(tx, names);
  await seedCurrentRan(tx, userIds, names, log);

  const all = [ranPlan(), ...radPlans(names)];
  const found = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(
      inArray(
        plans.id,
        all.map((p) => demoPlanId(p.key)),
      ),
    );
  const existing = new Set(found.map((r) => r.id));
  const fresh = all.filter((p) => !existing.has(demoPlanId(p.key)));
  if (fresh.length === 0) {
    log(`demo: ${all.length} action plans already present`);
    return;
  }
  const built = fresh.map((p) => planRows(p, userIds));
  const reportable = built.flatMap((b) => b.reportable);
  const batch = generateReports(reportable, userIds, names);

  await bulkInsert(
    tx,
    plans,
    built.map((b) => b.plan),
  );
  await bulkInsert(
    tx,
    planRevisions,
    built.flatMap((b) => b.revisions),
  );
  await bulkInsert(
    tx,
    planPrograms,
    built.flatMap((b) => b.programs),
  );
  await bulkInsert(
    tx,
    planActivities,
    built.flatMap((b) => b.activities),
  );
  await bulkInsert(
    tx,
    planActivityBudgets,
    built.flatMap((b) => b.budgets),
  );
  await bulkInsert(
    tx,
    planIndicators,
    built.flatMap((b) => b.indicators),
  );
  await bulkInsert(tx, progressReports, batch.reports);
  await bulkInsert(tx, reportEvents, batch.events);
  await bulkInsert(tx, reportComments, batch.comments);
  await bulkInsert(tx, evidenceFiles, batch.evidence);
  const notes = notificationRows(reportable, batch, userIds);
  if (notes.length > 0) await tx.insert(notifications).values(notes).onConflictDoNothing();

  const summary = {
    plans: fresh.map((p) => p.key),
    activities: built.reduce((n, b) => n + b.activities.length, 0),
    reports: batch.reports.length,
    evidenceFiles: batch.evidence.length,
  };
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'demo.plans_seeded',
    entityType: 'demo',
    after: summary,
  });
  log(
    `demo: ${fresh.length} action plans (${summary.activities} activities), ${summary.reports} progress reports, ${summary.evidenceFiles} evidence files`,
  );
}
