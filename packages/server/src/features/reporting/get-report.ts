import {
  availableActions,
  type Bilingual,
  budgetAbsorption,
  achievement as computeAchievement,
  EvidenceScoreInput,
  REPORT_ACTIONS,
  REPORT_TRANSITIONS,
  type ReportAction,
  reporterMayEdit,
  roundPercent,
  verifiedAchievement,
  verifierMayScore,
} from '@sigap/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { users } from '../identity/schema.js';
import { planActivityBudgets, plans } from '../plans/schema.js';
import { periodOfStoredCode, periodView, reportingOf, todayInIndonesia } from './plan-periods.js';
import { presentReportSummary, selectReportSummaries } from './presenters.js';
import { actorsFor, REPORT_NOT_FOUND, reportsVisibleTo } from './report-access.js';
import { targetFor } from './report-figures.js';
import { evidenceFiles, progressReports, reportComments, reportEvents } from './schema.js';
import { threaded } from './threaded-comments.js';
import type { EvidenceView, ReportDetail } from './views.js';

/** Timeline entries that are not workflow actions. */
const OTHER_EVENTS: Record<string, Bilingual> = {
  create: { id: 'Dibuat sebagai draf', en: 'Created as a draft' },
  score: { id: 'Bukti dukung dinilai', en: 'Evidence scored' },
};

function eventLabel(action: string): Bilingual {
  if ((REPORT_ACTIONS as readonly string[]).includes(action))
    return REPORT_TRANSITIONS[action as ReportAction].label;
  return OTHER_EVENTS[action] ?? { id: action, en: action };
}

export function presentEvidence(row: {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string | null;
  uploaderName: string | null;
  createdAt: Date;
}): EvidenceView {
  return {
    id: row.id,
    fileName: row.fileName,
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedBy:
      row.uploadedBy && row.uploaderName ? { id: row.uploadedBy, name: row.uploaderName } : null,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: `/api/evidence/${row.id}/download`,
  };
}

export async function listEvidence(db: DbOrTx, reportId: string) {
  const rows = await db
    .select({
      id: evidenceFiles.id,
      fileName: evidenceFiles.fileName,
      mimeType: evidenceFiles.mimeType,
      sizeBytes: evidenceFiles.sizeBytes,
      sha256: evidenceFiles.sha256,
      uploadedBy: evidenceFiles.uploadedBy,
      uploaderName: users.fullName,
      createdAt: evidenceFiles.createdAt,
    })
    .from(evidenceFiles)
    .leftJoin(users, eq(users.id, evidenceFiles.uploadedBy))
    .where(and(eq(evidenceFiles.reportId, reportId), isNull(evidenceFiles.removedAt)))
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
  return rows.map(presentEvidence);
}

/**
 * A report as its page shows it: figures, the period and its status, the planned budget of the
 * year, the timeline, threaded comments, evidence, and what this user may do now.
 */
export async function getReport(db: DbOrTx, auth: AuthContext, id: string): Promise<ReportDetail> {
  const [row] = await selectReportSummaries(db).where(
    and(eq(progressReports.id, id), reportsVisibleTo(auth)),
  );
  if (!row) throw new AppError('NOT_FOUND', REPORT_NOT_FOUND);
  const r = row.report;
  const [[plan], [budget], events, comments, evidence, actors] = await Promise.all([
    db
      .select({ startYear: plans.startYear, endYear: plans.endYear, reporting: plans.reporting })
      .from(plans)
      .where(eq(plans.id, r.planId)),
    db
      .select()
      .from(planActivityBudgets)
      .where(
        and(eq(planActivityBudgets.activityId, r.activityId), eq(planActivityBudgets.year, r.year)),
      ),
    db
      .select({ event: reportEvents, actorName: users.fullName })
      .from(reportEvents)
      .leftJoin(users, eq(users.id, reportEvents.actorId))
      .where(eq(reportEvents.reportId, id))
      .orderBy(asc(reportEvents.createdAt), asc(reportEvents.id)),
    db
      .select({ comment: reportComments, authorName: users.fullName })
      .from(reportComments)
      .innerJoin(users, eq(users.id, reportComments.authorId))
      .where(eq(reportComments.reportId, id))
      .orderBy(asc(reportComments.createdAt), asc(reportComments.id)),
    listEvidence(db, id),
    actorsFor(db, auth, { ...r, planKind: row.planKind }),
  ]);
  if (!plan) throw new Error(`report ${id} has no plan`);
  const period = periodOfStoredCode(plan, r.periodCode);
  const summary = presentReportSummary(row);
  const claimed = computeAchievement({
    direction: row.indicatorDirection,
    target: targetFor({ targets: row.indicatorTargets }, r.year),
    baseline: row.indicatorBaseline,
    realised: r.realisedValue,
  });
  const verified = verifiedAchievement(claimed, r.evidenceScore);
  const absorption = budgetAbsorption({
    planned: budget?.amount ?? null,
    realised: r.realisedBudget,
    attached: budget?.attached ?? false,
  });
  const scores = EvidenceScoreInput.safeParse(r.evidenceScores);
  const actions = new Set<ReportAction>();
  for (const actor of actors) for (const a of availableActions(r.state, actor)) actions.add(a);
  return {
    ...summary,
    narrative: r.narrative,
    kendala: r.kendala,
    tindakLanjut: r.tindakLanjut,
    regionCodes: r.regionCodes,
    baseline: row.indicatorBaseline,
    period: periodView(period, reportingOf(plan), todayInIndonesia()),
    budget: {
      planned: budget?.amount ?? null,
      source: budget?.source ?? null,
      attached: budget?.attached ?? false,
      absorption: absorption.computable ? roundPercent(absorption.raw) : null,
      absorptionNote: absorption.computable ? null : absorption.message,
    },
    verifiedAchievement: verified.computable ? roundPercent(verified.capped) : null,
    evidenceScores: scores.success ? scores.data : null,
    timeline: events.map(({ event: e, actorName }) => ({
      id: e.id,
      action: e.action,
      label: eventLabel(e.action),
      fromState: (e.fromState as ReportDetail['state'] | null) ?? null,
      toState: e.toState as ReportDetail['state'],
      actor: e.actorId && actorName ? { id: e.actorId, name: actorName } : null,
      note: e.note,
      at: e.createdAt.toISOString(),
    })),
    comments: threaded(
      comments.map(({ comment: c, authorName }) => ({
        id: c.id,
        parentId: c.parentId,
        author: { id: c.authorId, name: authorName },
        body: c.body,
        createdAt: c.createdAt.toISOString(),
      })),
    ),
    evidence,
    actions: REPORT_ACTIONS.filter((a) => actions.has(a)),
    may: {
      edit: actors.has('reporter') && reporterMayEdit(r.state),
      comment: actors.size > 0,
      score: actors.has('verifier') && verifierMayScore(r.state),
    },
  };
}
