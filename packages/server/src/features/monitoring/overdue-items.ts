import { daysBetween, periodStatus, type StrategyCode } from '@sigap/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type OverdueRow, overdueQuery } from './dashboard-sql.js';
import { institutionRef } from './figures.js';
import { type FrameFilters, type MonitoringFrame, monitoringFrame } from './monitoring-frame.js';
import type { OverdueItem } from './schemas.js';

/** Missing reports as the dashboard and the overdue list show them. */
export function overdueItems(f: MonitoringFrame, rows: OverdueRow[]): OverdueItem[] {
  const periods = new Map(f.periods.map((p) => [p.code, p]));
  return rows.map((r) => {
    const p = periods.get(r.period_code);
    const deadline = p?.deadline ?? '';
    return {
      institution: institutionRef(r),
      strategy: r.strategy as StrategyCode,
      activity: { id: r.activity_id, code: r.activity_code, title: r.activity_title },
      indicator: { id: r.id, code: r.code, name: r.name },
      periodCode: r.period_code,
      deadline,
      status: p ? periodStatus(p, f.today, f.plan.reporting.closingGraceDays) : 'closed',
      daysOverdue: Math.max(0, daysBetween(deadline, f.today)),
      draftReportId: r.draft_id,
    };
  });
}

/**
 * The whole list of missing reports (laporan yang belum masuk), a page at a time: who has not
 * reported what for which period, the most overdue first.
 */
export async function listOverdue(
  db: DbOrTx,
  auth: AuthContext,
  q: FrameFilters & { page: number; pageSize: number },
) {
  const f = await monitoringFrame(db, auth, q);
  const query = overdueQuery(f, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
  const rows = query ? await queryRows<OverdueRow>(db, query) : [];
  let total = rows[0]?.total ?? 0;
  // a page past the end has no row to carry the total: count once more from the start
  if (rows.length === 0 && q.page > 1 && query) {
    const first = await queryRows<OverdueRow>(
      db,
      overdueQuery(f, { limit: 1, offset: 0 }) ?? query,
    );
    total = first[0]?.total ?? 0;
  }
  return {
    items: overdueItems(f, rows),
    meta: { page: q.page, pageSize: q.pageSize, total },
  };
}
