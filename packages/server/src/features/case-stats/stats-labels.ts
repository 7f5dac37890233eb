import {
  type AgeBand,
  CTDC_AGE_BANDS,
  type PicklistName,
  SERVICE_COMPLETION,
  SERVICE_COMPLETION_LABELS,
  SIMFONI_AGE_BANDS,
  type StatsDimension,
  UNKNOWN_LABEL,
} from '@sigap/domain';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { picklistValues } from '../cases/schema.js';
import { countries } from '../reference/schema.js';
import { regions } from '../regions/schema.js';

/**
 * Labels (Indonesian and English) and display order of the values in a breakdown: picklists from
 * `picklist_values` (an installation may rename or add values), places from the regions and
 * countries tables, age bands and service completion from @sigap/domain.
 */
export type Label = { id: string; en: string };
export type KeyInfo = { label: Label; order: number };
export type Labeller = (dimension: StatsDimension, key: string | null) => KeyInfo;

const PICKLIST_OF: Partial<Record<StatsDimension, PicklistName>> = {
  sex: 'sex',
  exploitationType: 'exploitation_type',
  modus: 'modus',
  legalOutcome: 'legal_step',
  serviceType: 'service_type',
};
const PLACES = new Set<StatsDimension>([
  'originProvince',
  'originRegency',
  'destination',
  'destinationRegency',
  'countryOfExploitation',
  'citizenship',
]);
const BANDS: Partial<Record<StatsDimension, readonly AgeBand[]>> = {
  ageSimfoni: SIMFONI_AGE_BANDS,
  ageCtdc: CTDC_AGE_BANDS,
};

function bandLabel(b: AgeBand): Label {
  const span = b.to === null ? `${b.from}+` : `${b.from}–${b.to}`;
  return { id: `${span} tahun`, en: `${span} years` };
}

/** Loads what the keys need in three small queries and answers per key. */
export async function loadLabeller(
  db: DbOrTx,
  keys: ReadonlyArray<{ dim: StatsDimension; key: string | null }>,
): Promise<Labeller> {
  const lists = new Set<PicklistName>();
  const regionCodes = new Set<string>();
  const countryCodes = new Set<string>();
  for (const { dim, key } of keys) {
    const list = PICKLIST_OF[dim];
    if (list) lists.add(list);
    if (!PLACES.has(dim) || key === null) continue;
    if (/^\d/.test(key)) regionCodes.add(key);
    else countryCodes.add(key);
  }
  const [picks, regs, ctrs] = await Promise.all([
    lists.size
      ? db
          .select()
          .from(picklistValues)
          .where(inArray(picklistValues.list, [...lists]))
      : [],
    regionCodes.size
      ? db
          .select({ code: regions.code, name: regions.name })
          .from(regions)
          .where(inArray(regions.code, [...regionCodes]))
      : [],
    countryCodes.size
      ? db
          .select({ code: countries.code, nameId: countries.nameId, nameEn: countries.nameEn })
          .from(countries)
          .where(inArray(countries.code, [...countryCodes]))
      : [],
  ]);
  const pick = new Map(picks.map((p) => [`${p.list}|${p.code}`, p]));
  const region = new Map(regs.map((r) => [r.code, r.name]));
  const country = new Map(ctrs.map((c) => [c.code, c]));

  return (dim, key) => {
    if (key === null) return { label: UNKNOWN_LABEL, order: Number.MAX_SAFE_INTEGER };
    const list = PICKLIST_OF[dim];
    if (list) {
      const p = pick.get(`${list}|${key}`);
      return p
        ? { label: { id: p.labelId, en: p.labelEn }, order: p.sort }
        : { label: { id: key, en: key }, order: 1e9 };
    }
    const bands = BANDS[dim];
    if (bands) {
      const i = bands.findIndex((b) => b.code === key);
      const band = bands[i];
      return band
        ? { label: bandLabel(band), order: i }
        : { label: { id: key, en: key }, order: 1e9 };
    }
    if (dim === 'serviceCompletion') {
      const i = SERVICE_COMPLETION.indexOf(key as (typeof SERVICE_COMPLETION)[number]);
      const label = SERVICE_COMPLETION_LABELS[key as (typeof SERVICE_COMPLETION)[number]];
      return { label: label ?? { id: key, en: key }, order: i < 0 ? 1e9 : i };
    }
    if (dim === 'year') return { label: { id: key, en: key }, order: Number(key) };
    // places: Indonesian regions by code first, then countries by name
    const name = region.get(key);
    if (name !== undefined) return { label: { id: name, en: name }, order: 0 };
    const c = country.get(key);
    if (c) return { label: { id: c.nameId, en: c.nameEn }, order: 1 };
    return { label: { id: key, en: key }, order: 2 };
  };
}
