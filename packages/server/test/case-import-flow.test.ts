import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importFaults } from '../src/features/case-import/run-import.js';
import { queryRows } from '../src/platform/db/client.js';
import {
  addUser,
  type Batch,
  countCases,
  csvText,
  goodRow,
  HEADERS,
  type ImportApp,
  PIC_PASSWORD,
  saveTemplate,
  settle,
  startImportApp,
  upload,
  victimsOf,
} from './case-import-fixture.js';
import { signInAs } from './support/session.js';

/** Preview → confirm → progress, resume, idempotent re-import, update, rollback, scope. */
let t: ImportApp;
const templates: Record<string, string> = {};

beforeAll(async () => {
  t = await startImportApp();
  for (const source of ['bulk', 'resume', 'partial', 'upd'])
    templates[source] = await saveTemplate(t.pic, `Uji ${source}`, source);
});
afterAll(async () => {
  await t?.close();
});
afterEach(() => {
  importFaults.afterChunk = null;
});

const fileOf = (rows: Array<Array<string | number>>) => Buffer.from(csvText([HEADERS, ...rows]));
const many = (n: number) => Array.from({ length: n }, (_, i) => goodRow(i + 1));

async function previewOf(source: string, bytes: Buffer, extra: Record<string, string> = {}) {
  const res = await upload(
    t.pic,
    { name: `${source}.csv`, bytes },
    { templateId: templates[source] as string, ...extra },
  );
  expect(res.status, res.body).toBe(201);
  return res.json<Batch>();
}
async function importAll(source: string, bytes: Buffer, body: Record<string, unknown> = {}) {
  const b = await previewOf(source, bytes);
  const res = await t.pic.request('POST', `/api/case-imports/${b.id}/confirm`, body);
  expect(res.status, res.body).toBe(202);
  return settle(t.pic, b.id);
}
const audits = async (batchId: string) =>
  (
    await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where entity_id = ${batchId} order by id`,
    )
  ).map((r) => r.action);

describe('mapping templates', () => {
  it('lists the built-in HTCDS template with the saved ones, and protects it', async () => {
    const list = (await t.pic.request('GET', '/api/case-import-templates')).json<{
      items: Array<{ id: string; name: string; builtIn: boolean }>;
    }>().items;
    const htcds = list.find((x) => x.name === 'HTCDS 2.0');
    expect(htcds?.builtIn).toBe(true);
    expect(list.filter((x) => x.name.startsWith('Uji '))).toHaveLength(4);
    const edit = await t.pic.request('PATCH', `/api/case-import-templates/${htcds?.id}`, {
      name: 'X',
    });
    expect(edit.status).toBe(403);
  });

  it('refuses unknown codes and a taken name, saves changes and reuses them', async () => {
    const bad = await t.pic.request(
      'POST',
      '/api/case-import-templates',
      {
        name: 'Salah',
        sourceSystem: 'salah',
        columnMap: { sourceRecordId: 'No', reportedOn: 'Tgl' },
        codeMap: { modus: { Tipu: 'penipuan' } },
      },
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path).toBe(
      'codeMap.modus.Tipu',
    );
    const dup = await t.pic.request('POST', '/api/case-import-templates', {
      name: 'uji BULK',
      sourceSystem: 'x',
      columnMap: { sourceRecordId: 'No', reportedOn: 'Tgl' },
    });
    expect(dup.status).toBe(409);
    const id = await saveTemplate(t.pic, 'Sementara', 'tmp');
    const patched = await t.pic.request('PATCH', `/api/case-import-templates/${id}`, {
      codeMap: { modus: { Ngamen: 'eksploitasi_anak' } },
    });
    expect(patched.status, patched.body).toBe(200);
    const again = (await t.pic.request('GET', `/api/case-import-templates/${id}`)).json<{
      codeMap: Record<string, Record<string, string>>;
    }>();
    expect(again.codeMap).toEqual({ modus: { Ngamen: 'eksploitasi_anak' } });
    expect((await t.pic.request('DELETE', `/api/case-import-templates/${id}`)).status).toBe(204);
  });

  it('is for data officers: a case worker may not import', async () => {
    const worker = await signInAs(t.app, 'petugas@sigap.local');
    expect((await worker.request('GET', '/api/case-import-templates')).status).toBe(403);
  });
});

describe('importing', () => {
  it('writes nothing before confirmation, then every row in chunks with progress', async () => {
    const b = await previewOf('bulk', fileOf(many(4500)));
    expect([b.state, b.totalRows, b.validRows, b.processedRows]).toEqual([
      'previewed',
      4500,
      4500,
      0,
    ]);
    expect(await countCases(t, 'bulk')).toBe(0);
    let midway: Batch | null = null;
    importFaults.afterChunk = async (n) => {
      if (n === 1) midway = (await t.pic.request('GET', `/api/case-imports/${b.id}`)).json<Batch>();
    };
    await t.pic.request('POST', `/api/case-imports/${b.id}/confirm`, {});
    const done = await settle(t.pic, b.id);
    expect(midway).toMatchObject({ state: 'importing', processedRows: 2000 });
    expect(done).toMatchObject({ state: 'completed', processedRows: 4500, createdCases: 4500 });
    expect(await countCases(t, 'bulk')).toBe(4500);
    expect(await audits(b.id)).toEqual([
      'case.import.previewed',
      'case.import.confirmed',
      'case.import.chunk',
      'case.import.chunk',
      'case.import.chunk',
      'case.import.completed',
    ]);
    const victims = await victimsOf(t, 'bulk');
    const k7 = victims.find((v) => v.caseId === 'K-7');
    expect(k7).toMatchObject({ name: 'Korban Uji 7', nik: '5371000000000007' });
    expect(k7?.row.name_enc).not.toContain('Korban');
    expect(k7?.row.cluster_id).toBe(k7?.row.id);
    const [events] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from case_events e join cases c on c.id = e.case_id
          where c.source_system = 'bulk' and e.event_type = 'exploitation' and e.country_code = 'MY'`,
    );
    expect(events?.n).toBe(4500);
  });

  it('does not duplicate anything when the same file is imported again', async () => {
    const again = await importAll('bulk', fileOf(many(4500)));
    expect(again).toMatchObject({ state: 'completed', createdCases: 0, updatedCases: 0 });
    expect(await countCases(t, 'bulk')).toBe(4500);
    const [people] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from case_people p join cases c on c.id = p.case_id where c.source_system = 'bulk'`,
    );
    expect(people?.n).toBe(4500);
  });

  it('resumes after an interruption and writes every row once', async () => {
    importFaults.afterChunk = (n) => {
      if (n === 1) throw new Error('simulated crash');
    };
    const failed = await importAll('resume', fileOf(many(4500)));
    expect(failed).toMatchObject({ state: 'failed', processedRows: 2000 });
    expect(JSON.stringify(failed.failure)).toContain('simulated crash');
    expect(await countCases(t, 'resume')).toBe(2000);
    importFaults.afterChunk = null;
    const res = await t.pic.request('POST', `/api/case-imports/${failed.id}/resume`);
    expect(res.status, res.body).toBe(202);
    const done = await settle(t.pic, failed.id);
    expect(done).toMatchObject({ state: 'completed', processedRows: 4500, createdCases: 4500 });
    const [n] = await queryRows<{ cases: number; ids: number }>(
      t.database.db,
      sql`select count(*)::int as cases, count(distinct source_record_id)::int as ids from cases where source_system = 'resume'`,
    );
    expect(n).toEqual({ cases: 4500, ids: 4500 });
    expect((await t.pic.request('POST', `/api/case-imports/${failed.id}/resume`)).status).toBe(409);
  });

  it('rolls an import back as a whole', async () => {
    const [batch] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from case_import_batches where source_system = 'resume'`,
    );
    const id = batch?.id as string;
    const res = await t.pic.request('POST', `/api/case-imports/${id}/rollback`);
    expect(res.status, res.body).toBe(200);
    expect(res.json<Batch>().state).toBe('rolled_back');
    expect(await countCases(t, 'resume')).toBe(0);
    expect(await countCases(t, 'bulk')).toBe(4500);
    expect((await t.pic.request('POST', `/api/case-imports/${id}/rollback`)).status).toBe(409);
  });

  it('imports only the valid rows when the user says so explicitly', async () => {
    const rows = many(3);
    const bad = goodRow(4);
    bad[5] = '130';
    rows.push(bad);
    const b = await previewOf('partial', fileOf(rows));
    expect((await t.pic.request('POST', `/api/case-imports/${b.id}/confirm`, {})).status).toBe(409);
    await t.pic.request('POST', `/api/case-imports/${b.id}/confirm`, { validOnly: true });
    const done = await settle(t.pic, b.id);
    expect(done).toMatchObject({ state: 'completed', createdCases: 3, errorCount: 1 });
    expect(done.errors[0]).toMatchObject({ row: 5, column: 'Umur' });

    // a victim of another import merged into one of this batch's victims blocks the rollback
    const merge = sql`update case_people set cluster_id = (
        select p.id from case_people p join cases c on c.id = p.case_id where c.source_system = 'partial' limit 1)
      where id = (select p.id from case_people p join cases c on c.id = p.case_id where c.source_system = 'bulk' limit 1)`;
    await t.database.db.execute(merge);
    const refused = await t.pic.request('POST', `/api/case-imports/${b.id}/rollback`, undefined, {
      'accept-language': 'en',
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toContain('undo those merges first');
    expect(await countCases(t, 'partial')).toBe(3);
  });

  it('updates existing records on request, and a rollback puts them back', async () => {
    await importAll('upd', fileOf(many(2)));
    const changed = many(3);
    (changed[0] as Array<string | number>)[2] = 'Nama Baru';
    (changed[0] as Array<string | number>)[9] = 'Scam';
    const skip = await importAll('upd', fileOf(changed));
    expect(skip).toMatchObject({ createdCases: 1, updatedCases: 0 });
    const upd = await importAll('upd', fileOf(changed), { existing: 'update' });
    expect(upd).toMatchObject({ createdCases: 0, updatedCases: 3 });
    expect((await victimsOf(t, 'upd')).find((v) => v.caseId === 'K-1')?.name).toBe('Nama Baru');
    const res = await t.pic.request('POST', `/api/case-imports/${upd.id}/rollback`);
    expect(res.status, res.body).toBe(200);
    const after = await victimsOf(t, 'upd');
    expect(after.map((v) => [v.caseId, v.name])).toEqual([
      ['K-1', 'Korban Uji 1'],
      ['K-2', 'Korban Uji 2'],
      ['K-3', 'Korban Uji 3'],
    ]);
    const [k1] = await queryRows<{ modus: string[]; version: number }>(
      t.database.db,
      sql`select modus, version from cases where source_system = 'upd' and source_record_id = 'K-1'`,
    );
    expect(k1).toEqual({ modus: ['pmi_nonprosedural'], version: 1 });
  });
});

describe('scope', () => {
  it('keeps a district’s imports from another district', async () => {
    await addUser(t.admin, 'pic.kabkupang@test.local', 'data_officer', 'regency', '53.01');
    const other = await signInAs(t.app, 'pic.kabkupang@test.local', PIC_PASSWORD);
    const [mine] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select id from case_import_batches where source_system = 'bulk' limit 1`,
    );
    expect((await other.request('GET', `/api/case-imports/${mine?.id}`)).status).toBe(404);
    expect((await other.request('POST', `/api/case-imports/${mine?.id}/rollback`)).status).toBe(
      404,
    );
    const list = (await other.request('GET', '/api/case-imports')).json<{ items: Batch[] }>();
    expect(list.items).toEqual([]);
    const outside = await upload(
      t.pic,
      { name: 'x.csv', bytes: fileOf(many(1)) },
      { templateId: templates.bulk as string, regionCode: '53.01' },
    );
    expect(outside.status).toBe(403);
  });
});
