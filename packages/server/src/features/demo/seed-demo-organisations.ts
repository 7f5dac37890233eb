import type { DbOrTx } from '../../platform/db/client.js';

/** Regional task forces and service units of the demo (filled in by the task-forces work). */
export async function seedDemoOrganisations(
  _tx: DbOrTx,
  _log: (line: string) => void,
): Promise<void> {}
