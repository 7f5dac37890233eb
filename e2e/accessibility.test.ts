import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AxeViolation,
  DESKTOP,
  hasHorizontalScroll,
  launchBrowser,
  PHONE,
  seriousA11yViolations,
} from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';
import { apiGet, signIn } from './support/session.js';

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Page1<T> = { items: T[] };

/** Every page of the app, with real ids from the demo data. */
async function allPages(page: Page): Promise<string[]> {
  const first = async <T extends Record<string, unknown>>(url: string, key: keyof T) => {
    const res = await apiGet<Page1<T>>(page, url);
    const item = res.body.items[0];
    if (!item) throw new Error(`no data at ${url}`);
    return String(item[key]);
  };
  const user = await first<{ id: string }>('/api/users?q=pelapor', 'id');
  const inst = await first<{ id: string }>('/api/institutions?q=KOMINFO', 'id');
  const tf = await first<{ id: string }>('/api/task-forces?level=national', 'id');
  const unit = await first<{ id: string }>('/api/service-units', 'id');
  return [
    '/',
    '/users',
    '/users/new',
    `/users/${user}`,
    `/users/${user}/edit`,
    '/institutions',
    '/institutions/new',
    `/institutions/${inst}`,
    `/institutions/${inst}/edit`,
    '/task-forces',
    '/task-forces/new',
    `/task-forces/${tf}`,
    `/task-forces/${tf}/edit`,
    `/task-forces/${tf}/memberships/new`,
    '/regions',
    '/regions?level=regency&parentCode=53',
    '/regions/new',
    '/regions/lineage/new',
    '/regions/91',
    '/regions/53.01/edit',
    '/service-units',
    '/service-units/new',
    `/service-units/${unit}`,
    `/service-units/${unit}/edit`,
    '/audit',
    '/account',
    '/account/password',
    '/account/two-factor',
    '/no-such-page',
  ];
}

async function audit(page: Page, path: string, phone: boolean) {
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 20_000 });
  // let lists finish loading so the check sees the filled page
  await page.waitForLoadState('networkidle');
  const problems: string[] = [];
  const violations: AxeViolation[] = await seriousA11yViolations(page);
  for (const v of violations)
    problems.push(
      `${path}: [${v.impact}] ${v.id} — ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
  if (phone && (await hasHorizontalScroll(page)))
    problems.push(`${path}: scrolls sideways at 360 px`);
  return problems;
}

describe('accessibility and narrow screens', () => {
  for (const [name, viewport] of [
    ['desktop', DESKTOP],
    ['phone (360 px)', PHONE],
  ] as const) {
    it(`has no serious or critical axe violation on any page — ${name}`, async () => {
      // bypassCSP: axe-core is injected as an inline script, which our CSP rightly forbids
      const context = await browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      const phone = viewport.width < 400;
      const problems = await audit(page, '/sign-in', phone);
      await signIn(page, server.url, 'admin@sigap.local');
      for (const path of await allPages(page)) problems.push(...(await audit(page, path, phone)));
      await context.close();
      expect(problems).toEqual([]);
    });
  }
});
