import {
  type CaseQuery,
  type CaseSummary,
  nameParts,
  normaliseDocumentNumber,
  phoneticKey,
  type VerificationState,
} from '@sigap/domain';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import type { AuthContext } from '../../platform/http/types.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { qualified } from '../shared/qualified.js';
import { accessKindSql, visibleCasesSql } from './case-access.js';
import { iso } from './case-views.js';
import { loadCodeLabels } from './code-labels.js';
import { cases } from './schema.js';

const textArray = (values: string[]) =>
  sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/**
 * The search on people of the case, through blind indexes only: the typed text is normalised and
 * hashed like the stored names and document numbers, never compared in clear. A name matches
 * when every part typed is one of the person's name parts, as written or as it sounds (old
 * spellings: Djoko/Joko), in any order, titles and bin/binti ignored.
 */
export function personSearchSql(fields: FieldCrypto, q: string): SQL {
  // every index key in use: during an index-key rotation rows not yet recomputed still carry the
  // previous key's hashes, and search must find them too (decision 0010)
  const any = (column: SQL, purpose: string, value: string) =>
    sql`${column} = any(${textArray(fields.blindIndexAll(purpose, value))})`;
  const alternatives: SQL[] = [];
  const doc = normaliseDocumentNumber(q);
  if (doc) {
    alternatives.push(any(sql`p.nik_bidx`, 'nik', doc));
    alternatives.push(any(sql`p.passport_bidx`, 'passport', doc));
  }
  const parts = nameParts(q);
  if (parts.length > 0)
    alternatives.push(
      sql.join(
        parts.map(
          (part) =>
            sql`p.name_token_bidx && ${textArray([
              ...fields.blindIndexAll('name-part', part),
              ...fields.blindIndexAll('name-sound', phoneticKey(part)),
            ])}`,
        ),
        sql` and `,
      ),
    );
  if (alternatives.length === 0) return sql`false`;
  // uncorrelated: the blind-index lookups use their indexes once, not once per case row
  return sql`${qualified(cases.id)} in (select p.case_id from case_people p where (${sql.join(
    alternatives.map((a) => sql`(${a})`),
    sql` or `,
  )}))`;
}

const victimCountSql = sql<number>`(select count(*)::int from case_people p
  where p.case_id = ${qualified(cases.id)} and p.role = 'victim')`;
const hasMinorSql = sql<boolean>`exists (select 1 from case_people p
  where p.case_id = ${qualified(cases.id)} and p.role = 'victim' and p.is_minor)`;

/**
 * Cases this user reaches (owner, referral, grant), newest report first; `q` is a case number or
 * a person's name or document number. A list row carries no
 * name and nothing sealed is opened: the numbers, dates, codes and region are enough to pick a
 * case, and opening one is the audited step.
 */
export async function listCases(
  db: DbOrTx,
  ctx: AppContext,
  auth: AuthContext,
  q: CaseQuery,
): Promise<{ items: CaseSummary[]; meta: { page: number; pageSize: number; total: number } }> {
  const where = and(
    visibleCasesSql(auth),
    q.status ? eq(cases.status, q.status) : undefined,
    q.source ? eq(cases.source, q.source) : undefined,
    q.year
      ? sql`${cases.reportedOn} >= ${`${q.year}-01-01`} and ${cases.reportedOn} < ${`${q.year + 1}-01-01`}`
      : undefined,
    q.regionCode
      ? sql`(${cases.regionCode} = ${q.regionCode} or ${cases.regionCode} like ${`${q.regionCode}.%`})`
      : undefined,
    q.verification ? eq(cases.verificationState, q.verification) : undefined,
    q.institutionId ? eq(cases.institutionId, q.institutionId) : undefined,
    q.hasMinor === 'true'
      ? hasMinorSql
      : q.hasMinor === 'false'
        ? sql`not ${hasMinorSql}`
        : undefined,
    q.q
      ? sql`(${cases.caseNumber} = ${q.q.trim().toUpperCase()} or ${personSearchSql(ctx.fields, q.q)})`
      : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals, labels] = await Promise.all([
    db
      .select({
        c: cases,
        regionName: sql<
          string | null
        >`(select rg.name from regions rg where rg.code = ${qualified(cases.regionCode)})`,
        institutionName: currentInstitutionName(cases.institutionId),
        victimCount: victimCountSql,
        hasMinor: hasMinorSql,
        access: accessKindSql(auth),
      })
      .from(cases)
      .where(where)
      .orderBy(desc(cases.reportedOn), desc(cases.caseNumber))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
    loadCodeLabels(db),
  ]);
  const items = rows.map(
    (r): CaseSummary => ({
      id: r.c.id,
      caseNumber: r.c.caseNumber,
      reportedOn: r.c.reportedOn,
      source: labels.of('case_source', r.c.source),
      status: labels.of('case_status', r.c.status),
      exploitationTypes: labels.all('exploitation_type', r.c.exploitationTypes),
      modus: labels.all('modus', r.c.modus),
      verificationState: r.c.verificationState as VerificationState,
      regionCode: r.c.regionCode,
      regionName: r.regionName,
      institution: { id: r.c.institutionId, name: r.institutionName },
      victimCount: r.victimCount,
      hasMinor: r.hasMinor,
      access: r.access,
      createdAt: iso(r.c.createdAt) ?? '',
      updatedAt: iso(r.c.updatedAt) ?? '',
    }),
  );
  return pageOf(items, q, totals[0]?.n ?? 0);
}
