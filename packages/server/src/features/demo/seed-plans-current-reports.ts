import {
  achievement,
  generatePeriods,
  type ReportingPeriod,
  type ReportState,
  rubricScore,
} from '@sigap/domain';
import { stableId } from '../../platform/stable-id.js';
import { institutionId } from '../institutions/load-institutions.js';
import { DEMO_REPORTING } from './demo-plan-data.js';
import { CURRENT_RAN_YEARS } from './demo-plan-data-current.js';
import { KENDALA, NARRATIVES, RAN_REPORT_REGIONS, TINDAK_LANJUT } from './demo-plan-data-texts.js';
import { DEMO_EVIDENCE, type DemoEvidenceKind } from './seed-plans-evidence.js';
import type { ReportableIndicator } from './seed-plans-matrix.js';
import { isDue, pickSlot, reporterEmail, type Slot, verifierEmail } from './seed-plans-outcomes.js';
import { placeName, type RegionNames } from './seed-plans-rad.js';
import { type Random, random } from './seed-plans-random.js';
import type { DemoUsers, ReportBatch } from './seed-plans-reports.js';
import { type TimelineStep, timeline } from './seed-plans-timeline.js';
import { realisedBudget, type YearFigures, yearFigures } from './seed-plans-values.js';

/**
 * Progress reports on the current RAN (2025–2029) for the quarters that ended by 30 June 2026,
 * 2025-TW1 … 2026-TW2. The cut-off is a fixed date, never today, so every installation seeds the
 * same rows; from 2026-TW3 on nothing is seeded, so whenever the demo runs the periods of its
 * own time are open or overdue and the demo reporters can file them. Same records, ids and
 * random streams as seed-plans-reports.ts builds for the 2020–2024 plans (this file mirrors its
 * addReport, which that module does not export).
 */
export const CURRENT_REPORTED_UNTIL = '2026-06-30';

/**
 * How many quarters the newest seeded period lies behind the demo's present: 2026-TW3 and TW4 are
 * what users are filing now, so the seeded ones have mostly been verified and approved.
 */
const AGE_OFFSET = 2;

/**
 * Outcomes fixed on 2026-TW2 so the demo accounts always find work: pelapor@ (Kemensos) has a
 * report returned to fix and one awaiting verification; sekretariat@ has one verified report
 * to approve (on KemenPPPA's first indicator).
 */
function forcedSlots(items: ReportableIndicator[]): Map<string, Slot> {
  const forced = new Map<string, Slot>();
  const last = '2026-TW2';
  const kemensos = items.filter((r) => reporterEmail(r) === 'pelapor@sigap.local');
  (['returned', 'submitted'] as const).forEach((slot, i) => {
    const r = kemensos[i];
    if (r) forced.set(`${r.indicatorId}:${last}`, slot);
  });
  const kemenpppa = items.find((r) => r.activity.responsible === 'KEMENPPPA');
  if (kemenpppa) forced.set(`${kemenpppa.indicatorId}:${last}`, 'verified');
  return forced;
}

/** 12345.5 → "12.345,5", the Indonesian way, without depending on the runtime's ICU data. */
function formatId(v: number): string {
  const [whole = '0', frac] = String(v).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return frac ? `${grouped},${frac}` : grouped;
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

function regionsOf(r: ReportableIndicator, rnd: Random): string[] {
  if (r.program.strategy === 'norma_hukum') return []; // national regulations happen nowhere in particular
  const picked = new Set<string>();
  const n = rnd.int(1, 3);
  while (picked.size < n) picked.add(rnd.pick(RAN_REPORT_REGIONS));
  return [...picked].sort();
}

function evidenceKinds(
  state: ReportState,
  r: ReportableIndicator,
  rnd: Random,
): DemoEvidenceKind[] {
  if (state === 'draft') return rnd.chance(0.3) ? ['report'] : [];
  const kinds: DemoEvidenceKind[] = [];
  if (rnd.chance(0.85)) kinds.push('report');
  if (rnd.chance(r.program.strategy === 'koordinasi' ? 0.5 : 0.15)) kinds.push('minutes');
  if (rnd.chance(0.3)) kinds.push('photo');
  return kinds;
}

type Ctx = { users: DemoUsers; names: RegionNames; batch: ReportBatch };

function addReport(
  ctx: Ctx,
  r: ReportableIndicator,
  period: ReportingPeriod,
  state: ReportState,
  figures: YearFigures,
  rnd: Random,
): void {
  const reportId = stableId(`demo-report:${r.indicatorId}:${period.code}`);
  const reporter = ctx.users.get(reporterEmail(r) ?? '') ?? null;
  const verifier = ctx.users.get(verifierEmail(r) ?? '') ?? null;
  const steps = timeline(state, period, rnd);
  const withValue = state !== 'draft' || rnd.chance(0.65);
  const realised = withValue ? (figures.values[period.index - 1] ?? null) : null;
  const a = achievement({
    direction: r.indicator.direction,
    target: r.targets[String(period.year)],
    baseline: r.indicator.baseline,
    realised,
  });
  const regionCodes = regionsOf(r, rnd);
  const strategy = r.program.strategy;
  const kendala = withValue ? rnd.pick(KENDALA[strategy]) : '';
  const scored = (state === 'approved' || state === 'verified') && rnd.chance(0.55);
  const scores = scored
    ? {
        relevance: rnd.int(2, 3),
        completeness: rnd.int(1, 3),
        validity: rnd.int(1, 3),
        timeliness: rnd.int(2, 3),
      }
    : null;
  const ownSpend = random(`demo-own-spend:${r.activityId}`).chance(0.5);
  const last = steps.at(-1) as TimelineStep;
  const lastOf = (...actions: string[]) =>
    steps.filter((s) => actions.includes(s.action)).at(-1)?.at ?? null;
  const capaian =
    r.indicator.direction === 'yes_no'
      ? realised === 1
        ? 'sudah terpenuhi'
        : 'belum terpenuhi'
      : `${formatId(realised ?? 0)} ${r.indicator.unit}`;
  ctx.batch.reports.push({
    id: reportId,
    planId: r.planId,
    activityId: r.activityId,
    indicatorId: r.indicatorId,
    institutionId: institutionId(r.activity.responsible),
    regionCode: null,
    strategyCode: strategy,
    periodCode: period.code,
    year: period.year,
    state,
    realisedValue: realised,
    realisedBudget:
      r.carriesBudget && withValue
        ? realisedBudget(r.activity.budget, period.year, figures, period.index, ownSpend)
        : null,
    narrative: withValue
      ? fill(rnd.pick(NARRATIVES[strategy]), {
          periode: period.label.id,
          capaian,
          indikator: r.indicator.name,
          wilayah: regionCodes.map((c) => placeName(ctx.names, c)).join(', ') || 'tingkat pusat',
        })
      : '',
    kendala,
    tindakLanjut: kendala ? rnd.pick(TINDAK_LANJUT[strategy]) : '',
    regionCodes,
    achievement: a.computable ? a.capped : null,
    achievementRaw: a.computable ? a.raw : null,
    achievementNote: a.computable ? null : a.reason,
    evidenceScores: scores ? { ...scores, note: null } : null,
    evidenceScore: scores ? rubricScore(scores) : null,
    version: steps.length,
    createdBy: reporter,
    createdAt: steps[0]?.at ?? last.at,
    updatedAt: last.at,
    submittedAt: lastOf('submit', 'resubmit'),
    approvedAt: lastOf('approve'),
  });
  let thread: string | null = null;
  steps.forEach((s, n) => {
    const actorId = s.actor === 'reporter' ? reporter : verifier;
    ctx.batch.events.push({
      id: stableId(`demo-report-event:${reportId}:${n}`),
      reportId,
      action: s.action,
      fromState: s.from,
      toState: s.to,
      actorId,
      note: s.note,
      createdAt: s.at,
    });
    // comments need an author: only threads between demo accounts are written out
    if (!actorId || !s.note || (s.action !== 'return' && s.action !== 'resubmit')) return;
    if (s.action === 'resubmit' && !thread) return;
    const id = stableId(`demo-report-comment:${reportId}:${n}`);
    ctx.batch.comments.push({
      id,
      reportId,
      parentId: s.action === 'resubmit' ? thread : null,
      authorId: actorId,
      body: s.note,
      createdAt: s.at,
    });
    if (s.action === 'return') thread = id;
  });
  for (const kind of evidenceKinds(state, r, rnd)) {
    const f = DEMO_EVIDENCE[kind];
    ctx.batch.evidence.push({
      id: stableId(`demo-evidence:${reportId}:${kind}`),
      reportId,
      sha256: f.sha256,
      fileName: `${f.stem}-${period.code}.${f.extension}`,
      mimeType: f.mimeType,
      sizeBytes: f.bytes.length,
      uploadedBy: reporter,
      createdAt: new Date((steps[0]?.at ?? last.at).getTime() + 30 * 60_000),
    });
  }
  const userId = ctx.users.get(reporterEmail(r) ?? '');
  if (userId && state === 'returned')
    ctx.batch.returned.push({
      userId,
      reportId,
      eventId: stableId(`demo-report-event:${reportId}:${steps.length - 1}`),
      item: r,
      period,
      note: last.note ?? '',
      at: last.at,
    });
  if (userId && state === 'draft') ctx.batch.unfiled.push({ userId, item: r, period });
}

/** The reports of the current RAN's indicators, 2025-TW1 … 2026-TW2. */
export function generateCurrentReports(
  items: ReportableIndicator[],
  users: DemoUsers,
  names: RegionNames,
): ReportBatch {
  const periods = generatePeriods({
    frequency: DEMO_REPORTING.frequency,
    deadlineDays: DEMO_REPORTING.deadlineDays,
    startYear: CURRENT_RAN_YEARS.first,
    endYear: Number(CURRENT_REPORTED_UNTIL.slice(0, 4)),
  }).filter((p) => p.endsOn <= CURRENT_REPORTED_UNTIL);
  const batch: ReportBatch = {
    reports: [],
    events: [],
    comments: [],
    evidence: [],
    returned: [],
    unfiled: [],
  };
  const ctx: Ctx = { users, names, batch };
  const forced = forcedSlots(items);
  for (const r of items) {
    const rnd = random(`demo-report:${r.indicatorId}`);
    const figures = new Map<number, YearFigures>();
    periods.forEach((period, i) => {
      if (!isDue(r, period)) return;
      let year = figures.get(period.year);
      if (!year) {
        year = yearFigures(r.indicator, r.targets, period.year, rnd);
        figures.set(period.year, year);
      }
      const age = periods.length - 1 - i + AGE_OFFSET;
      const slot = forced.get(`${r.indicatorId}:${period.code}`) ?? pickSlot(rnd.next(), age);
      if (slot !== 'missing') {
        addReport(ctx, r, period, slot, year, rnd);
        return;
      }
      const userId = users.get(reporterEmail(r) ?? '');
      if (userId) batch.unfiled.push({ userId, item: r, period });
    });
  }
  return batch;
}
