import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../src/features/plans/schema.js';
import {
  edited as editedPlan,
  exported as exportedPlan,
  type Preview,
  preview,
  ranDoc,
} from './support/plan-fixtures.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
let jateng: Client;
let ranId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  jateng = await signInAs(t.app, 'jateng@sigap.local');
  const res = await admin.request('POST', '/api/plans', ranDoc());
  expect(res.status, res.body).toBe(201);
  ranId = res.json<{ id: string }>().id;
});
afterAll(() => t.close());

const exported = (lang: 'id' | 'en' = 'id', id = ranId) => exportedPlan(t.app, admin, id, lang);
const edited = (edit: (ws: ExcelJS.Worksheet) => void, lang: 'id' | 'en' = 'id') =>
  editedPlan(t.app, admin, ranId, edit, lang);

describe('export', () => {
  it('writes the plan block, the header and one row per indicator on the first sheet, codes as text', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/plans/${ranId}/export.xlsx`,
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
    });
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="rencana-aksi-ran-2035-2039.xlsx"',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Matrix', 'Instructions']);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([undefined, 'Plan title', 'RAN PP TPPO 2035–2039 (uji)']);
    expect(ws.getCell('B4').value).toBe(2035);
    const header = (ws.getRow(11).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual([
      'Strategy',
      'Program code',
      'Program/focus',
      'Activity code',
    ]);
    expect(header).toHaveLength(26);
    expect(ws.getCell('B12').value).toBe('1.1');
    expect(ws.getCell('B12').numFmt).toBe('@');
    expect(ws.getCell('D12').value).toBe('1.1.1');
    expect(ws.getCell('F12').value).toBe('KEMENPPPA');
    expect(ws.getCell('G12').value).toBe('KEMNAKER; POLRI');
    expect(ws.getCell('W12').value).toBe(250_000_000);
    expect(
      [12, 13, 14, 15].map((r) => `${ws.getCell(`D${r}`).value}/${ws.getCell(`I${r}`).value}`),
    ).toEqual(['1.1.1/a', '1.1.2/a', '5.1.1/a', '5.1.1/b']);
    expect(ws.getCell('D16').value).toBeNull();
  });

  const soffice = ['soffice', 'libreoffice'].find((c) => spawnSync('which', [c]).status === 0);
  it.skipIf(!soffice)(
    `opens in LibreOffice${soffice ? '' : ' (skipped: neither soffice nor libreoffice is installed)'}`,
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-lo-'));
      try {
        const file = path.join(dir, 'plan.xlsx');
        fs.writeFileSync(file, await exported('id'));
        const r = spawnSync(
          soffice ?? 'soffice',
          [
            `-env:UserInstallation=file://${dir}/profile`,
            '--headless', // UTF-8 (76), comma-separated
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76',
            '--outdir',
            dir,
            file,
          ],
          { encoding: 'utf8', timeout: 120_000 },
        );
        expect(r.status, r.stderr).toBe(0);
        const csv = fs.readFileSync(path.join(dir, 'plan.csv'), 'utf8');
        expect(csv).toContain('Judul Rencana Aksi,RAN PP TPPO 2035–2039 (uji)');
        expect(csv).toContain('1.1.1');
        expect(csv).toContain('Penyidikan perkara TPPO');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});

describe('import', () => {
  it('an unchanged export, in either language, changes nothing', async () => {
    for (const lang of ['id', 'en'] as const) {
      const res = await preview(admin, await exported(lang), { lang });
      expect(res.status, res.body).toBe(200);
      expect(res.json<Preview>()).toMatchObject({
        valid: true,
        mode: 'revise',
        planId: ranId,
        noChanges: true,
        importToken: null,
        counts: { programs: 2, activities: 3, indicators: 4 },
        message:
          lang === 'id'
            ? 'Tidak ada perubahan: isi lembar sama dengan rencana aksi'
            : 'No changes: the sheet matches the plan',
      });
    }
  });

  it('previews a changed sheet, applies exactly that on confirm, once', async () => {
    const file = await edited((ws) => {
      ws.getCell('P12').value = 1700;
      ws.spliceRows(13, 1);
    });
    const res = await preview(admin, file, { planId: ranId });
    const p = res.json<Preview>();
    expect(p).toMatchObject({ valid: true, mode: 'revise', noChanges: false });
    expect(p.changes).toMatchObject({
      activities: {
        added: [],
        changed: [],
        retired: [{ code: '1.1.2', title: 'Kurikulum anti-TPPO di sekolah' }],
      },
      indicators: {
        changed: [
          {
            activityCode: '1.1.1',
            code: 'a',
            fields: [
              {
                field: 'targets',
                before: { '2035': 1200, '2036': 1500 },
                after: { '2035': 1200, '2036': 1700 },
              },
            ],
          },
        ],
      },
    });
    const [plan] = await t.database.db.select().from(plans).where(eq(plans.id, ranId));
    expect(plan?.revision).toBe(1);
    const ok = await admin.request(
      'POST',
      '/api/plans/import/confirm',
      {
        importToken: p.importToken,
        note: 'Impor XLSX',
      },
      { 'accept-language': 'en' },
    );
    expect(ok.status, ok.body).toBe(200);
    expect(ok.json()).toEqual({
      planId: ranId,
      mode: 'revise',
      revision: 2,
      message: 'Revision 2 saved',
    });
    const rev = await admin.request('GET', `/api/plans/${ranId}/revisions/2`);
    expect(rev.json<{ note: string }>().note).toBe('Impor XLSX');
    const twice = await admin.request(
      'POST',
      '/api/plans/import/confirm',
      { importToken: p.importToken },
      { 'accept-language': 'en' },
    );
    expect(twice.status).toBe(404);
    expect(twice.json<{ error: { message: string } }>().error.message).toBe(
      'The import preview was not found or was already used; upload the file again',
    );
  });

  it('refuses to confirm a preview of a plan that changed since', async () => {
    const file = await edited((ws) => {
      ws.getCell('Q12').value = 1800;
    });
    const p = (await preview(admin, file, { planId: ranId })).json<Preview>();
    expect(p.noChanges).toBe(false);
    const doc = ranDoc();
    const moved = await admin.request('PUT', `/api/plans/${ranId}/matrix`, doc);
    expect(moved.json<{ revision: number }>().revision).toBe(3);
    const res = await admin.request(
      'POST',
      '/api/plans/import/confirm',
      { importToken: p.importToken },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(409);
    expect(res.json<{ error: { message: string } }>().error.message).toBe(
      'The plan changed since the preview (now revision 3); upload the file again for a new preview',
    );
  });

  it('creates a RAD from a sheet with its plan block, linking RAN activities by code', async () => {
    const file = await edited((ws) => {
      ws.getCell('B1').value = 'RAD PP TPPO Jawa Tengah 2035–2039';
      ws.getCell('B2').value = 'RAD';
      ws.getCell('B3').value = '33';
      for (const r of [12, 13, 14, 15]) ws.getCell(`H${r}`).value = r === 12 ? '1.1.1' : null;
    });
    expect((await preview(jateng, file)).json<Preview>()).toMatchObject({
      valid: true,
      mode: 'create',
      planId: null,
      counts: { programs: 2, activities: 3, indicators: 4 },
      message: 'The sheet is valid; confirm to create this plan',
    });
    const p = (await preview(jateng, file)).json<Preview>();
    const ok = await jateng.request('POST', '/api/plans/import/confirm', {
      importToken: p.importToken,
    });
    expect(ok.status, ok.body).toBe(200);
    const id = ok.json<{ planId: string }>().planId;
    const d = (await jateng.request('GET', `/api/plans/${id}`)).json<{
      kind: string;
      regionCode: string;
      programs: Array<{
        activities: Array<{ code: string; ranActivity: { code: string; planId: string } | null }>;
      }>;
    }>();
    expect([d.kind, d.regionCode]).toEqual(['rad', '33']);
    expect(
      d.programs.flatMap((x) => x.activities).map((a) => [a.code, a.ranActivity?.code ?? null]),
    ).toEqual([
      ['1.1.1', '1.1.1'],
      ['1.1.2', null],
      ['5.1.1', null],
    ]);
    // the same sheet again is now that plan, unchanged
    expect((await preview(jateng, file)).json<Preview>()).toMatchObject({
      mode: 'revise',
      planId: id,
      noChanges: true,
    });
    // the RAN is not Jawa Tengah's to import
    expect((await preview(jateng, await exported('id'))).status).toBe(403);
  });

  it('reads a percentage cell as the percentage shown', async () => {
    const file = await edited((ws) => {
      ws.getCell('O14').value = 0.75;
      ws.getCell('O14').numFmt = '0%';
    });
    const p = (await preview(admin, file)).json<Preview>();
    expect(p.changes?.indicators).toMatchObject({
      changed: [
        {
          activityCode: '5.1.1',
          code: 'a',
          fields: [{ field: 'targets', after: { '2035': 75, '2039': 100 } }],
        },
      ],
    });
  });

  it('reads back every plan in the database from its own export unchanged (the demo’s too)', async () => {
    const list = await admin.request('GET', '/api/plans?pageSize=200');
    const ids = list.json<{ items: Array<{ id: string }> }>().items.map((p) => p.id);
    expect(ids).toContain(ranId);
    for (const id of ids) {
      const p = (await preview(admin, await exported('id', id), { planId: id })).json<Preview>();
      expect([id, p.valid, p.noChanges, p.errors ?? p.changes]).toEqual([
        id,
        true,
        true,
        p.changes,
      ]);
    }
  });
});
