/**
 * True for PostgreSQL's unique_violation (23505). Drizzle wraps driver errors, so the code may
 * sit on the error or on its cause; both pg and PGlite report the SQLSTATE as `code`.
 */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    if ('code' in e && e.code === '23505') return true;
    e = 'cause' in e ? e.cause : undefined;
  }
  return false;
}
