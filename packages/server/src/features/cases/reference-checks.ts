import type { Bilingual, PicklistName } from '@sigap/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { countries } from '../reference/schema.js';
import { regions } from '../regions/schema.js';
import { picklistValues } from './schema.js';

type FieldProblem = { path: string; message: Bilingual };

/**
 * Collects the references a write makes (picklist codes, region codes, countries) and checks them
 * against the reference tables in three queries, so one answer names every bad field at once,
 * in both languages, with the field's label. Picklists are reference data an installation may
 * extend or retire: only active values are accepted for new data.
 */
export function referenceChecks() {
  const codes: Array<{ path: string; label: Bilingual; list: PicklistName; code: string }> = [];
  const regionRefs: Array<{ path: string; label: Bilingual; code: string }> = [];
  const countryRefs: Array<{ path: string; label: Bilingual; code: string }> = [];
  const problems: FieldProblem[] = [];

  return {
    code(path: string, label: Bilingual, list: PicklistName, value: string | null | undefined) {
      if (value) codes.push({ path, label, list, code: value });
    },
    codes(
      path: string,
      label: Bilingual,
      list: PicklistName,
      values: readonly string[] | undefined,
    ) {
      for (const [i, v] of (values ?? []).entries())
        codes.push({ path: `${path}.${i}`, label, list, code: v });
    },
    region(path: string, label: Bilingual, code: string | null | undefined) {
      if (code) regionRefs.push({ path, label, code });
    },
    country(path: string, label: Bilingual, code: string | null | undefined) {
      if (code) countryRefs.push({ path, label, code });
    },
    /** A problem the caller found itself, reported with the others. */
    problem(path: string, message: Bilingual) {
      problems.push({ path, message });
    },
    async run(db: DbOrTx): Promise<void> {
      const out = [...problems];
      if (codes.length > 0) {
        const lists = [...new Set(codes.map((c) => c.list))];
        const rows = await db
          .select({ list: picklistValues.list, code: picklistValues.code })
          .from(picklistValues)
          .where(and(inArray(picklistValues.list, lists), eq(picklistValues.active, true)));
        const known = new Set(rows.map((r) => `${r.list}\u0000${r.code}`));
        for (const c of codes)
          if (!known.has(`${c.list}\u0000${c.code}`))
            out.push({
              path: c.path,
              message: {
                id: `${c.label.id}: kode "${c.code}" tidak ada dalam daftar pilihan`,
                en: `${c.label.en}: "${c.code}" is not a known code of the picklist`,
              },
            });
      }
      if (regionRefs.length > 0) {
        const rows = await db
          .select({ code: regions.code })
          .from(regions)
          .where(inArray(regions.code, [...new Set(regionRefs.map((r) => r.code))]));
        const known = new Set(rows.map((r) => r.code));
        for (const r of regionRefs)
          if (!known.has(r.code))
            out.push({
              path: r.path,
              message: {
                id: `${r.label.id}: kode wilayah "${r.code}" tidak dikenal`,
                en: `${r.label.en}: unknown region code "${r.code}"`,
              },
            });
      }
      if (countryRefs.length > 0) {
        const rows = await db
          .select({ code: countries.code })
          .from(countries)
          .where(inArray(countries.code, [...new Set(countryRefs.map((r) => r.code))]));
        const known = new Set(rows.map((r) => r.code));
        for (const r of countryRefs)
          if (!known.has(r.code))
            out.push({
              path: r.path,
              message: {
                id: `${r.label.id}: kode negara "${r.code}" tidak dikenal`,
                en: `${r.label.en}: unknown country code "${r.code}"`,
              },
            });
      }
      const first = out[0];
      if (first) throw new AppError('VALIDATION_FAILED', first.message, out);
    },
  };
}

export type ReferenceChecks = ReturnType<typeof referenceChecks>;
