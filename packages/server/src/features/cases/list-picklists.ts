import type { PicklistName, PicklistsView } from '@sigap/domain';
import { PICKLIST_NAMES } from '@sigap/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { loadCodeLabels } from './code-labels.js';

/**
 * Every picklist of the case registry from the reference table (not the release's constants: an
 * installation may add values or retire them), each value with both labels, its HTCDS name and
 * whether it is still offered for new records. Lists an installation added appear as well.
 */
export async function listPicklists(db: DbOrTx, only?: string): Promise<PicklistsView> {
  const labels = await loadCodeLabels(db);
  const wanted = only
    ? new Set(
        only
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
    : null;
  const out: PicklistsView = {};
  for (const name of [...PICKLIST_NAMES, ...labels.names()].filter(
    (n, i, all) => all.indexOf(n) === i,
  )) {
    if (wanted && !wanted.has(name)) continue;
    out[name] = labels.list(name as PicklistName).map(({ sort: _sort, ...item }) => item);
  }
  return out;
}
