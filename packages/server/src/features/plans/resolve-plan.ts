import type { Bilingual } from '@sigap/domain';
import { and, eq, gte, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { PlanRow } from './load-matrix.js';
import { plans } from './schema.js';

/** How the CLI names a plan (shown in `sigap plan --help`). */
export const PLAN_REF_HELP = `A plan is named by its id, by its exact title, or by a shorthand:
  ran:2020        the RAN whose period contains 2020
  rad:33:2021     the RAD of province 33 whose period contains 2021
  rad:33.01:2021  the RAD of kabupaten/kota 33.01 whose period contains 2021`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolvePlanRef(
  db: DbOrTx,
  ref: string,
): Promise<{ ok: true; plan: PlanRow } | { ok: false; reason: Bilingual }> {
  const text = ref.trim();
  const ran = /^ran:(\d{4})$/i.exec(text);
  const rad = /^rad:(\d{2}(?:\.\d{2})?):(\d{4})$/i.exec(text);
  let rows: PlanRow[];
  if (UUID.test(text)) rows = await db.select().from(plans).where(eq(plans.id, text));
  else if (ran || rad) {
    const year = Number(ran?.[1] ?? rad?.[2]);
    const region = rad?.[1] ?? null;
    rows = await db
      .select()
      .from(plans)
      .where(
        and(
          eq(plans.kind, ran ? 'ran' : 'rad'),
          region === null ? isNull(plans.regionCode) : eq(plans.regionCode, region),
          lte(plans.startYear, year),
          gte(plans.endYear, year),
        ),
      );
  } else rows = await db.select().from(plans).where(sql`lower(${plans.title}) = lower(${text})`);
  const [only] = rows;
  if (only && rows.length === 1) return { ok: true, plan: only };
  if (rows.length === 0)
    return {
      ok: false,
      reason: {
        id: `Rencana aksi "${text}" tidak ditemukan`,
        en: `No plan matches "${text}"`,
      },
    };
  const list = rows.map((r) => `${r.id} (${r.title})`).join(', ');
  return {
    ok: false,
    reason: {
      id: `"${text}" cocok dengan beberapa rencana aksi; sebut id-nya: ${list}`,
      en: `"${text}" matches several plans; give its id: ${list}`,
    },
  };
}
