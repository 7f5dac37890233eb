import { type MatchEvent, type PreparedVictim, prepareVictim } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/client.js';

/** One victim record as the duplicate search keeps it in memory: ids and the prepared fields. */
export type SearchedVictim = {
  id: string;
  caseId: string;
  clusterId: string;
  /** The owning case's region (scope); null for a national institution's case. */
  caseRegion: string | null;
  prepared: PreparedVictim;
};

type Row = {
  id: string;
  case_id: string;
  cluster_id: string;
  case_region: string | null;
  reported_on: string;
  name_enc: string | null;
  nik_enc: string | null;
  passport_enc: string | null;
  birth_date_enc: string | null;
  birth_year: number | null;
  age_at_identification: number | null;
  sex: string | null;
  citizenship: string | null;
  address_region_code: string | null;
};

type EventRow = {
  case_id: string;
  event_type: string;
  occurred_on: string | null;
  region_code: string | null;
  country_code: string | null;
};

export async function countVictims(ctx: AppContext): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    ctx.database.readDb,
    sql`select count(*)::int as n from case_people where role = 'victim'`,
  );
  return row?.n ?? 0;
}

/**
 * Every victim record, a batch at a time in id order (keyset paging: each batch is one indexed
 * range read however far the scan has come). Identifying fields are opened here, in memory, and
 * reduced at once to the prepared form; the clear values are not kept and never leave the process.
 */
export async function* streamVictims(
  ctx: AppContext,
  batchSize = 5000,
): AsyncGenerator<SearchedVictim[]> {
  const db = ctx.database.readDb;
  const f = ctx.fields;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await queryRows<Row>(
      db,
      sql`select p.id, p.case_id, p.cluster_id, c.region_code as case_region,
            c.reported_on::text as reported_on, p.name_enc, p.nik_enc, p.passport_enc,
            p.birth_date_enc, p.birth_year, p.age_at_identification, p.sex, p.citizenship,
            p.address_region_code
          from case_people p join cases c on c.id = p.case_id
          where p.role = 'victim' and p.id > ${after}
          order by p.id limit ${batchSize}`,
    );
    if (rows.length === 0) return;
    after = (rows[rows.length - 1] as Row).id;
    const caseIds = [...new Set(rows.map((r) => r.case_id))];
    const events = await queryRows<EventRow>(
      db,
      sql`select case_id, event_type, occurred_on::text as occurred_on, region_code, country_code
          from case_events
          where case_id in (${sql.join(
            caseIds.map((id) => sql`${id}`),
            sql`, `,
          )})
          order by case_id, seq`,
    );
    const eventsOf = new Map<string, MatchEvent[]>();
    for (const e of events) {
      const list = eventsOf.get(e.case_id) ?? [];
      list.push({
        type: e.event_type,
        date: e.occurred_on,
        regionCode: e.region_code,
        countryCode: e.country_code,
      });
      eventsOf.set(e.case_id, list);
    }
    yield rows.map((r) => ({
      id: r.id,
      caseId: r.case_id,
      clusterId: r.cluster_id,
      caseRegion: r.case_region,
      prepared: prepareVictim({
        name: f.openOrNull(r.name_enc),
        nik: f.openOrNull(r.nik_enc),
        passport: f.openOrNull(r.passport_enc),
        birthDate: f.openOrNull(r.birth_date_enc),
        birthYear: r.birth_year,
        age: r.age_at_identification,
        ageOn: r.reported_on,
        sex: r.sex,
        citizenship: r.citizenship,
        regionCode: r.address_region_code,
        events: eventsOf.get(r.case_id) ?? [],
      }),
    }));
  }
}
