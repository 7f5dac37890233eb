import {
  type IndicatorDirection,
  nextState,
  REPORT_TRANSITIONS,
  type ReportActor,
  type ReportTransition,
  submissionGaps,
  type TransitionResult,
} from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { deliverSoon } from '../notifications/mail-delivery.js';
import { notifyUsers } from '../notifications/notify.js';
import { planActivities, planIndicators } from '../plans/schema.js';
import { getReport } from './get-report.js';
import { actorsFor, getVisibleReport, type VisibleReport } from './report-access.js';
import { reportersToNotify, verifiersToNotify } from './report-recipients.js';
import { progressReports, reportEvents } from './schema.js';

const changedMeanwhile = () =>
  new AppError('CONFLICT', {
    id: 'Laporan berubah sementara itu. Muat ulang laporan, lalu ulangi.',
    en: 'The report changed meanwhile. Reload it, then try again.',
  });

/** The refusal of nextState as the error the user sees. */
function refused(result: Extract<TransitionResult, { ok: false }>): AppError {
  switch (result.code) {
    case 'not_allowed_from_state':
      return new AppError('CONFLICT', result.message);
    case 'wrong_actor':
      return new AppError('FORBIDDEN', result.message);
    case 'note_required':
      return new AppError('VALIDATION_FAILED', result.message, [
        { path: 'note', message: result.message },
      ]);
  }
}

/** Reporter or verifier for this action: the kind whose rule allows it, if the user is one. */
function actorFor(actors: Set<ReportActor>, action: ReportTransition['action']): ReportActor {
  const allowed = REPORT_TRANSITIONS[action].actors;
  for (const a of allowed) if (actors.has(a)) return a;
  // neither kind: let nextState word the refusal for the kind the action needs
  return allowed.includes('reporter') ? 'verifier' : 'reporter';
}

function assertNoGaps(report: VisibleReport, direction: IndicatorDirection): void {
  const gaps = submissionGaps(report, direction);
  const first = gaps[0];
  if (first)
    throw new AppError(
      'VALIDATION_FAILED',
      {
        id: `Laporan belum lengkap: ${gaps.map((g) => g.message.id).join('; ')}`,
        en: `The report is incomplete: ${gaps.map((g) => g.message.en).join('; ')}`,
      },
      gaps.map((g) => ({ path: g.field, message: g.message })),
    );
}

const link = (id: string) => `/reports/${id}`;

/**
 * One step of the workflow (domain report-workflow.ts). The server decides whether the user acts
 * as reporter or verifier; the state change, the timeline entry, the audit entry and the
 * notifications are one transaction, and the UPDATE only applies to the state it was read in.
 */
export async function transitionReport(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: ReportTransition,
) {
  const db = ctx.database.db;
  const report = await getVisibleReport(db, auth, id);
  const actors = await actorsFor(db, auth, report);
  const result = nextState(report.state, input.action, {
    actor: actorFor(actors, input.action),
    note: input.note,
  });
  if (!result.ok) throw refused(result);
  const [indicator] = await db
    .select({
      code: sql<string>`${planActivities.code} || '/' || ${planIndicators.code}`,
      direction: planIndicators.direction,
    })
    .from(planIndicators)
    .innerJoin(planActivities, eq(planActivities.id, planIndicators.activityId))
    .where(eq(planIndicators.id, report.indicatorId));
  if (!indicator) throw new Error(`report ${id} has no indicator`);
  if (result.state === 'submitted') assertNoGaps(report, indicator.direction);
  const now = new Date();
  let notified = 0;
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(progressReports)
      .set({
        state: result.state,
        version: sql`${progressReports.version} + 1`,
        updatedAt: now,
        ...(result.state === 'submitted' ? { submittedAt: now } : {}),
        ...(input.action === 'approve' ? { approvedAt: now } : {}),
        ...(input.action === 'reopen' ? { approvedAt: null } : {}),
      })
      // the state and the content the checks above judged: a save in between → reload
      .where(
        and(
          eq(progressReports.id, id),
          eq(progressReports.state, report.state),
          eq(progressReports.version, report.version),
        ),
      )
      .returning();
    if (!after) throw changedMeanwhile();
    const [event] = await tx
      .insert(reportEvents)
      .values({
        reportId: id,
        action: input.action,
        fromState: report.state,
        toState: result.state,
        actorId: auth.userId,
        note: result.note,
      })
      .returning({ id: reportEvents.id });
    await recordAudit(tx, actor, {
      action: `report.${input.action}`,
      entityType: 'progress_report',
      entityId: id,
      before: { state: report.state, version: report.version },
      after: { state: after.state, version: after.version, note: result.note },
    });
    const what = `${indicator.code} (${report.periodCode})`;
    if (result.state === 'returned') {
      const users = await reportersToNotify(tx, report, auth.userId);
      const reopened = input.action === 'reopen';
      notified += await notifyUsers(tx, users, {
        kind: 'report_returned',
        title: reopened
          ? { id: `Laporan ${what} dibuka kembali`, en: `Report ${what} was reopened` }
          : { id: `Laporan ${what} dikembalikan`, en: `Report ${what} was returned` },
        body: {
          id: `${reopened ? 'Alasan' : 'Catatan verifikator'}: ${result.note ?? ''}\nPerbaiki lalu ajukan ulang.`,
          en: `${reopened ? 'Reason' : "Verifier's note"}: ${result.note ?? ''}\nFix it, then resubmit.`,
        },
        link: link(id),
        dedupeKey: `returned:${event?.id ?? id}`,
      });
    }
    if (result.state === 'submitted') {
      const users = await verifiersToNotify(tx, report, auth.userId);
      notified += await notifyUsers(tx, users, {
        kind: 'report_submitted',
        title: {
          id: `Laporan ${what} menunggu verifikasi`,
          en: `Report ${what} awaits verification`,
        },
        body: {
          id: `Laporan ${input.action === 'resubmit' ? 'diajukan ulang' : 'diajukan'} dan menunggu verifikasi Anda.`,
          en: `The report was ${input.action === 'resubmit' ? 'resubmitted' : 'submitted'} and awaits your verification.`,
        },
        link: link(id),
        dedupeKey: `submitted:${event?.id ?? id}`,
      });
    }
  });
  if (notified > 0) deliverSoon(ctx);
  return getReport(db, auth, id);
}
