import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type AxeViolation,
  DESKTOP,
  hasHorizontalScroll,
  PHONE,
  seriousA11yViolations,
} from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, signIn } from './support/session.js';

const app = demoApp();

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
  // the RAN 2020–2024: revised once, so ?revision=1 shows an earlier matrix
  const ran = await first<{ id: string }>('/api/plans?kind=ran&year=2022', 'id');
  const rad = await first<{ id: string }>('/api/plans?kind=rad&regionCode=33', 'id');
  const report = (state: string) => first<{ id: string }>(`/api/reports?state=${state}`, 'id');
  const [submitted, approved, returned] = await Promise.all(
    ['submitted', 'approved', 'returned'].map(report),
  );
  const nonPlan = await nonPlanId(page);
  const newReport = await newReportPath(page);
  const registry = await casePages(page);
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
    '/plans',
    `/plans/${ran}`,
    // a RAD with one program opened at an activity: its card, budget and indicator table
    `/plans/${rad}#aksi-1.1.1`,
    `/plans/${ran}/revisions`,
    `/plans/${ran}?revision=1`,
    '/plans/import',
    `/plans/import?planId=${ran}`,
    '/plans/alignment',
    '/reports',
    `/reports?planId=${ran}&year=2023&state=approved&latestPerIndicator=true`,
    '/reports/tasks',
    newReport,
    `/reports/${submitted}`,
    `/reports/${approved}`,
    `/reports/${returned}`,
    '/verification',
    '/verification?stage=approve',
    '/non-plan-activities',
    '/non-plan-activities/new',
    `/non-plan-activities/${nonPlan}`,
    '/notifications',
    '/monitoring',
    `/monitoring?planId=${ran}&year=2023`,
    `/monitoring/overdue?planId=${ran}&year=2023`,
    `/monitoring/drill?planId=${ran}&year=2023`,
    `/monitoring/drill?planId=${ran}&year=2023&strategy=pencegahan`,
    '/audit',
    '/account',
    '/account/password',
    '/account/two-factor',
    ...registry,
    '/no-such-page',
  ];
}

/**
 * The case registry's pages (issue 4). The demo has no import nor duplicate pair yet: the
 * administrator uploads a small HTCDS file (a preview, nothing imported) and runs the
 * duplicate detection, so an import and a pair can be opened.
 */
async function casePages(page: Page): Promise<string[]> {
  const cases = await apiGet<Page1<{ id: string }>>(page, '/api/cases?pageSize=1');
  const caseId = cases.body.items[0]?.id;
  if (!caseId) throw new Error('the demo has no case');
  const templates = await apiGet<Page1<{ id: string; builtIn: boolean }>>(
    page,
    '/api/case-import-templates',
  );
  const htcds = templates.body.items.find((t) => t.builtIn)?.id;
  if (!htcds) throw new Error('no built-in HTCDS template');
  const batch = await page.evaluate(async (templateId) => {
    const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
    const csv =
      'sigap_CaseId,sigap_ReportedDate,prs_FirstName,prs_Gender\nA11Y-1,2026-02-03,Rina,female\n';
    const form = new FormData();
    form.append('templateId', templateId);
    form.append('file', new File([csv], 'htcds-a11y.csv', { type: 'text/csv' }));
    const res = await fetch('/api/case-imports', {
      method: 'POST',
      headers: { 'x-csrf-token': me.csrfToken },
      body: form,
    });
    return ((await res.json()) as { id: string }).id;
  }, htcds);
  const run = await page.evaluate(async () => {
    const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
    const res = await fetch('/api/clearing/run', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: '{}',
    });
    return res.status;
  });
  if (run !== 200) throw new Error(`the duplicate detection answered ${run}`);
  const pairs = await apiGet<Page1<{ id: string }>>(page, '/api/clearing/candidates?pageSize=1');
  const pair = pairs.body.items[0]?.id;
  if (!pair) throw new Error('the duplicate detection found no pair in the demo');
  return [
    '/cases',
    '/cases?hasMinor=true',
    '/cases/new',
    `/cases/${caseId}`,
    '/referrals',
    '/referrals?direction=outgoing',
    '/case-imports',
    '/case-imports/new',
    `/case-imports/${batch}`,
    '/case-imports/templates/new',
    `/case-imports/templates/${htcds}`,
    '/clearing',
    '/clearing/merges',
    `/clearing/${pair}`,
    '/case-stats',
    '/public/statistics',
  ];
}

/** A kegiatan non-RAN to open; the administrator records one when the demo has none. */
async function nonPlanId(page: Page): Promise<string> {
  const list = await apiGet<Page1<{ id: string }>>(page, '/api/non-plan-activities');
  const existing = list.body.items[0];
  if (existing) return existing.id;
  return page.evaluate(async () => {
    const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
    const res = await fetch('/api/non-plan-activities', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
      body: JSON.stringify({
        strategy: 'pencegahan',
        title: 'Sosialisasi migrasi aman di sekolah kejuruan',
        startsOn: '2026-03-02',
        endsOn: '2026-03-04',
        narrative: 'Sosialisasi bagi siswa kelas akhir di dua belas SMK.',
        regionCodes: ['33', '33.29'],
        realisedBudget: 25_000_000,
        budgetSource: 'apbn',
      }),
    });
    return ((await res.json()) as { id: string }).id;
  });
}

/** The new-report form for an indicator the administrator's institution may file today. */
async function newReportPath(page: Page): Promise<string> {
  type Matrix = {
    programs: Array<{
      activities: Array<{
        responsibleInstitution: { id: string };
        indicators: Array<{ id: string }>;
      }>;
    }>;
  };
  const me = await apiGet<{ user: { institution: { id: string } } }>(page, '/api/me');
  const year = new Date().getFullYear();
  const plans = await apiGet<Page1<{ id: string }>>(page, `/api/plans?year=${year}&kind=ran`);
  for (const plan of plans.body.items) {
    const calendar = await apiGet<{ periods: Array<{ code: string; acceptsReports: boolean }> }>(
      page,
      `/api/reporting/periods?planId=${plan.id}`,
    );
    const period = calendar.body.periods.find((p) => p.acceptsReports);
    const matrix = await apiGet<Matrix>(page, `/api/plans/${plan.id}`);
    const indicator = matrix.body.programs
      .flatMap((p) => p.activities)
      .find((a) => a.responsibleInstitution.id === me.body.user.institution.id)?.indicators[0];
    if (period && indicator)
      return `/reports/new?planId=${plan.id}&indicatorId=${indicator.id}&periodCode=${period.code}`;
  }
  return '/reports/new';
}

async function audit(page: Page, path: string, phone: boolean) {
  await page.goto(`${app.server.url}${path}`);
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
      const context = await app.browser.newContext({ viewport, bypassCSP: true });
      const page = await context.newPage();
      const phone = viewport.width < 400;
      const problems = await audit(page, '/sign-in', phone);
      await signIn(page, app.server.url, 'admin@sigap.local');
      for (const path of await allPages(page)) problems.push(...(await audit(page, path, phone)));
      await context.close();
      expect(problems).toEqual([]);
      // some seventy pages, each loaded and checked in full
    }, 900_000);
  }
});
