import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, hasHorizontalScroll, launchBrowser, PHONE } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';
import { apiGet, signIn } from './support/session.js';

let server: RunningServer;
let browser: Browser;
let workDir: string;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-plans-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
});

type PlanSummary = { id: string; kind: string; regionCode: string | null; title: string };
type PlanDetail = {
  revision: number;
  programs: Array<{
    activities: Array<{ indicators: Array<{ code: string; targets: Record<string, number> }> }>;
  }>;
};

const INDICATOR = '1.1.1.1';

/** The RAN 2020–2024 of the demo (enacted and revised; the 2025–2029 one is a draft). */
async function ranPlan(page: Page): Promise<PlanSummary> {
  const res = await apiGet<{ items: PlanSummary[] }>(page, '/api/plans?kind=ran&year=2022');
  const ran = res.body.items[0];
  if (!ran) throw new Error('the demo data has no RAN');
  return ran;
}

async function planDetail(page: Page, id: string): Promise<PlanDetail> {
  return (await apiGet<PlanDetail>(page, `/api/plans/${id}`)).body;
}

function targetOf(plan: PlanDetail, code: string, year: string): number | undefined {
  for (const p of plan.programs)
    for (const a of p.activities)
      for (const i of a.indicators) if (i.code === code) return i.targets[year];
  return undefined;
}

/** Changes one cell of the exported sheet, found by its header and the indicator code. */
async function editSheet(
  source: string,
  target: string,
  edit: (sheet: ExcelJS.Worksheet, header: Map<string, number>, headerRow: number) => void,
) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(source);
  const sheet = book.worksheets[0];
  if (!sheet) throw new Error('the export has no sheet');
  let headerRow = 0;
  const header = new Map<string, number>();
  sheet.eachRow((row, n) => {
    if (headerRow !== 0) return;
    const cells: string[] = [];
    row.eachCell((c, col) => {
      cells[col] = String(c.value ?? '');
    });
    if (cells.includes('Kode Indikator')) {
      headerRow = n;
      cells.forEach((text, col) => {
        header.set(text, col);
      });
    }
  });
  if (headerRow === 0) throw new Error('no header row in the export');
  edit(sheet, header, headerRow);
  await book.xlsx.writeFile(target);
}

async function upload(page: Page, file: string) {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Periksa berkas' }).click();
  await page.getByTestId('import-preview').waitFor();
}

describe('the Excel round trip through the web app', () => {
  it('exports a plan, finds no change in the untouched sheet, then saves a changed target as a new revision', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'sekretariat@sigap.local');
    const ran = await ranPlan(page);
    const before = await planDetail(page, ran.id);
    const oldTarget = targetOf(before, INDICATOR, '2024');
    expect(oldTarget).toBeTypeOf('number');

    // open the plan from the list and download its sheet
    await page.goto(`${server.url}/plans`);
    await page.getByTestId('plans-table').getByRole('link', { name: ran.title }).click();
    await page.getByRole('heading', { level: 1, name: ran.title }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const exported = path.join(workDir, 'export.xlsx');
    await download.saveAs(exported);

    // the untouched sheet changes nothing and offers nothing to confirm
    await page.getByRole('link', { name: 'Revisi via Excel' }).click();
    await page.waitForURL(/\/plans\/import\?planId=/);
    await page.getByRole('heading', { level: 1, name: 'Revisi via Excel' }).waitFor();
    await page.getByText('Hanya berkas .xlsx (Excel 2007 ke atas), paling besar 10 MB.').waitFor();
    await upload(page, exported);
    await page.getByTestId('import-no-changes').getByText('Tidak ada perubahan').first().waitFor();
    expect(await page.getByTestId('import-confirm').count()).toBe(0);

    // a raised 2024 target is previewed, field by field, and not yet saved
    const raised = (oldTarget ?? 0) + 77;
    const changed = path.join(workDir, 'changed.xlsx');
    await editSheet(exported, changed, (sheet, header, headerRow) => {
      const codeCol = header.get('Kode Indikator');
      const targetCol = header.get('Target 2024');
      if (!codeCol || !targetCol) throw new Error('columns not found');
      sheet.eachRow((row, n) => {
        if (n > headerRow && row.getCell(codeCol).value === INDICATOR)
          row.getCell(targetCol).value = raised;
      });
    });
    await upload(page, changed);
    const preview = page.getByTestId('import-preview');
    await preview.getByTestId('import-valid').waitFor();
    const row = preview.getByRole('row').filter({ hasText: INDICATOR });
    await expect.poll(() => row.count()).toBe(1);
    const rowText = await row.innerText();
    expect(rowText).toContain('Target');
    expect(rowText).toContain(`2024: ${oldTarget}`);
    expect(rowText).toContain(`2024: ${raised}`);
    expect((await planDetail(page, ran.id)).revision).toBe(before.revision);

    // confirming saves it as the next revision and opens the plan
    const next = before.revision + 1;
    await page.getByLabel('Catatan revisi').fill('Target 2024 desa sasaran dinaikkan (uji e2e)');
    await page.getByRole('button', { name: `Simpan sebagai revisi ${next}` }).click();
    await page.waitForURL((url) => url.pathname === `/plans/${ran.id}`);
    await page.getByTestId('plan-revision').getByText(`Revisi ${next}`).waitFor();
    const after = await planDetail(page, ran.id);
    expect(after.revision).toBe(next);
    expect(targetOf(after, INDICATOR, '2024')).toBe(raised);

    // the revision history shows the new revision first, with its note and the change
    await page.getByRole('link', { name: 'Riwayat revisi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riwayat revisi' }).waitFor();
    const newest = page.getByTestId(`revision-${next}`);
    await newest.getByText('Target 2024 desa sasaran dinaikkan (uji e2e)').waitFor();
    const changeRow = newest.getByRole('row').filter({ hasText: INDICATOR });
    await changeRow.first().waitFor();
    expect(await changeRow.innerText()).toContain(`2024: ${raised}`);

    // and the sheet exported now is the revised plan: importing it again changes nothing
    await page.getByRole('link', { name: ran.title }).click();
    await page.getByRole('heading', { level: 1, name: ran.title }).waitFor();
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export').click(),
    ]);
    const reexported = path.join(workDir, 'again.xlsx');
    await again.saveAs(reexported);
    await page.getByRole('link', { name: 'Revisi via Excel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Revisi via Excel' }).waitFor();
    await upload(page, reexported);
    await page.getByTestId('import-no-changes').waitFor();
    await context.close();
  });

  it('shows the row and column of every error in an invalid sheet and writes nothing', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'sekretariat@sigap.local');
    const ran = await ranPlan(page);
    const before = await planDetail(page, ran.id);

    await page.goto(`${server.url}/plans/${ran.id}`);
    await page.getByRole('heading', { level: 1, name: ran.title }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export').click(),
    ]);
    const exported = path.join(workDir, 'for-errors.xlsx');
    await download.saveAs(exported);
    const broken = path.join(workDir, 'broken.xlsx');
    let headerRowNumber = 0;
    let unitLetter = '';
    await editSheet(exported, broken, (sheet, header, headerRow) => {
      const unitCol = header.get('Satuan');
      if (!unitCol) throw new Error('no Satuan column');
      headerRowNumber = headerRow;
      unitLetter = sheet.getColumn(unitCol).letter;
      sheet.getRow(headerRow).getCell(unitCol).value = 'Satuan Ukur';
    });

    await page.goto(`${server.url}/plans/import?planId=${ran.id}`);
    await page.getByRole('heading', { level: 1, name: 'Revisi via Excel' }).waitFor();
    await upload(page, broken);
    await page.getByText(/Berkas belum dapat diimpor: \d+ kesalahan/).waitFor();
    const table = page.getByTestId('import-errors');
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers).toEqual(['Baris', 'Kolom', 'Alasan']);
    const renamed = table.getByRole('row').filter({ hasText: 'Satuan Ukur' });
    const cells = await renamed.getByRole('cell').allInnerTexts();
    expect(cells[0]).toBe(String(headerRowNumber));
    expect(cells[1]).toBe(`${unitLetter} — Satuan Ukur`);
    expect(cells[2]).toMatch(/tidak dikenal/);
    await table.getByRole('row').filter({ hasText: 'Kolom wajib "Satuan" tidak ada' }).waitFor();
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    expect((await planDetail(page, ran.id)).revision).toBe(before.revision);
    await context.close();
  });
});

describe('a new plan from a sheet', () => {
  it('creates the RAD of a province that had none, and the alignment view then counts it', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'sekretariat@sigap.local');
    const rads = await apiGet<{ items: PlanSummary[] }>(page, '/api/plans?kind=rad&regionCode=33');
    const jateng = rads.body.items.find((p) => p.regionCode === '33');
    if (!jateng) throw new Error('the demo data has no RAD for province 33');
    const diy = await apiGet<{ items: PlanSummary[] }>(page, '/api/plans?regionCode=34');
    expect(diy.body.items).toEqual([]);

    await page.goto(`${server.url}/plans/${jateng.id}`);
    await page.getByRole('heading', { level: 1, name: jateng.title }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('plan-export').click(),
    ]);
    const exported = path.join(workDir, 'jateng.xlsx');
    await download.saveAs(exported);
    // the plan block above the table says which plan the sheet is: make it Yogyakarta's
    const title = 'Rencana Aksi Daerah PP TPPO Daerah Istimewa Yogyakarta 2021–2024';
    const sheetFile = path.join(workDir, 'diy.xlsx');
    await editSheet(exported, sheetFile, (sheet, _header, headerRow) => {
      for (let n = 1; n < headerRow; n++) {
        const row = sheet.getRow(n);
        const label = String(row.getCell(1).value ?? '');
        if (label === 'Judul Rencana Aksi') row.getCell(2).value = title;
        if (label === 'Kode Wilayah') row.getCell(2).value = '34';
      }
    });

    await page.goto(`${server.url}/plans`);
    await page.getByRole('link', { name: 'Impor dari Excel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Impor dari Excel' }).waitFor();
    await upload(page, sheetFile);
    await page.getByTestId('import-valid').waitFor();
    await page.getByText('Membuat rencana aksi baru').waitFor();
    expect(
      (await apiGet<{ items: unknown[] }>(page, '/api/plans?regionCode=34')).body.items,
    ).toEqual([]);
    await page.getByRole('button', { name: 'Buat rencana aksi' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByTestId('plan-revision').getByText('Revisi 1').waitFor();

    const ran = await ranPlan(page);
    await page.goto(`${server.url}/plans/alignment?province=34&ranPlanId=${ran.id}`);
    const card = page.getByTestId('alignment-province-34');
    await card.getByRole('link', { name: new RegExp(title) }).waitFor();
    const row = card.getByTestId('alignment-region-34');
    await row.getByText('Memiliki RAD', { exact: true }).waitFor();
    // a copy of Jawa Tengah's RAD implements the same RAN activities
    type Alignment = {
      ranActivities: unknown[];
      regions: Array<{ code: string; coveredActivityIds: string[] }>;
    };
    const view = await apiGet<Alignment>(page, `/api/plans/alignment?ranPlanId=${ran.id}`);
    const covered = view.body.regions.find((r) => r.code === '33')?.coveredActivityIds.length;
    expect(covered).toBeGreaterThan(0);
    await row
      .getByText(`Melaksanakan ${covered} dari ${view.body.ranActivities.length} aksi RAN`)
      .waitFor();
    await context.close();
  });
});

describe('plans in the browser', () => {
  it('shows a province secretariat its own RAD and the RAN, not another province’s RAD', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    // the national secretariat finds the RAD of Nusa Tenggara Timur (53)
    await signIn(page, server.url, 'sekretariat@sigap.local');
    const all = await apiGet<{ items: PlanSummary[] }>(page, '/api/plans?regionCode=53&kind=rad');
    const ntt = all.body.items.find((p) => p.regionCode === '53');
    if (!ntt) throw new Error('the demo data has no RAD for province 53');
    const ran = await ranPlan(page);
    await context.close();

    const jateng = await browser.newContext({ viewport: DESKTOP });
    const own = await jateng.newPage();
    await signIn(own, server.url, 'jateng@sigap.local');
    await own.goto(`${server.url}/plans`);
    const table = own.getByTestId('plans-table');
    await table
      .getByRole('link', { name: /Jawa Tengah/ })
      .first()
      .waitFor();
    await table.getByRole('link', { name: ran.title, exact: true }).waitFor();
    expect(await table.getByText(ntt.title).count()).toBe(0);
    expect(await table.getByText('Nusa Tenggara Timur').count()).toBe(0);
    // the import is for those who manage plans: a province secretariat may (its own RADs)
    await own.getByRole('link', { name: 'Impor dari Excel' }).waitFor();
    // it revises its province's RAD, but only reads the RAN
    await table.getByRole('link', { name: /Provinsi Jawa Tengah/ }).click();
    await own.getByRole('heading', { level: 1, name: /Provinsi Jawa Tengah/ }).waitFor();
    await own.getByRole('link', { name: 'Revisi via Excel' }).waitFor();
    await own.goto(`${server.url}/plans/${ran.id}`);
    await own.getByRole('heading', { level: 1, name: ran.title }).waitFor();
    await own.getByTestId('plan-export').waitFor();
    expect(await own.getByRole('link', { name: 'Revisi via Excel' }).count()).toBe(0);

    // by its address the other province's RAD is not found
    await own.goto(`${server.url}/plans/${ntt.id}`);
    await own.getByTestId('error-state').getByText('Rencana aksi tidak ditemukan').waitFor();
    expect(await own.getByText(ntt.title).count()).toBe(0);
    await jateng.close();
  });

  it('fits the plan detail, opened in full, on a 360 px phone', async () => {
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await signIn(page, server.url, 'analis@sigap.local');
    const ran = await ranPlan(page);
    await page.goto(`${server.url}/plans/${ran.id}`);
    await page.getByRole('heading', { level: 1, name: ran.title }).waitFor();
    await page.getByRole('button', { name: 'Buka semua' }).click();
    await page.getByTestId('plan-activity').first().waitFor();
    expect(await page.getByTestId('plan-activity').count()).toBeGreaterThan(40);
    expect(await hasHorizontalScroll(page)).toBe(false);
    // an analyst reads plans but does not manage them
    expect(await page.getByRole('link', { name: 'Revisi via Excel' }).count()).toBe(0);
    await context.close();
  });
});
