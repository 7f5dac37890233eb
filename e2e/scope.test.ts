import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, signIn } from './support/session.js';

const app = demoApp();

type Unit = { id: string; name: string; regionCode: string };

describe('a district user and another district’s data', () => {
  it('sees only its own kabupaten’s service units and is refused Kota Kupang’s', async () => {
    // the administrator (national scope) finds a unit in Kota Kupang (53.71)
    const adminContext = await app.browser.newContext({ viewport: DESKTOP });
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, app.server.url, 'admin@sigap.local');
    const kota = await apiGet<{ items: Unit[] }>(
      adminPage,
      '/api/service-units?regionCode=53.71&pageSize=5',
    );
    const foreign = kota.body.items[0];
    expect(foreign?.regionCode).toBe('53.71');
    await adminContext.close();

    // the Kabupaten Kupang (53.01) reporter
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'kupang@sigap.local');
    await page.goto(`${app.server.url}/service-units`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const own = await apiGet<{ items: Unit[] }>(page, '/api/service-units?pageSize=100');
    expect(own.body.items.length).toBeGreaterThan(0);
    for (const u of own.body.items) expect(u.regionCode.startsWith('53.01')).toBe(true);
    expect(await page.getByText(foreign?.name ?? '-').count()).toBe(0);

    // opening the other district's unit by its address is refused, in the page and by the API
    await page.goto(`${app.server.url}/service-units/${foreign?.id}`);
    await page
      .getByText(/tidak ditemukan|tidak berwenang/i)
      .first()
      .waitFor();
    expect(await page.getByText(foreign?.name ?? '-').count()).toBe(0);
    const direct = await apiGet<{ error: { code: string } }>(
      page,
      `/api/service-units/${foreign?.id}`,
    );
    expect(direct.status).toBe(404);
    await context.close();
  });
});
