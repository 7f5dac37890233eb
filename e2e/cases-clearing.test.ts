import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { pickRegion } from './support/cases.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, signIn } from './support/session.js';

/**
 * The PIC data of NTT imports another institution's spreadsheet that records a victim the
 * registry already holds, under a spelling variant of her name; duplicate detection proposes
 * the pair, the PIC merges it, and the statistics count her once.
 */
const app = demoApp();

const SOURCE = 'polres-kupang-kota';
const CASE_ID = 'LP/B/117/2026';

type Person = {
  id: string;
  role: string;
  identity: { name: string | null; birthDate: string | null } | null;
  sex: { code: string } | null;
  addressRegionCode: string | null;
  isMinor: boolean;
};
type Case = {
  id: string;
  caseNumber: string;
  people: Person[];
  events: Array<{ eventType: { code: string }; countryCode: string | null }>;
};
type Victim = {
  person: Person;
  name: string;
  birthDate: string;
  caseNumber: string;
  country: string;
};
type Candidate = {
  id: string;
  score: number;
  a: { personId: string; caseNumber: string; sourceSystem: string | null };
  b: { personId: string; caseNumber: string; sourceSystem: string | null };
};

/**
 * A demo victim in NTT whose record carries what another institution would have too: a name
 * of two or more words, birth date, sex and home region, exploited abroad. The data officer may
 * open identifying data (each read is audited).
 */
async function existingVictim(page: Page): Promise<Victim> {
  const list = await apiGet<{
    items: Array<{ id: string; victimCount: number; hasMinor: boolean }>;
  }>(page, '/api/cases?regionCode=53.71&pageSize=50');
  for (const c of list.body.items.filter((x) => x.victimCount === 1 && !x.hasMinor)) {
    const detail = (await apiGet<Case>(page, `/api/cases/${c.id}?identity=open`)).body;
    const person = detail.people.find((p) => p.role === 'victim');
    const name = person?.identity?.name ?? '';
    const birthDate = person?.identity?.birthDate ?? '';
    const abroad = detail.events.find((e) => e.eventType.code === 'exploitation' && e.countryCode);
    if (
      (person?.sex?.code === 'female' || person?.sex?.code === 'male') &&
      person.addressRegionCode &&
      birthDate &&
      name.split(' ').length >= 2 &&
      abroad
    )
      return {
        person,
        name,
        birthDate,
        caseNumber: detail.caseNumber,
        country: abroad.countryCode ?? '',
      };
  }
  throw new Error('no suitable demo victim in Kota Kupang');
}

/** How another office spells the same name: Nurhaliza → Nurhalizah, Kase → Kaseh. */
function spellingVariant(name: string): string {
  const parts = name.split(' ');
  const last = parts.at(-1) ?? '';
  const varied = /[aeiou]$/i.test(last)
    ? `${last}h`
    : /[aeiou]h$/i.test(last)
      ? last.slice(0, -1)
      : `${last}${last.at(-1)}`;
  return [...parts.slice(0, -1), varied].join(' ');
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The other institution's file: its own headers, its own sex codes, one impossible date. */
function spreadsheet(v: Victim, variant: string): Buffer {
  const rows = [
    [
      'No Registrasi',
      'Tgl Lapor',
      'Nama Korban',
      'JK',
      'Tgl Lahir',
      'Kode Wilayah',
      'Negara Tujuan',
    ],
    [
      CASE_ID,
      '03/03/2026',
      variant,
      v.person.sex?.code === 'male' ? '1' : '2',
      dmy(v.birthDate),
      v.person.addressRegionCode ?? '',
      v.country,
    ],
    ['LP/B/118/2026', '04/03/2026', 'Korban Tanggal Salah', '2', '31/02/1990', '53.71', 'MY'],
  ];
  return Buffer.from(`${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
}

async function victimsCounted(page: Page): Promise<number> {
  const stats = await apiGet<{ totals: { victims: number } }>(page, '/api/case-stats');
  return stats.body.totals.victims;
}

/** The statistics page shows this many unique victims (Indonesian digit grouping). */
async function statsPageShows(page: Page, victims: number) {
  await page.goto(`${app.server.url}/case-stats`);
  const total = page.getByTestId('total-victims');
  await total.getByText(new Intl.NumberFormat('id-ID').format(victims), { exact: true }).waitFor();
}

describe('clearing a victim recorded by two institutions', () => {
  it('imports the other file, finds the pair, merges it, and counts her once', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'pic@sigap.local');
    const existing = await existingVictim(page);
    const variant = spellingVariant(existing.name);
    const file = {
      name: 'polres-kupang-kota.csv',
      mimeType: 'text/csv',
      buffer: spreadsheet(existing, variant),
    };
    const initial = await victimsCounted(page);

    // a mapping template for the other institution, built from a sample of its file
    await page.goto(`${app.server.url}/case-imports/templates/new`);
    const tpl = page.getByTestId('template-form');
    await tpl.getByTestId('template-name').fill('Polres Kupang Kota (register LP)');
    await tpl.getByTestId('template-source').fill(SOURCE);
    await tpl
      .getByRole('region', { name: 'Contoh berkas' })
      .locator('input[type="file"]')
      .setInputFiles(file);
    await tpl.getByTestId('read-headers').click();
    await tpl.getByText(/^7 kolom ditemukan/).waitFor();
    // their sex codes: 1 and 2
    await tpl.getByRole('combobox', { name: 'Daftar' }).selectOption('sex');
    await tpl.getByTestId('add-code').click();
    const sexCodes = tpl.getByTestId('codes-sex');
    await sexCodes.getByRole('textbox', { name: 'Nilai di berkas (1)' }).fill('2');
    await sexCodes.getByRole('combobox', { name: 'Kode Sigap (1)' }).selectOption('female');
    await sexCodes.getByRole('button', { name: 'Tambah kode untuk Jenis kelamin' }).click();
    await sexCodes.getByRole('textbox', { name: 'Nilai di berkas (2)' }).fill('1');
    await sexCodes.getByRole('combobox', { name: 'Kode Sigap (2)' }).selectOption('male');
    await tpl.getByTestId('save-template').click();
    await page.waitForURL(/\/case-imports\/new\?templateId=/);
    const templateId = new URL(page.url()).searchParams.get('templateId');
    const saved = await apiGet<{
      columnMap: Record<string, string>;
      codeMap: Record<string, object>;
    }>(page, `/api/case-import-templates/${templateId}`);
    expect(saved.body.columnMap).toMatchObject({
      sourceRecordId: 'No Registrasi',
      reportedOn: 'Tgl Lapor',
      victimName: 'Nama Korban',
      sex: 'JK',
      birthDate: 'Tgl Lahir',
      addressRegion: 'Kode Wilayah',
      exploitationCountry: 'Negara Tujuan',
    });
    expect(saved.body.codeMap.sex).toEqual({ '1': 'male', '2': 'female' });

    // upload: a preview that lists the bad row, nothing written yet
    const upload = page.getByTestId('new-import-form');
    await pickRegion(upload, 'Wilayah data', '53', '53.71');
    await upload.locator('input[type="file"]').setInputFiles(file);
    await upload.getByTestId('import-upload').click();
    await page.waitForURL(/\/case-imports\/[0-9a-f-]{36}$/);
    await page.getByTestId('bad-rows').getByText('1', { exact: true }).waitFor();
    const errors = page.getByTestId('import-errors-table');
    const bad = errors.getByRole('row').filter({ hasText: 'Tgl Lahir' });
    await bad.getByRole('cell', { name: '3', exact: true }).waitFor();
    expect(await victimsCounted(page)).toBe(initial);

    // confirm the valid row only, and wait for the run in the background to finish
    await page.getByTestId('valid-only').check();
    await page.getByTestId('confirm-import').click();
    await page.getByText(/^Kasus baru: 1; kasus diperbarui: 0\./).waitFor({ timeout: 60_000 });
    await page.getByTestId('import-rollback').waitFor();
    const before = await victimsCounted(page);
    expect(before).toBe(initial + 1);

    // duplicate detection, run from the review queue
    await page.goto(`${app.server.url}/clearing`);
    await page.getByTestId('run-detection').click();
    await page.getByTestId('run-detection-confirm').click();
    await page.getByTestId('run-result').waitFor({ timeout: 60_000 });
    const open = await apiGet<{ items: Candidate[] }>(
      page,
      '/api/clearing/candidates?pageSize=200',
    );
    const pair = open.body.items.find(
      (c) =>
        (c.a.personId === existing.person.id && c.b.sourceSystem === SOURCE) ||
        (c.b.personId === existing.person.id && c.a.sourceSystem === SOURCE),
    );
    if (!pair) throw new Error('the imported record and the existing one are not proposed');

    // the queue, narrowed to scores at or above the pair's, leads to it
    await page.getByRole('textbox', { name: 'Skor paling rendah' }).fill(String(pair.score));
    await page.waitForURL(new RegExp(`minScore=${pair.score}`));
    const ahead = open.body.items.filter((c) => c.score >= pair.score);
    const pageOfPair = Math.floor(ahead.findIndex((c) => c.id === pair.id) / 25) + 1;
    for (let p = 2; p <= pageOfPair; p++) {
      await page.getByRole('button', { name: 'Halaman berikutnya' }).click();
      await page.waitForURL(new RegExp(`page=${p}`));
    }
    await page
      .getByTestId('clearing-queue')
      .getByRole('link', { name: `Tinjau pasangan ${pair.a.caseNumber} dan ${pair.b.caseNumber}` })
      .click();
    await page.waitForURL(new RegExp(`/clearing/${pair.id}$`));

    // the two records side by side, and the evidence for the score
    await page.getByText(existing.name, { exact: true }).waitFor();
    await page.getByText(variant, { exact: true }).waitFor();
    const evidence = page.getByTestId('evidence');
    const line = (field: string) => evidence.getByRole('row').filter({ hasText: field });
    await line('Nama')
      .getByText(/^(Sama|Mirip)$/)
      .waitFor();
    await line('Lahir / umur').getByText('Sama', { exact: true }).waitFor();
    await line('Jenis kelamin').getByText('Sama', { exact: true }).waitFor();
    await statsPageShows(page, before);

    // merge: one person
    await page.goto(`${app.server.url}/clearing/${pair.id}`);
    await page.getByTestId('merge').click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Gabungkan: orang yang sama' })
      .click();
    await page
      .getByTestId('decision')
      .getByText(/^Digabung pada /)
      .waitFor();

    const merged = await apiGet<{ items: Candidate[] }>(
      page,
      '/api/clearing/candidates?state=merged&pageSize=200',
    );
    expect(merged.body.items.map((c) => c.id)).toContain(pair.id);
    const after = await victimsCounted(page);
    expect(after).toBe(before - 1);
    await statsPageShows(page, after);
    await context.close();
  });
});
