import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, signIn } from './support/session.js';

const app = demoApp();

type Page = { items: Array<{ id: string }> };
type Dashboard = { plan: { trafficLight: { green: number; yellow: number } } };

describe('traffic-light thresholds in the browser', () => {
  it('the national secretariat changes the RAN’s thresholds and the dashboard uses them', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'sekretariat@sigap.local');
    const ran = (await apiGet<Page>(page, '/api/plans?kind=ran&year=2022')).body.items[0];
    await page.goto(`${app.server.url}/plans/${ran?.id}`);
    await page.getByRole('button', { name: 'Ubah ambang lampu capaian' }).click();
    const form = page.getByTestId('traffic-light-form');
    // out of order first: the server's message shows on the field
    await form.getByLabel('Hijau mulai').fill('40');
    await form.getByRole('button', { name: 'Simpan ambang' }).click();
    await form
      .getByText(/hijau|green/i)
      .nth(1)
      .waitFor();
    expect(await form.isVisible()).toBe(true);
    await form.getByLabel('Hijau mulai').fill('90');
    await form.getByLabel('Kuning mulai').fill('60');
    await form.getByRole('button', { name: 'Simpan ambang' }).click();
    await page.getByText('Hijau ≥ 90 %, kuning ≥ 60 %, merah di bawahnya').waitFor();
    const dash = await apiGet<Dashboard>(
      page,
      `/api/monitoring/dashboard?planId=${ran?.id}&year=2022`,
    );
    expect(dash.body.plan.trafficLight).toEqual({ green: 90, yellow: 60 });
    await context.close();
  });

  it('a user who does not manage the plan is not offered the form', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'analis@sigap.local');
    const ran = (await apiGet<Page>(page, '/api/plans?kind=ran&year=2022')).body.items[0];
    await page.goto(`${app.server.url}/plans/${ran?.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Ubah ambang lampu capaian' }).count()).toBe(0);
    await context.close();
  });
});
