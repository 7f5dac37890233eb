import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, signIn } from './support/session.js';

const app = demoApp();

type Completeness = {
  periodCode: string;
  label: { id: string };
  filed: number;
  approved: number;
};
type Dashboard = {
  totals: { completeness: { filed: number; expected: number; missing: number } };
  completeness: Completeness[];
};

/** "1–25 dari 63": the total a list's pager shows. */
async function listTotal(page: Page, testId: string): Promise<number> {
  const table = page.getByTestId(testId);
  await table.locator('tbody tr').first().waitFor();
  await page.waitForLoadState('networkidle');
  const text = await table.getByText(/dari \d+/).innerText();
  return Number(/dari ([\d.]+)/.exec(text)?.[1]?.replaceAll('.', ''));
}

describe('monitoring dashboard: filters, links to the records, drill-down, export', () => {
  it('keeps filters in the address, links figures to their reports, drills to evidence and exports XLSX', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'sekretariat@sigap.local');
    const plans = await apiGet<{ items: Array<{ id: string }> }>(
      page,
      '/api/plans?kind=ran&year=2023',
    );
    const planId = plans.body.items[0]?.id;
    expect(planId).toBeTruthy();

    // a filter chosen on the page lands in the address, and the figures follow it
    await page.goto(`${app.server.url}/monitoring?planId=${planId}&year=2023`);
    await page.getByTestId('dashboard').waitFor();
    await page.getByTestId('dashboard-filters').getByLabel('Strategi').selectOption('pencegahan');
    await page.waitForURL(/strategy=pencegahan/);
    await page.waitForLoadState('networkidle');
    const api = (
      await apiGet<Dashboard>(
        page,
        `/api/monitoring/dashboard?planId=${planId}&year=2023&strategy=pencegahan`,
      )
    ).body;
    const c = api.totals.completeness;
    await page.getByTestId('total-filed').getByText(`${c.filed} dari ${c.expected}`).waitFor();
    const dashboardUrl = page.url();

    // a period's approved count opens the reports it counts
    const period = api.completeness.find((p) => p.approved > 0);
    if (!period) throw new Error('no approved report in 2023');
    const row = page
      .getByTestId('completeness-section')
      .locator('tbody tr')
      .filter({ hasText: period.label.id });
    // the link reads the number, then what it counts
    await row.getByRole('link', { name: new RegExp(`^${period.approved} \\(.*disetujui`) }).click();
    await page.waitForURL(/\/reports\?/);
    expect(new URL(page.url()).searchParams.get('state')).toBe('approved');
    expect(await listTotal(page, 'reports-table')).toBe(period.approved);

    // so does the filed count (submitted, returned, verified or approved)
    await page.goto(dashboardUrl);
    await row.getByRole('link', { name: new RegExp(`^${period.filed} \\(.*masuk`) }).click();
    await page.waitForURL(/\/reports\?/);
    expect(await listTotal(page, 'reports-table')).toBe(period.filed);

    // and the missing reports open the overdue list with the same filters
    await page.goto(dashboardUrl);
    await page.getByTestId('total-missing').getByRole('link').click();
    await page.waitForURL(/\/monitoring\/overdue\?/);
    expect(new URL(page.url()).searchParams.get('strategy')).toBe('pencegahan');
    expect(await listTotal(page, 'overdue-list')).toBe(c.missing);

    // drill-down: strategy → activity → indicator → report → evidence
    await page.goto(dashboardUrl);
    await page
      .getByTestId('achievement-by-strategy')
      .getByRole('link', { name: /^1\. Peningkatan upaya pencegahan$/ })
      .click();
    await page.waitForURL(/\/monitoring\/drill\?/);
    await page.getByTestId('drill-activities').getByRole('link').first().click();
    await page.waitForURL(/activityId=/);
    await page.getByTestId('drill-indicators').getByRole('link').first().click();
    await page.waitForURL(/indicatorId=/);
    const reports = page.getByTestId('drill-reports');
    await reports.locator('tbody tr').first().waitFor();
    await reports
      .getByRole('link', { name: /[1-9]\d* berkas/ })
      .first()
      .click();
    await page.waitForURL(/\/reports\/[0-9a-f-]{36}/);
    const evidence = page.getByTestId('evidence-list').getByRole('link').first();
    await evidence.waitFor();
    const href = (await evidence.getAttribute('href')) ?? '';
    const file = await page.request.get(`${app.server.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-disposition']).toMatch(/^attachment;/);

    // the same view as XLSX, with the same filters
    await page.goto(dashboardUrl);
    await page.getByTestId('dashboard').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = await download.path();
    const bytes = fs.readFileSync(saved);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await context.close();
  });
});
