import type { CodeView, PicklistItem, PicklistName } from '@sigap/domain';
import { and, asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { countries } from '../reference/schema.js';
import { regions } from '../regions/schema.js';
import { picklistValues } from './schema.js';

export type CodeLabels = {
  /** The code with its labels; a code no longer in the list keeps showing as itself. */
  of(list: PicklistName, code: string): CodeView;
  ofNullable(list: PicklistName, code: string | null): CodeView | null;
  all(list: PicklistName, codes: readonly string[]): CodeView[];
  /** The list's values in their order (sort), active and retired. */
  list(list: PicklistName): Array<PicklistItem & { sort: number }>;
  /** Names of the lists in the table (the release's, and any an installation added). */
  names(): string[];
};

/** The picklists (a few hundred rows), read once per request to label every code of a view. */
export async function loadCodeLabels(db: DbOrTx): Promise<CodeLabels> {
  const rows = await db
    .select()
    .from(picklistValues)
    .orderBy(asc(picklistValues.list), asc(picklistValues.sort), asc(picklistValues.code));
  const byKey = new Map(rows.map((r) => [`${r.list}\u0000${r.code}`, r]));
  const of = (list: PicklistName, code: string): CodeView => {
    const r = byKey.get(`${list}\u0000${code}`);
    return { code, id: r?.labelId ?? code, en: r?.labelEn ?? code };
  };
  return {
    of,
    ofNullable: (list, code) => (code === null ? null : of(list, code)),
    all: (list, codes) => codes.map((c) => of(list, c)),
    list: (list) =>
      rows
        .filter((r) => r.list === list)
        .map((r) => ({
          code: r.code,
          id: r.labelId,
          en: r.labelEn,
          htcds: r.htcds,
          active: r.active,
          sort: r.sort,
        })),
    names: () => [...new Set(rows.map((r) => r.list))],
  };
}

export type PlaceNames = {
  region(code: string | null): string | null;
  country(code: string | null): { id: string; en: string } | null;
};

/** Names of the regions and countries a view mentions, in two queries. */
export async function loadPlaceNames(
  db: DbOrTx,
  regionCodes: ReadonlyArray<string | null>,
  countryCodes: ReadonlyArray<string | null> = [],
): Promise<PlaceNames> {
  const rc = [...new Set(regionCodes.filter((c): c is string => Boolean(c)))];
  const cc = [...new Set(countryCodes.filter((c): c is string => Boolean(c)))];
  const [regionRows, countryRows] = await Promise.all([
    rc.length
      ? db
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(inArray(regions.code, rc))
      : Promise.resolve([]),
    cc.length
      ? db
          .select({ code: countries.code, id: countries.nameId, en: countries.nameEn })
          .from(countries)
          .where(and(inArray(countries.code, cc)))
      : Promise.resolve([]),
  ]);
  const r = new Map(regionRows.map((x) => [x.code, x.name]));
  const c = new Map(countryRows.map((x) => [x.code, { id: x.id, en: x.en }]));
  return {
    region: (code) => (code ? (r.get(code) ?? null) : null),
    country: (code) => (code ? (c.get(code) ?? null) : null),
  };
}
