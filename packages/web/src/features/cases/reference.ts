import { type CaseFieldGroup, type CodeView, caseFieldLabel } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { useFormat } from '../../shared/format.js';
import type { Option } from '../../shared/option-lists.js';
import { countriesQuery, picklistsQuery } from './api.js';

/** The label of a registry field in the current language (CASE_FIELD_LABELS, shared with exports). */
export function useFieldLabel() {
  const { bi } = useFormat();
  return (group: CaseFieldGroup, field: string) => bi(caseFieldLabel(group, field));
}

/**
 * Picklist options from the reference table. Retired values are not offered for new choices,
 * but a value a record already holds stays in its list so editing does not silently drop it.
 */
export function usePicklists() {
  const { bi } = useFormat();
  const query = useQuery(picklistsQuery);
  const lists = query.data ?? {};
  return {
    query,
    options(name: string, keep: string | readonly string[] | null = null): Option[] {
      const held = new Set(keep === null ? [] : typeof keep === 'string' ? [keep] : keep);
      return (lists[name] ?? [])
        .filter((item) => item.active || held.has(item.code))
        .map((item) => ({ value: item.code, label: bi(item) }));
    },
    label(name: string, code: string): string {
      const item = (lists[name] ?? []).find((i) => i.code === code);
      return item ? bi(item) : code;
    },
  };
}

/** Countries by their Indonesian or English name; Indonesia first (most places are at home). */
export function useCountries() {
  const { lang } = useFormat();
  const query = useQuery(countriesQuery);
  const name = (c: { nameId: string; nameEn: string }) => (lang === 'en' ? c.nameEn : c.nameId);
  const items = [...(query.data ?? [])].sort((a, b) =>
    a.code === 'ID' ? -1 : b.code === 'ID' ? 1 : name(a).localeCompare(name(b)),
  );
  return {
    query,
    options: items.map((c) => ({ value: c.code, label: name(c) })),
    name(code: string | null): string {
      if (!code) return '—';
      const c = items.find((x) => x.code === code);
      return c ? name(c) : code;
    },
  };
}

/** A code as the views give it (code and both labels), in the current language. */
export function useCodeText() {
  const { bi } = useFormat();
  return (c: CodeView | null | undefined) => (c ? bi(c) : '—');
}
