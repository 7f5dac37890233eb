import {
  IMPORT_EVENT_TYPES,
  IMPORT_FIELDS,
  type ImportField,
  ImportOptions,
  type ImportTemplateInput,
  type ImportTemplateView,
} from '@sigap/domain';

/**
 * A mapping template as the editor holds it: every field's headers as a list, every code map as
 * rows (so a half-typed row can exist), and back to the API's shape on save.
 */
export type CodeRow = { key: string; from: string; to: string };
export type TemplateDraft = {
  name: string;
  sourceSystem: string;
  options: ImportOptions;
  columnMap: Record<string, string[]>;
  codeMap: Record<string, CodeRow[]>;
};

let rowSeq = 0;
export const newRowKey = () => `row-${++rowSeq}`;

export function emptyDraft(): TemplateDraft {
  return {
    name: '',
    sourceSystem: '',
    options: ImportOptions.parse({}),
    columnMap: {},
    codeMap: {},
  };
}

export function draftOf(t: ImportTemplateView, copy = false): TemplateDraft {
  return {
    name: copy ? '' : t.name,
    sourceSystem: copy ? '' : t.sourceSystem,
    options: { ...t.options },
    columnMap: Object.fromEntries(
      Object.entries(t.columnMap).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]]),
    ),
    codeMap: Object.fromEntries(
      Object.entries(t.codeMap).map(([list, pairs]) => [
        list,
        Object.entries(pairs).map(([from, to]) => ({ key: newRowKey(), from, to })),
      ]),
    ),
  };
}

export function inputOf(d: TemplateDraft): ImportTemplateInput {
  const columnMap: ImportTemplateInput['columnMap'] = {};
  for (const [key, headers] of Object.entries(d.columnMap)) {
    const clean = headers.map((h) => h.trim()).filter(Boolean);
    if (clean.length === 1 && clean[0]) columnMap[key] = clean[0];
    else if (clean.length > 1) columnMap[key] = clean;
  }
  const codeMap: ImportTemplateInput['codeMap'] = {};
  for (const [list, rows] of Object.entries(d.codeMap)) {
    const pairs = rows.filter((r) => r.from.trim() && r.to.trim());
    if (pairs.length)
      codeMap[list] = Object.fromEntries(pairs.map((r) => [r.from.trim(), r.to.trim()]));
  }
  const options = { ...d.options };
  if (!options.sheet?.trim()) delete options.sheet;
  return {
    name: d.name.trim(),
    sourceSystem: d.sourceSystem.trim(),
    columnMap,
    codeMap,
    options,
  };
}

export const SOURCE_SYSTEM_PATTERN = /^[A-Za-z0-9_.-]+$/;
export const REQUIRED_FIELDS = IMPORT_FIELDS.filter((f) => f.required).map((f) => f.key);

/** The groups the editor shows: the case, its events, the victim. */
export function fieldGroups(): Array<{ id: 'case' | 'events' | 'victim'; fields: ImportField[] }> {
  // exploitationTypes is a case field: an event field is a stage followed by one of four parts
  const isEvent = (f: ImportField) =>
    IMPORT_EVENT_TYPES.some((t) => new RegExp(`^${t}(Date|Region|Country|Place)$`).test(f.key));
  const victimStart = IMPORT_FIELDS.findIndex((f) => f.key === 'victimName');
  return [
    {
      id: 'case',
      fields: IMPORT_FIELDS.filter((f, i) => i < victimStart && !isEvent(f)),
    },
    { id: 'events', fields: IMPORT_FIELDS.filter(isEvent) },
    { id: 'victim', fields: IMPORT_FIELDS.filter((f, i) => i >= victimStart && !isEvent(f)) },
  ];
}

/** Headers the template names: the columns known when no sample file was read. */
export function headersOf(d: TemplateDraft): string[] {
  return [...new Set(Object.values(d.columnMap).flat())];
}
