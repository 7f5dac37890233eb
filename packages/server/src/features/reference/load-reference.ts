import { createRequire } from 'node:module';
import { PICKLISTS, type PicklistValue, STRATEGIES } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import countriesLib from 'i18n-iso-countries';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { picklistValues } from '../cases/schema.js';
import { loadInstitutions } from '../institutions/load-institutions.js';
import { idnAreaDataVersion, readAreaFile } from '../regions/idn-area-source.js';
import {
  PROVINCE_FORMATION,
  PROVINCE_SPLITS,
  SINCE_BEFORE_RECORDS,
} from '../regions/province-history.js';
import { regionLineage, regions } from '../regions/schema.js';
import { loadNationalTaskForce } from '../task-forces/load-national-task-force.js';
import { appMeta, countries, strategies } from './schema.js';

const require = createRequire(import.meta.url);
countriesLib.registerLocale(require('i18n-iso-countries/langs/id.json'));
countriesLib.registerLocale(require('i18n-iso-countries/langs/en.json'));

// 2: the national task force and its compositions under Perpres 69/2008, 22/2021, 49/2023.
// 3: the case registry's picklists (issue 4).
const LOADER_VERSION = 3;

function referenceVersion(): string {
  return `v${LOADER_VERSION}|idn-area-data@${idnAreaDataVersion()}`;
}

async function insertChunked<T>(
  items: T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
) {
  for (let i = 0; i < items.length; i += size) await insert(items.slice(i, i + size));
}

/**
 * Loads the reference data every installation needs: 38 provinces and 514 kabupaten/kota with
 * their history, ISO 3166 countries, the six RAN strategies. Runs after every migration and
 * does nothing when the same version is already loaded, so it is cheap on each start.
 */
export async function loadReferenceData(db: Db): Promise<'loaded' | 'current'> {
  const [meta] = await db.select().from(appMeta).where(eq(appMeta.key, 'reference_version'));
  const version = referenceVersion();
  if (meta?.value === version) return 'current';
  await db.transaction(async (tx) => {
    await loadRegions(tx);
    await loadCountries(tx);
    await loadInstitutions(tx);
    await loadNationalTaskForce(tx);
    for (const s of STRATEGIES)
      await tx
        .insert(strategies)
        .values({ code: s.code, number: s.number, nameId: s.id, nameEn: s.en })
        .onConflictDoUpdate({
          target: strategies.code,
          set: { nameId: s.id, nameEn: s.en, number: s.number },
        });
    await loadPicklists(tx);
    await tx
      .insert(appMeta)
      .values({ key: 'reference_version', value: version })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: version, updatedAt: new Date() } });
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'reference.loaded',
      entityType: 'reference',
      after: { version },
    });
  });
  return 'loaded';
}

async function loadRegions(tx: DbOrTx) {
  const provinceFrom = (code: string) => PROVINCE_FORMATION[code]?.date ?? SINCE_BEFORE_RECORDS;
  const provinces = readAreaFile('provinces').map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    level: 'province' as const,
    parentCode: null,
    validFrom: provinceFrom(r.code ?? ''),
  }));
  const regencies = readAreaFile('regencies').map((r) => ({
    code: r.code ?? '',
    name: r.name ?? '',
    level: 'regency' as const,
    parentCode: r.province_code ?? '',
    validFrom: provinceFrom(r.province_code ?? ''),
  }));
  await insertChunked([...provinces, ...regencies], 500, (chunk) =>
    tx
      .insert(regions)
      .values(chunk)
      .onConflictDoUpdate({
        target: regions.code,
        set: {
          name: sql`excluded.name`,
          parentCode: sql`excluded.parent_code`,
          updatedAt: new Date(),
        },
      }),
  );
  for (const split of PROVINCE_SPLITS)
    for (const successor of split.successors) {
      const [exists] = await tx
        .select({ id: regionLineage.id })
        .from(regionLineage)
        .where(
          sql`${regionLineage.predecessorCode} = ${split.predecessor} and ${regionLineage.successorCode} = ${successor.code}`,
        );
      if (!exists)
        await tx.insert(regionLineage).values({
          predecessorCode: split.predecessor,
          successorCode: successor.code,
          event: 'split',
          effectiveDate: successor.date,
          legalBasis: successor.legalBasis,
        });
    }
}

async function loadCountries(tx: DbOrTx) {
  const rows = Object.keys(countriesLib.getAlpha2Codes()).map((code) => ({
    code,
    alpha3: countriesLib.alpha2ToAlpha3(code) ?? code,
    numeric: countriesLib.alpha2ToNumeric(code) ?? '',
    nameId: countriesLib.getName(code, 'id') ?? code,
    nameEn: countriesLib.getName(code, 'en') ?? code,
  }));
  await tx
    .insert(countries)
    .values(rows)
    .onConflictDoUpdate({
      target: countries.code,
      set: {
        nameId: sql`excluded.name_id`,
        nameEn: sql`excluded.name_en`,
        alpha3: sql`excluded.alpha3`,
        numeric: sql`excluded.numeric`,
      },
    });
}

/**
 * The case registry's picklists. Labels and HTCDS names follow the release; values an
 * installation added, and whether a value is active, are left as the administrator set them.
 */
async function loadPicklists(tx: DbOrTx) {
  for (const [list, values] of Object.entries(PICKLISTS) as [string, readonly PicklistValue[]][])
    await tx
      .insert(picklistValues)
      .values(
        values.map((v, i) => ({
          list,
          code: v.code,
          labelId: v.id,
          labelEn: v.en,
          htcds: v.htcds ?? null,
          sort: i,
        })),
      )
      .onConflictDoUpdate({
        target: [picklistValues.list, picklistValues.code],
        set: {
          labelId: sql`excluded.label_id`,
          labelEn: sql`excluded.label_en`,
          htcds: sql`excluded.htcds`,
          sort: sql`excluded.sort`,
        },
      });
}
