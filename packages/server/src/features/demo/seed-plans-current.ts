import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { notifications } from '../notifications/schema.js';
import {
  planActivities,
  planActivityBudgets,
  planIndicators,
  planPrograms,
  planRevisions,
  plans,
} from '../plans/schema.js';
import {
  evidenceFiles,
  progressReports,
  reportComments,
  reportEvents,
} from '../reporting/schema.js';
import { currentRanPlan } from './demo-plan-data-current.js';
import { bulkInsert } from './seed-plans-bulk.js';
import { generateCurrentReports } from './seed-plans-current-reports.js';
import { demoPlanId, planRows } from './seed-plans-matrix.js';
import { notificationRows } from './seed-plans-notifications.js';
import type { RegionNames } from './seed-plans-rad.js';
import type { DemoUsers } from './seed-plans-reports.js';

/**
 * The current RAN (draft 2025–2029) with its reports up to 2026-TW2, so that demo reporters can
 * file the periods of today. Seeded on its own, apart from the 2020–2024 plans, so a demo
 * installation made before it existed gains it on its next seed; like those, once the plan
 * exists it is left alone with all that users did to it.
 */
export async function seedCurrentRan(
  tx: DbOrTx,
  userIds: DemoUsers,
  names: RegionNames,
  log: (line: string) => void,
): Promise<void> {
  const plan = currentRanPlan();
  const [existing] = await tx
    .select({ id: plans.id })
    .from(plans)
    .where(eq(plans.id, demoPlanId(plan.key)));
  if (existing) {
    log(`demo: current action plan ${plan.key} already present`);
    return;
  }
  const rows = planRows(plan, userIds);
  const batch = generateCurrentReports(rows.reportable, userIds, names);
  await tx.insert(plans).values(rows.plan);
  await bulkInsert(tx, planRevisions, rows.revisions);
  await bulkInsert(tx, planPrograms, rows.programs);
  await bulkInsert(tx, planActivities, rows.activities);
  await bulkInsert(tx, planActivityBudgets, rows.budgets);
  await bulkInsert(tx, planIndicators, rows.indicators);
  await bulkInsert(tx, progressReports, batch.reports);
  await bulkInsert(tx, reportEvents, batch.events);
  await bulkInsert(tx, reportComments, batch.comments);
  await bulkInsert(tx, evidenceFiles, batch.evidence);
  // only the returned reports notify: with no items, no deadline reminders of 2024 periods are
  // made for this plan; the reminder sweep sends those of the open periods when they are due
  const notes = notificationRows([], batch, userIds);
  if (notes.length > 0) await tx.insert(notifications).values(notes).onConflictDoNothing();

  const summary = {
    plans: [plan.key],
    activities: rows.activities.length,
    reports: batch.reports.length,
    evidenceFiles: batch.evidence.length,
  };
  await recordAudit(tx, SYSTEM_ACTOR, {
    action: 'demo.plans_seeded',
    entityType: 'demo',
    after: summary,
  });
  log(
    `demo: current action plan ${plan.key} (${summary.activities} activities), ${summary.reports} progress reports, ${summary.evidenceFiles} evidence files`,
  );
}
