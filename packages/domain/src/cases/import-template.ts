import { HTCDS_COLUMN_MAP } from './htcds.js';
import { IMPORT_FIELD_KEYS, IMPORT_FIELDS } from './import-fields.js';
import type { MappedCaseRow } from './import-row.js';
import type { ImportTemplateInput } from './import-schemas.js';
import { CODE_MAP_LISTS } from './import-schemas.js';
import { matchKey, type Text } from './import-values.js';
import { PICKLISTS, type PicklistName } from './picklists.js';

/** Templat pemetaan rules that need no database: field names, lists and codes. */
export type TemplateProblem = { path: string; message: Text };

/**
 * What is wrong with a template before it is saved: unknown Sigap fields, the two fields every
 * import needs, unknown lists, and code-map targets that are not codes of their list
 * (`codesOf` answers the installation's codes, which may extend the built-in picklists).
 */
export function checkTemplate(
  t: Pick<ImportTemplateInput, 'columnMap' | 'codeMap'>,
  codesOf: (list: PicklistName) => ReadonlySet<string>,
): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const key of Object.keys(t.columnMap))
    if (!IMPORT_FIELD_KEYS.has(key))
      problems.push({
        path: `columnMap.${key}`,
        message: { id: `Kolom Sigap "${key}" tidak ada`, en: `There is no Sigap field "${key}"` },
      });
  for (const key of ['sourceRecordId', 'reportedOn'])
    if (!t.columnMap[key]) {
      const label = IMPORT_FIELDS.find((f) => f.key === key)?.label ?? { id: key, en: key };
      problems.push({
        path: `columnMap.${key}`,
        message: {
          id: `${label.id} wajib dipetakan ke satu kolom berkas`,
          en: `${label.en} must be mapped to a column of the file`,
        },
      });
    }
  for (const [list, pairs] of Object.entries(t.codeMap)) {
    if (!(CODE_MAP_LISTS as readonly string[]).includes(list)) {
      problems.push({
        path: `codeMap.${list}`,
        message: { id: `Daftar "${list}" tidak ada`, en: `There is no list "${list}"` },
      });
      continue;
    }
    if (!(list in PICKLISTS)) continue; // regions, countries, units: checked when rows are read
    const codes = codesOf(list as PicklistName);
    for (const [from, to] of Object.entries(pairs))
      if (!codes.has(to))
        problems.push({
          path: `codeMap.${list}.${from}`,
          message: {
            id: `"${to}" bukan kode daftar ${list}`,
            en: `"${to}" is not a code of the list ${list}`,
          },
        });
  }
  return problems;
}

/**
 * A first mapping from a file's headers: each Sigap field takes the first header that matches
 * one of its Indonesian or English aliases or its HTCDS column name. The user corrects the rest.
 */
export function suggestColumnMap(headers: readonly string[]): Record<string, string> {
  const byKey = new Map<string, string>();
  for (const h of headers) if (!byKey.has(matchKey(h))) byKey.set(matchKey(h), h);
  const taken = new Set<string>();
  const out: Record<string, string> = {};
  const htcds = HTCDS_COLUMN_MAP as Record<string, string | string[]>;
  for (const field of IMPORT_FIELDS) {
    const h = htcds[field.key];
    const candidates = [
      ...field.aliases,
      field.label.id,
      field.label.en,
      ...(typeof h === 'string' ? [h] : (h ?? [])),
    ];
    for (const c of candidates) {
      const header = byKey.get(matchKey(c));
      if (header && !taken.has(header)) {
        out[field.key] = header;
        taken.add(header);
        break;
      }
    }
  }
  return out;
}

/** "Siti Aminah" → "S••• A•••": enough to recognise a row in a preview, not to identify anyone. */
function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => `${p[0]}•••`)
    .join(' ');
}
const maskTail = (s: string, keep: number) =>
  s.length <= keep ? '•'.repeat(s.length) : `${'•'.repeat(s.length - keep)}${s.slice(-keep)}`;

/** A mapped row for the preview, identifying values masked. */
export function maskedSample(row: MappedCaseRow): Record<string, unknown> {
  const v = row.victim;
  return {
    row: row.rowNumber,
    sourceRecordId: row.sourceRecordId,
    reportedOn: row.reportedOn,
    source: row.source,
    status: row.status,
    exploitationTypes: row.exploitationTypes,
    modus: row.modus,
    meansOfControl: row.meansOfControl,
    events: row.events,
    victim: v
      ? {
          sourcePersonId: v.sourcePersonId,
          name: v.name ? maskName(v.name) : null,
          nik: v.nik ? maskTail(v.nik, 4) : null,
          passport: v.passport ? maskTail(v.passport, 3) : null,
          contact: v.contact ? maskTail(v.contact, 3) : null,
          address: v.address ? '•••' : null,
          birthDate: v.birthDate ? `${v.birthDate.slice(0, 4)}-••-••` : null,
          ageAtIdentification: v.ageAtIdentification,
          isMinor: v.isMinor,
          sex: v.sex,
          citizenship: v.citizenship,
          addressRegionCode: v.addressRegionCode,
          traffickingStatus: v.traffickingStatus,
        }
      : null,
  };
}
