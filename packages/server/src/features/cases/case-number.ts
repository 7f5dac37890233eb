import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';

// Any fixed number: the two-key advisory lock (this, year) serialises numbering per year.
const CASE_NUMBER_LOCK = 727301;
const MAX_PER_YEAR = 999_999;

export function formatCaseNumber(year: number, n: number): string {
  return `TPPO-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * The next `count` case numbers of a year (`TPPO-2024-000123`), for the caller's transaction.
 * The transaction-scoped lock makes concurrent writers of the same year wait for each other,
 * so numbers are unique and without gaps from races; the unique constraint stays the backstop.
 * The range condition lets the unique index find the year's last number without a scan.
 */
export async function nextCaseNumbers(tx: DbOrTx, year: number, count = 1): Promise<string[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CASE_NUMBER_LOCK}, ${year})`);
  const [row] = await queryRows<{ last: string | null }>(
    tx,
    sql`select max(case_number) as last from cases
      where case_number >= ${formatCaseNumber(year, 0)} and case_number <= ${formatCaseNumber(year, MAX_PER_YEAR)}`,
  );
  const last = row?.last ? Number(row.last.slice(-6)) : 0;
  if (last + count > MAX_PER_YEAR)
    throw new Error(`case numbers of ${year} exhausted (${last} + ${count})`);
  return Array.from({ length: count }, (_, i) => formatCaseNumber(year, last + 1 + i));
}
