import type { Lang, TrafficLight } from '@sigap/domain';
import ExcelJS from 'exceljs';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { dashboardSheets } from './dashboard-sheets.js';
import { getDashboard } from './get-dashboard.js';
import type { FrameFilters } from './monitoring-frame.js';
import type { DashboardView } from './schemas.js';

/**
 * The dashboard as a workbook, one sheet per view (dashboard-sheets.ts). The missing-reports
 * sheet holds every missing report up to EXPORT_OVERDUE_LIMIT rows, and says so when cut.
 */
export const EXPORT_OVERDUE_LIMIT = 50_000;

const LIGHT_FILL: Record<TrafficLight, string> = {
  green: 'FFC6EFCE',
  yellow: 'FFFFEB9C',
  red: 'FFFFC7CE',
  grey: 'FFE7E6E6',
};

export async function dashboardWorkbook(v: DashboardView, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = new Date();
  for (const s of dashboardSheets(v, lang)) {
    const ws = wb.addWorksheet(s.name[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(s.head.map((h) => h[lang]));
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE8F3' } };
    // codes such as "33.01" and "2024-TW1" stay text, never numbers or dates
    for (const row of s.rows)
      ws.addRow(row).eachCell((c) => {
        if (typeof c.value === 'string') c.numFmt = '@';
      });
    s.head.forEach((h, i) => {
      ws.getColumn(i + 1).width = Math.min(60, Math.max(12, h[lang].length + 2));
    });
    for (const c of s.percents) ws.getColumn(c).numFmt = '0.0';
    for (const c of s.money ?? []) ws.getColumn(c).numFmt = '#,##0';
    const lights = s.lights;
    if (lights)
      lights.codes.forEach((light, i) => {
        ws.getRow(i + 2).getCell(lights.column).fill = {
          type: 'pattern',
          pattern: 'solid',
          fgColor: { argb: LIGHT_FILL[light] },
        };
      });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportDashboard(db: DbOrTx, auth: AuthContext, q: FrameFilters, lang: Lang) {
  const view = await getDashboard(db, auth, q, { overdueLimit: EXPORT_OVERDUE_LIMIT });
  const suffix = [v(q.periodCode), v(q.strategy)].filter(Boolean).join('-');
  return {
    buffer: await dashboardWorkbook(view, lang),
    fileName: `monitoring-${view.plan.kind}${view.plan.regionCode ? `-${view.plan.regionCode}` : ''}-${view.year}${suffix ? `-${suffix}` : ''}.xlsx`,
  };
}

const v = (s: string | undefined) => s?.replace(/[^A-Za-z0-9_-]/g, '') ?? '';
