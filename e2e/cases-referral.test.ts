import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser } from './support/browser.js';
import { daysAgo, pickRegion } from './support/cases.js';
import { type RunningServer, startServer } from './support/server.js';
import { apiGet, apiWrite, signIn } from './support/session.js';

/**
 * A victim found in Kota Kupang (53.71) comes from Kabupaten Kupang (53.01): the case worker
 * records the case and refers her home, the origin region accepts; and a case worker of
 * Kabupaten Kupang reaches another district's case only through break-the-glass.
 */
let server: RunningServer;
let browser: Browser;

// the demo has no case worker in Kabupaten Kupang (its kupang@ account is a plan reporter)
const ORIGIN_WORKER = 'petugas.kabkupang@sigap.local';
const ORIGIN_PASSWORD = 'kabupaten-kupang-2026';
const VICTIM = 'Yohana Nitbani Lake';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const page = await signedIn('admin@sigap.local');
  const me = await apiGet<{ user: { institution: { id: string } } }>(page, '/api/me');
  const created = await apiWrite(page, 'POST', '/api/users', {
    email: ORIGIN_WORKER,
    fullName: 'Petugas Kabupaten Kupang',
    role: 'case_worker',
    institutionId: me.body.user.institution.id,
    scopeLevel: 'regency',
    scopeRegionCode: '53.01',
    password: ORIGIN_PASSWORD,
    mustChangePassword: false,
  });
  expect(created.status).toBe(201);
  await page.context().close();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signedIn(email: string, password?: string): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await signIn(page, server.url, email, password);
  return page;
}

type Referral = { id: string; caseId: string; caseNumber: string; status: string };
type CaseDetail = {
  caseNumber: string;
  access: string;
  people: Array<{ role: string; identity: { name: string | null } | null }>;
  referrals: Referral[];
};

/** The case form, filled as a case worker would: case, recruitment event, first victim. */
async function recordCase(page: Page): Promise<{ id: string; caseNumber: string }> {
  await page.goto(`${server.url}/cases/new`);
  const form = page.getByTestId('case-form');
  await pickRegion(form, 'Wilayah kasus', '53', '53.71');
  await form.getByRole('textbox', { name: /^Tanggal laporan/ }).fill(daysAgo(2));
  await form.getByTestId('case-source').selectOption('case_management');
  await form
    .getByRole('group', { name: 'Bentuk eksploitasi' })
    .getByRole('checkbox', { name: 'Kerja paksa' })
    .check();
  // recruited at home in Kabupaten Kupang
  await form.getByRole('textbox', { name: /^Tanggal peristiwa \(Peristiwa 1\)/ }).fill(daysAgo(90));
  await pickRegion(form, 'Wilayah (Indonesia) (Peristiwa 1)', '53', '53.01');
  await form.getByRole('textbox', { name: 'Nama', exact: true }).fill(VICTIM);
  await form.getByRole('combobox', { name: 'Jenis kelamin' }).selectOption('female');
  await form.getByRole('textbox', { name: 'Tanggal lahir' }).fill('1999-04-17');
  await pickRegion(form, 'Wilayah alamat', '53', '53.01');
  await form.getByRole('button', { name: 'Simpan kasus' }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const heading = page.getByRole('heading', { level: 1, name: /^Kasus TPPO-/ });
  await heading.waitFor();
  const caseNumber = (await heading.innerText()).replace(/^Kasus /, '').trim();
  return { id: page.url().split('/').at(-1) ?? '', caseNumber };
}

describe('a victim referred to her region of origin', () => {
  it('is recorded with a service, referred with consent, and accepted by the origin region', async () => {
    const worker = await signedIn('petugas@sigap.local');
    const { id: caseId, caseNumber } = await recordCase(worker);
    const victims = worker.getByTestId('case-victims');

    // a service on her road to recovery
    await victims.getByRole('button', { name: 'Tambah layanan Korban 1' }).click();
    const service = worker.getByTestId('service-form');
    await service.getByRole('combobox', { name: /^Jenis layanan/ }).selectOption('psychosocial');
    await service
      .getByRole('combobox', { name: 'Unit pemberi layanan' })
      .selectOption({ label: 'UPTD PPA Kota Kupang — Kota Kupang' });
    await service.getByRole('combobox', { name: 'Status layanan' }).selectOption('in_progress');
    await service.getByRole('textbox', { name: 'Tanggal mulai' }).fill(daysAgo(1));
    await service.getByRole('button', { name: 'Simpan' }).click();
    await service.waitFor({ state: 'detached' });
    const services = victims.getByRole('table', { name: 'Layanan untuk Korban 1' });
    await services.getByRole('cell', { name: 'Dukungan psikososial', exact: true }).waitFor();
    await services.getByRole('cell', { name: 'UPTD PPA Kota Kupang', exact: true }).waitFor();

    // her consent to share her data with the unit she is referred to
    await victims.getByRole('button', { name: 'Catat persetujuan Korban 1' }).click();
    const consent = worker.getByTestId('consent-form');
    await consent
      .getByRole('combobox', { name: /^Jenis persetujuan/ })
      .selectOption('share_for_referral');
    await consent.getByRole('radio', { name: 'diberikan', exact: true }).check();
    await consent.getByRole('button', { name: 'Simpan' }).click();
    await consent.waitFor({ state: 'detached' });
    await victims.getByText(/Berbagi data untuk rujukan: diberikan/).waitFor();

    // the referral home: targets anywhere in the country, from referral-targets
    await victims.getByRole('button', { name: 'Rujuk Korban 1' }).click();
    const referral = worker.getByTestId('referral-form');
    await pickRegion(referral, 'Wilayah tujuan', '53', '53.01');
    const targets = await apiGet<{ items: Array<{ id: string; name: string }> }>(
      worker,
      '/api/service-units/referral-targets?regionCode=53.01&pageSize=50',
    );
    const uptd = targets.body.items.find((u) => u.name === 'UPTD PPA Kabupaten Kupang');
    expect(uptd).toBeDefined();
    const unit = referral.getByTestId('referral-unit');
    await unit.selectOption({ label: 'UPTD PPA Kabupaten Kupang — Kabupaten Kupang' });
    expect(await unit.inputValue()).toBe(uptd?.id);
    await referral
      .getByRole('group', { name: 'Layanan yang diminta' })
      .getByRole('checkbox', { name: 'Reintegrasi' })
      .check();
    await referral
      .getByRole('textbox', { name: /^Alasan rujukan/ })
      .fill('Korban kembali ke daerah asal; perlu pendampingan reintegrasi.');
    await referral.getByText(/Korban telah memberi persetujuan berbagi data/).waitFor();
    expect(await referral.getByTestId('referral-share').isChecked()).toBe(true);
    await referral.getByRole('button', { name: 'Kirim rujukan' }).click();
    await referral.waitFor({ state: 'detached' });
    const sent = worker.getByTestId('case-referrals');
    await sent.getByText('Dikirim', { exact: true }).waitFor();
    await sent.getByText('Data identitas ikut dirujuk').waitFor();

    // the origin region's case worker accepts it from the incoming list
    const origin = await signedIn(ORIGIN_WORKER, ORIGIN_PASSWORD);
    await origin.goto(`${server.url}/referrals`);
    const incoming = origin.getByTestId('referrals-incoming');
    await incoming.getByRole('link', { name: caseNumber }).waitFor();
    // before accepting, the case itself stays closed to the origin region
    const early = await apiGet<{ error: { code: string } }>(origin, `/api/cases/${caseId}`);
    expect(early.status).toBe(403);
    await incoming.getByRole('button', { name: `Terima ${caseNumber}` }).click();
    await origin.getByRole('dialog').getByRole('button', { name: 'Terima' }).click();
    await origin.getByRole('dialog').waitFor({ state: 'detached' });
    const row = incoming.getByRole('row').filter({ hasText: caseNumber });
    await row.getByText('Diterima', { exact: true }).waitFor();

    const answered = await apiGet<{ items: Referral[] }>(
      origin,
      '/api/referrals?direction=incoming&pageSize=100',
    );
    expect(answered.body.items.find((r) => r.caseId === caseId)?.status).toBe('accepted');

    // the accepting side now reaches the case, and with her consent, her name
    await incoming.getByRole('link', { name: caseNumber }).click();
    await origin.getByRole('heading', { level: 1, name: `Kasus ${caseNumber}` }).waitFor();
    await origin.getByText(/Anda membuka kasus ini karena rujukan/).waitFor();
    await origin.getByTestId('identity-show').click();
    await origin.getByTestId('case-victims').getByText(VICTIM).waitFor();
    const opened = await apiGet<CaseDetail>(origin, `/api/cases/${caseId}?identity=open`);
    expect(opened.status).toBe(200);
    expect(opened.body.access).toBe('referral');
    expect(opened.body.people.find((p) => p.role === 'victim')?.identity?.name).toBe(VICTIM);

    // and the sender sees the answer on the case
    await worker.reload();
    await worker.getByTestId('case-referrals').getByText('Diterima', { exact: true }).waitFor();
    const own = await apiGet<CaseDetail>(worker, `/api/cases/${caseId}`);
    expect(own.body.referrals[0]?.status).toBe('accepted');
    await origin.context().close();
    await worker.context().close();
  });
});

type ApiError = { error: { code: string } };
type Audit = { items: Array<{ actorEmail: string | null; after: { reason?: string } }> };
type Notifications = { items: Array<{ kind: string; link: string | null; body: { id: string } }> };

/** A Kota Kupang case the Kabupaten Kupang worker does not reach (no referral of it accepted). */
async function foreignCase(owner: Page, outsider: Page) {
  const list = await apiGet<{ items: Array<{ id: string; caseNumber: string }> }>(
    owner,
    '/api/cases?regionCode=53.71&pageSize=25',
  );
  for (const c of list.body.items) {
    const probe = await apiGet<ApiError>(outsider, `/api/cases/${c.id}`);
    if (probe.status === 403) return { ...c, code: probe.body.error.code };
  }
  throw new Error('every Kota Kupang case is reachable from Kabupaten Kupang');
}

describe('a district user and another district’s case', () => {
  it('is refused it, opens it with break-the-glass and a reason, and its owner is told', async () => {
    const owner = await signedIn('petugas@sigap.local');
    const outsider = await signedIn(ORIGIN_WORKER, ORIGIN_PASSWORD);
    const foreign = await foreignCase(owner, outsider);
    expect(foreign.code).toBe('BREAK_GLASS_REQUIRED');
    const listed = await apiGet<{ items: Array<{ id: string }> }>(
      outsider,
      '/api/cases?regionCode=53.71&pageSize=100',
    );
    expect(listed.body.items.map((c) => c.id)).not.toContain(foreign.id);

    // the page says the case is outside the user's scope and shows nothing of it
    await outsider.goto(`${server.url}/cases/${foreign.id}`);
    const panel = outsider.getByTestId('break-glass');
    await panel.getByText('Kasus di luar cakupan Anda').waitFor();
    expect(await outsider.getByText(foreign.caseNumber).count()).toBe(0);
    expect(await outsider.getByTestId('case-victims').count()).toBe(0);

    // a reason is required: too short a one opens nothing
    const reason = panel.getByRole('textbox', { name: /^Alasan membuka kasus/ });
    await reason.fill('Mendesak.');
    await panel.getByRole('button', { name: 'Buka kasus dengan akses darurat' }).click();
    await expect.poll(() => reason.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    expect((await apiGet(outsider, `/api/cases/${foreign.id}`)).status).toBe(403);

    const why =
      'Korban datang ke UPTD PPA Kabupaten Kupang malam ini dan perlu layanan segera; kasus asalnya di Kota Kupang.';
    await reason.fill(why);
    await panel.getByRole('button', { name: 'Buka kasus dengan akses darurat' }).click();
    await outsider.getByTestId('break-glass-banner').waitFor();
    await outsider
      .getByRole('heading', { level: 1, name: `Kasus ${foreign.caseNumber}` })
      .waitFor();
    const opened = await apiGet<CaseDetail>(outsider, `/api/cases/${foreign.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.access).toBe('grant');

    // the case's owner hears of it at once, with the reason
    const told = await apiGet<Notifications>(owner, '/api/notifications?pageSize=50');
    const note = told.body.items.find(
      (n) => n.kind === 'case_break_glass' && n.link === `/cases/${foreign.id}`,
    );
    expect(note?.body.id).toContain(why);
    expect(note?.body.id).toContain(ORIGIN_WORKER);

    // and the audit log keeps who, which case and why
    const admin = await signedIn('admin@sigap.local');
    const audit = await apiGet<Audit>(
      admin,
      `/api/audit?action=case.break_glass&entityId=${foreign.id}`,
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]?.actorEmail).toBe(ORIGIN_WORKER);
    expect(audit.body.items[0]?.after.reason).toBe(why);
    for (const p of [owner, outsider, admin]) await p.context().close();
  });
});
