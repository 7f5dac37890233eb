import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { stableId } from '../../platform/stable-id.js';
import { NATIONAL_INSTITUTIONS } from './national-institutions.js';
import { institutionNames, institutions } from './schema.js';

export const institutionId = (code: string) => stableId(`institution:${code}`);

/**
 * Inserts the national K/L with their name history. Rows that exist are left alone: once loaded,
 * institutions belong to the administrators who maintain them.
 */
export async function loadInstitutions(tx: DbOrTx): Promise<void> {
  for (const inst of NATIONAL_INSTITUTIONS) {
    await tx
      .insert(institutions)
      .values({
        id: institutionId(inst.code),
        code: inst.code,
        kind: inst.kind,
        active: inst.active ?? true,
      })
      .onConflictDoNothing();
    const names = [...inst.names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    await tx
      .insert(institutionNames)
      .values(
        names.map((n, i) => ({
          id: stableId(`institution-name:${inst.code}:${n.validFrom}`),
          institutionId: institutionId(inst.code),
          name: n.name,
          abbreviation: n.abbreviation,
          validFrom: n.validFrom,
          validTo: names[i + 1]?.validFrom ?? null,
          legalBasis: n.legalBasis ?? null,
        })),
      )
      .onConflictDoNothing();
  }
  for (const inst of NATIONAL_INSTITUTIONS)
    if (inst.successor) {
      await tx
        .update(institutions)
        .set({ successorId: institutionId(inst.successor) })
        .where(
          and(eq(institutions.id, institutionId(inst.code)), isNull(institutions.successorId)),
        );
    }
}
