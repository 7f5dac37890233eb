import { daysBetween, type ReportingPeriod } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { plans } from '../plans/schema.js';
import { periodView, planPeriods, reportingOf, todayInIndonesia } from './plan-periods.js';
import { responsibleReportersJoin } from './report-recipients.js';

type Due = {
  planId: string;
  periodCode: string;
  kind: 'deadline_approaching' | 'report_overdue';
  title: { id: string; en: string };
  /** format() templates: the first %s is the number of indicators, the second their codes. */
  body: { id: string; en: string };
};

/** A text inside a format() template: its own % must not be read as a placeholder. */
const literal = (s: string) => s.replace(/%/g, '%%');

function dueOf(
  plan: { id: string; title: string },
  period: ReportingPeriod,
  kind: Due['kind'],
  today: string,
  closesOn: string,
): Due {
  const t = literal(plan.title);
  const l = period.label;
  const days = daysBetween(today, period.deadline);
  if (kind === 'deadline_approaching')
    return {
      planId: plan.id,
      periodCode: period.code,
      kind,
      title: {
        id: `Batas waktu laporan ${l.id}: ${period.deadline}`,
        en: `Report deadline for ${l.en}: ${period.deadline}`,
      },
      body: {
        id: `${t}: %s indikator belum dilaporkan untuk ${l.id} (%s). Batas waktu ${period.deadline}, ${days} hari lagi.`,
        en: `${t}: %s indicator(s) not reported yet for ${l.en} (%s). The deadline is ${period.deadline}, in ${days} day(s).`,
      },
    };
  return {
    planId: plan.id,
    periodCode: period.code,
    kind,
    title: { id: `Laporan ${l.id} terlambat`, en: `Reports for ${l.en} are overdue` },
    body: {
      id: `${t}: %s indikator belum dilaporkan untuk ${l.id} (%s). Batas waktu ${period.deadline} sudah lewat; laporan masih diterima sampai ${closesOn}.`,
      en: `${t}: %s indicator(s) not reported for ${l.en} (%s). The deadline ${period.deadline} has passed; reports are accepted until ${closesOn}.`,
    },
  };
}

/** The periods of every plan that call for a reminder today. */
async function duePeriods(db: DbOrTx, today: string, daysBefore: number): Promise<Due[]> {
  const rows = await db
    .select({
      id: plans.id,
      title: plans.title,
      startYear: plans.startYear,
      endYear: plans.endYear,
      reporting: plans.reporting,
    })
    .from(plans);
  const out: Due[] = [];
  for (const plan of rows) {
    const settings = reportingOf(plan);
    for (const period of planPeriods(plan)) {
      const view = periodView(period, settings, today);
      if (view.status === 'overdue')
        out.push(dueOf(plan, period, 'report_overdue', today, view.closesOn));
      else if (view.status === 'open' && daysBetween(today, period.deadline) <= daysBefore)
        out.push(dueOf(plan, period, 'deadline_approaching', today, view.closesOn));
    }
  }
  return out;
}

/**
 * Reminds the reporters of every indicator not yet filed (a draft is not filed) in a period
 * whose deadline is near or past: one notification per reporter, plan and period, listing the
 * indicators. One statement for the whole country; the dedupe key makes a repeated sweep add
 * nothing, so it may run as often as wanted.
 */
export async function createDeadlineReminders(
  db: DbOrTx,
  now: Date,
  daysBefore: number,
): Promise<{ approaching: number; overdue: number }> {
  const due = await duePeriods(db, todayInIndonesia(now), daysBefore);
  if (due.length === 0) return { approaching: 0, overdue: 0 };
  const values: SQL = sql.join(
    due.map(
      (d) =>
        sql`(${d.planId}, ${d.periodCode}, ${d.kind}, ${d.title.id}, ${d.title.en}, ${d.body.id}, ${d.body.en})`,
    ),
    sql`, `,
  );
  const rows = await queryRows<{ kind: string }>(
    db,
    sql`with due(plan_id, period_code, kind, title_id, title_en, body_id, body_en) as (values ${values}),
    missing as (
      select u.id as user_id, d.*, a.code || '/' || i.code as code
      from due d
      join plans p on p.id = d.plan_id::uuid
      join plan_indicators i on i.plan_id = p.id and i.retired_in_revision is null
      join plan_activities a on a.id = i.activity_id and a.retired_in_revision is null
      join users u on ${responsibleReportersJoin}
      where not exists (select 1 from progress_reports r
        where r.indicator_id = i.id and r.period_code = d.period_code and r.state <> 'draft')
    ),
    per_user as (
      select user_id, plan_id, period_code, kind, title_id, title_en, body_id, body_en,
        count(*)::text as n,
        array_to_string((array_agg(code order by code))[1:10], ', ')
          || case when count(*) > 10 then ', …' else '' end as codes
      from missing
      group by user_id, plan_id, period_code, kind, title_id, title_en, body_id, body_en
    )
    insert into notifications (user_id, kind, title, body, link, dedupe_key)
    select user_id, kind,
      jsonb_build_object('id', title_id, 'en', title_en),
      jsonb_build_object('id', format(body_id, n, codes), 'en', format(body_en, n, codes)),
      '/reports?planId=' || plan_id || '&periodCode=' || period_code,
      kind || ':' || plan_id || ':' || period_code
    from per_user
    on conflict (user_id, dedupe_key) do nothing
    returning kind`,
  );
  return {
    approaching: rows.filter((r) => r.kind === 'deadline_approaching').length,
    overdue: rows.filter((r) => r.kind === 'report_overdue').length,
  };
}
