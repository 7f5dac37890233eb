import type { Lang, Scope } from '@sigap/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { planWorkbook } from './export-xlsx.js';
import { loadLabels, referencedIds } from './labels.js';
import { currentDocument, loadMatrix } from './load-matrix.js';
import { getVisiblePlan } from './plan-access.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The plan in force as an XLSX file, named after the plan (rencana-aksi-rad-33-2020-2024.xlsx). */
export async function exportPlan(db: DbOrTx, scope: Scope, planId: string, lang: Lang) {
  const plan = await getVisiblePlan(db, scope, planId);
  const doc = currentDocument(plan, await loadMatrix(db, planId));
  const labels = await loadLabels(db, referencedIds([doc]));
  const region = plan.regionCode ? `-${plan.regionCode.replace('.', '-')}` : '';
  return {
    fileName: `rencana-aksi-${plan.kind}${region}-${plan.startYear}-${plan.endYear}.xlsx`,
    buffer: await planWorkbook(doc, labels, lang),
  };
}
