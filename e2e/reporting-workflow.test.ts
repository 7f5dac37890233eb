import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, hasHorizontalScroll, PHONE } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, apiWrite, signIn } from './support/session.js';

const app = demoApp();

type Me = { user: { institution: { id: string } } };
type Period = { code: string; year: number; acceptsReports: boolean };
type PlanMatrix = {
  programs: Array<{
    strategy: string;
    activities: Array<{
      responsibleInstitution: { id: string };
      indicators: Array<{
        id: string;
        code: string;
        unit: string;
        direction: string;
        targets: Record<string, number>;
      }>;
    }>;
  }>;
};
type Dashboard = {
  totals: {
    achievement: { achievement: number | null };
    completeness: { filed: number; expected: number };
  };
};
type Target = {
  planId: string;
  period: string;
  year: number;
  strategy: string;
  indicator: { id: string; code: string; unit: string; target: number };
};

/**
 * An indicator of a Kemensos activity with a period open today and no report yet, taken from
 * the demo data (its current RAN has open periods); a "higher is better" one, so the expected
 * achievement is simply realised / target.
 */
async function findOpenIndicator(page: Page, kemensosId: string): Promise<Target | null> {
  const year = new Date().getFullYear();
  const plans = await apiGet<{ items: Array<{ id: string }> }>(page, `/api/plans?year=${year}`);
  for (const plan of plans.body.items) {
    const calendar = await apiGet<{ periods: Period[] }>(
      page,
      `/api/reporting/periods?planId=${plan.id}`,
    );
    const matrix = await apiGet<PlanMatrix>(page, `/api/plans/${plan.id}`);
    for (const period of calendar.body.periods.filter((p) => p.acceptsReports))
      for (const program of matrix.body.programs)
        for (const activity of program.activities) {
          if (activity.responsibleInstitution.id !== kemensosId) continue;
          for (const i of activity.indicators) {
            const target = i.targets[String(period.year)] ?? 0;
            if (i.direction !== 'higher_is_better' || target < 10) continue;
            const filed = await apiGet<{ meta: { total: number } }>(
              page,
              `/api/reports?indicatorId=${i.id}&periodCode=${period.code}`,
            );
            if (filed.body.meta.total > 0) continue;
            return {
              planId: plan.id,
              period: period.code,
              year: period.year,
              strategy: program.strategy,
              indicator: { id: i.id, code: i.code, unit: i.unit, target },
            };
          }
        }
  }
  return null;
}

/**
 * Should the demo data have no open period (its plans ended), the secretariat enacts a small
 * RAD around the current year with one Kemensos activity, as a real secretariat would.
 */
async function createPlan(page: Page, kemensosId: string): Promise<Target> {
  const year = new Date().getFullYear();
  const years = [year - 1, year, year + 1];
  const target = 200;
  // a province whose RAD for these years does not exist yet (the demo has RADs for some)
  for (const regionCode of ['11', '13', '14', '15', '16', '17', '18', '19', '21', '34']) {
    const created = await apiWrite<{ id: string; programs: PlanMatrix['programs'] }>(
      page,
      'POST',
      '/api/plans',
      {
        kind: 'rad',
        regionCode,
        title: 'Rencana aksi uji alur pelaporan',
        startYear: years[0],
        endYear: years[2],
        programs: [
          {
            strategy: 'rehabilitasi_sosial',
            code: 'E2E.3',
            title: 'Rehabilitasi sosial korban (uji)',
            activities: [
              {
                code: 'E2E.3.1',
                title: 'Rehabilitasi sosial korban TPPO di sentra Kemensos (uji)',
                responsibleInstitutionId: kemensosId,
                indicators: [
                  {
                    code: 'E2E.3.1.1',
                    name: 'Korban yang memperoleh rehabilitasi sosial (uji)',
                    unit: 'orang',
                    direction: 'higher_is_better',
                    targets: Object.fromEntries(years.map((y) => [String(y), target])),
                  },
                ],
              },
            ],
          },
        ],
      },
    );
    if (created.status === 409) continue;
    expect(created.status).toBe(201);
    const found = await findOpenIndicator(page, kemensosId);
    if (!found) throw new Error('the new plan has no open period');
    return found;
  }
  throw new Error('no province left without a RAD to create a test plan in');
}

async function newPage(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.browser.newContext({ viewport });
  return { context, page: await context.newPage() };
}

/** The report's state, from the badge under its title. */
async function state(page: Page) {
  return page.locator('[data-state]').first().getAttribute('data-state');
}

/** Clicks a workflow button and confirms it, with a note when one is given. */
async function act(page: Page, action: string, note?: string) {
  await page.locator(`[data-testid="report-actions"] [data-action="${action}"]`).click();
  const dialog = page.getByRole('dialog');
  if (note) await dialog.getByRole('textbox').fill(note);
  await dialog.getByTestId('confirm-action').click();
  await dialog.waitFor({ state: 'detached' });
}

async function dashboardFigures(page: Page, url: string) {
  await page.goto(url);
  await page.getByTestId('dashboard').waitFor();
  await page.waitForLoadState('networkidle');
  return {
    achievement: (await page.getByTestId('total-achievement-value').innerText()).trim(),
    filed: (await page.getByTestId('total-filed').innerText()).trim(),
  };
}

/** A percent as the Indonesian interface writes it ("73,0 %"). */
const percentId = (v: number) =>
  `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)} %`;

describe('progress report workflow, from filing to the dashboard', () => {
  it('files with evidence, is returned with a comment, fixed, resubmitted, approved and counted', async () => {
    const verifier = await newPage();
    await signIn(verifier.page, app.server.url, 'sekretariat@sigap.local');
    const reporter = await newPage();
    await signIn(reporter.page, app.server.url, 'pelapor@sigap.local');
    const kemensos = (await apiGet<Me>(reporter.page, '/api/me')).body.user.institution.id;
    const found =
      (await findOpenIndicator(reporter.page, kemensos)) ??
      (await createPlan(verifier.page, kemensos));
    const { planId, period, year, strategy, indicator } = found;
    const first = Math.round(indicator.target * 0.5);
    const fixed = Math.round(indicator.target * 0.73);
    const expected = Math.round((fixed / indicator.target) * 1000) / 10;

    // the dashboard before, for the strategy and Kemensos
    const filters = `planId=${planId}&year=${year}&strategy=${strategy}&institutionId=${kemensos}`;
    const dashUrl = `${app.server.url}/monitoring?${filters}`;
    const dashApi = `/api/monitoring/dashboard?${filters}`;
    const before = await dashboardFigures(verifier.page, dashUrl);
    const beforeApi = (await apiGet<Dashboard>(verifier.page, dashApi)).body;
    const b = beforeApi.totals;
    expect(before.achievement).toContain(
      b.achievement.achievement === null ? '—' : percentId(b.achievement.achievement),
    );
    expect(before.filed).toContain(`${b.completeness.filed} dari ${b.completeness.expected}`);

    // the reporter finds the indicator in "Tugas pelaporan" and files a draft
    const r = reporter.page;
    await r.goto(`${app.server.url}/reports/tasks?planId=${planId}`);
    await r.getByRole('link', { name: `Buat laporan: ${indicator.code} ${period}` }).click();
    await r.getByTestId('report-create-form').waitFor();
    const realised = `Realisasi (${indicator.unit})`;
    await r.getByLabel(realised).fill(String(first));
    await r.getByLabel('Realisasi anggaran').fill('100000000');
    await r.getByLabel('Uraian kegiatan').fill('Rehabilitasi sosial korban di sentra Kemensos.');
    await r.getByLabel('Kendala').fill('Daya tampung sentra terbatas.');
    await r.getByLabel('Tindak lanjut').fill('Kerja sama dengan panti milik daerah.');
    await r.getByLabel('Tambah wilayah: Provinsi').selectOption('31');
    await r.getByRole('button', { name: 'Tambahkan' }).click();
    await r.getByTestId('report-regions').getByText('(31)').waitFor();
    await r.getByRole('button', { name: 'Simpan sebagai draf' }).click();
    await r.waitForURL(/\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = r.url();
    const reportId = reportUrl.split('/').pop() ?? '';
    expect(await state(r)).toBe('draft');

    // evidence: a PDF is accepted; a text file is refused with its own message
    await r.getByTestId('evidence-input').setInputFiles([
      {
        name: 'daftar-hadir.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
      },
      { name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan bukti') },
    ]);
    await r.getByTestId('evidence-list').getByText('daftar-hadir.pdf').waitFor();
    await r
      .getByTestId('upload-results')
      .getByText(/catatan\.txt: .*tidak diterima/)
      .waitFor();
    const download = r.getByTestId('evidence-list').getByRole('link', { name: /daftar-hadir/ });
    expect(await download.getAttribute('href')).toMatch(
      /^\/api\/evidence\/[0-9a-f-]{36}\/download$/,
    );

    // submitted: the reporter has no button left
    await act(r, 'submit');
    await r.locator('[data-state="submitted"]').first().waitFor();
    expect(await r.getByTestId('report-actions').count()).toBe(0);

    // the verifier finds it in the queue and returns it; a return without a comment is refused
    const v = verifier.page;
    await v.goto(`${app.server.url}/verification?planId=${planId}`);
    await v
      .getByTestId('verification-table')
      .getByRole('link', { name: new RegExp(indicator.code.replaceAll('.', '\\.')) })
      .first()
      .click();
    await v.waitForURL(reportUrl);
    await v.locator('[data-testid="report-actions"] [data-action="return"]').click();
    await v.getByRole('dialog').getByTestId('confirm-action').click();
    await v.getByRole('dialog').getByText('Tuliskan apa yang harus diperbaiki pelapor.').waitFor();
    const comment = 'Realisasi tidak sesuai daftar hadir: mohon periksa kembali jumlah korban.';
    await v.getByRole('dialog').getByRole('textbox').fill(comment);
    await v.getByRole('dialog').getByTestId('confirm-action').click();
    await v.locator('[data-state="returned"]').first().waitFor();

    // the reporter sees the notification (the bell counts it) and the comment on the report
    await r.goto(`${app.server.url}/notifications?unread=true`);
    const bell = r.getByTestId('notification-bell');
    await expect
      .poll(async () => Number(await bell.getAttribute('data-unread')))
      .toBeGreaterThan(0);
    const note = r.getByTestId('notification-list').locator('li', { hasText: comment }).first();
    // the title names the report: "Laporan … (2026-TW4) dikembalikan"
    await note.getByText(new RegExp(`${period}\\) dikembalikan`)).waitFor();
    await note.getByRole('link', { name: 'Buka' }).click();
    await r.waitForURL(reportUrl);
    await r.getByTestId('returned-note').getByText(comment).waitFor();
    await r.getByTestId('report-timeline').getByText(comment, { exact: false }).waitFor();
    // and answers in the report's discussion
    const answer = 'Jumlah sudah dicocokkan dengan daftar hadir.';
    await r.getByLabel('Komentar baru').fill(answer);
    await r.getByRole('button', { name: 'Kirim komentar' }).click();
    await r.getByTestId('report-comments').getByText(answer).waitFor();

    // someone else saves in between: the reporter's save is refused (409) and the form reloads
    const loaded = await apiGet<{ version: number }>(r, `/api/reports/${reportId}`);
    const other = await apiWrite(r, 'PATCH', `/api/reports/${reportId}`, {
      version: loaded.body.version,
      kendala: 'Diubah dari tempat lain.',
    });
    expect(other.status).toBe(200);
    await r.getByLabel(realised).fill(String(fixed));
    await r.getByRole('button', { name: 'Simpan perubahan' }).click();
    await r.getByTestId('edit-conflict').waitFor();
    expect(await r.getByLabel('Kendala').inputValue()).toBe('Diubah dari tempat lain.');
    expect(await r.getByLabel(realised).inputValue()).toBe(
      new Intl.NumberFormat('id-ID').format(first),
    );

    // fixed and resubmitted (the unsaved change is saved on the way)
    await r.getByLabel(realised).fill(String(fixed));
    await act(r, 'resubmit');
    await r.locator('[data-state="submitted"]').first().waitFor();
    await r
      .getByTestId('figure-realised')
      .getByText(new Intl.NumberFormat('id-ID').format(fixed))
      .waitFor();

    // the verifier verifies, then approves; the timeline holds every step
    await v.goto(reportUrl);
    // a reply threads under the reporter's comment
    await v.getByRole('button', { name: 'Balas komentar Pelapor Kemensos Demo' }).first().click();
    await v.getByLabel('Balasan').fill('Terima kasih, sudah sesuai.');
    await v.getByRole('button', { name: 'Kirim balasan' }).click();
    await v.getByTestId('report-comments').getByText('Terima kasih, sudah sesuai.').waitFor();
    await act(v, 'verify');
    await v.locator('[data-state="verified"]').first().waitFor();
    await act(v, 'approve');
    await v.locator('[data-state="approved"]').first().waitFor();
    const timeline = v.getByTestId('report-timeline');
    for (const step of ['Ajukan', 'Kembalikan', 'Ajukan ulang', 'Verifikasi', 'Setujui'])
      await timeline.getByText(step, { exact: true }).first().waitFor();

    // the dashboard after: the new achievement and one more report filed, as the API says
    const after = await dashboardFigures(v, dashUrl);
    const a = (await apiGet<Dashboard>(v, dashApi)).body.totals;
    expect(a.completeness.filed).toBe(b.completeness.filed + 1);
    expect(after.filed).toContain(`${a.completeness.filed} dari ${a.completeness.expected}`);
    expect(a.achievement.achievement).not.toBeNull();
    expect(a.achievement.achievement).not.toBe(b.achievement.achievement);
    expect(after.achievement).toContain(percentId(a.achievement.achievement ?? 0));
    expect(after.achievement).not.toBe(before.achievement);
    // the indicator itself now stands at realised / target
    const drill = await apiGet<{
      strategies: Array<{
        activities: Array<{ indicators: Array<{ summary: { achievement: number } }> }>;
      }>;
    }>(v, `/api/monitoring/drill?planId=${planId}&year=${year}&indicatorId=${indicator.id}`);
    const own = drill.body.strategies[0]?.activities[0]?.indicators[0];
    expect(own?.summary.achievement).toBe(expected);

    // the figure links to the reports behind it, ours among them
    await v.getByTestId('total-achievement-value').click();
    await v.waitForURL(/\/reports\?/);
    await v
      .getByTestId('reports-table')
      .getByRole('link', { name: new RegExp(indicator.code.replaceAll('.', '\\.')) })
      .first()
      .waitFor();

    // the report page and the dashboard fit a 360 px phone
    const phone = await newPage(PHONE);
    await signIn(phone.page, app.server.url, 'sekretariat@sigap.local');
    for (const url of [reportUrl, dashUrl]) {
      await phone.page.goto(url);
      await phone.page.getByRole('heading', { level: 1 }).first().waitFor();
      await phone.page.waitForLoadState('networkidle');
      expect(await hasHorizontalScroll(phone.page), url).toBe(false);
    }
    for (const c of [phone, reporter, verifier]) await c.context.close();
  });
});
