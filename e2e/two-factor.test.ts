import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../packages/server/src/features/identity/totp.js';
import { DESKTOP, launchBrowser } from './support/browser.js';
import { type RunningServer, sigapCommand, startServer } from './support/server.js';
import { fillSignIn } from './support/session.js';

/**
 * A production installation (no demo data): the first administrator is created with the CLI and,
 * because the role requires it, must set up two-factor sign-in before anything else.
 */
let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-e2e-prod-'));
  sigapCommand(dataDir, ['db', 'migrate']);
  sigapCommand(
    dataDir,
    [
      'user',
      'add',
      '--email',
      'admin@kemenpppa.go.id',
      '--name',
      'Admin Pusat',
      '--role',
      'admin',
      '--institution',
      'KEMENPPPA',
      '--no-must-change-password',
    ],
    'rahasia-pusat-2026\n',
  );
  server = await startServer({}, { demo: false, dataDir });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two-factor sign-in in a production installation', () => {
  it('forces enrolment, then asks for a code at every sign-in', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
    await fillSignIn(page, 'admin@kemenpppa.go.id', 'rahasia-pusat-2026');
    await page.waitForURL(/\/account\/two-factor/);
    await page.getByText('Peran Anda wajib memakai verifikasi dua langkah').first().waitFor();

    // other pages are not reachable until enrolment is done
    await page.goto(`${server.url}/users`);
    await page.waitForURL(/\/account\/two-factor/);

    await page.getByRole('button', { name: 'Mulai pengaturan' }).click();
    const secret = ((await page.getByTestId('totp-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    const enable = page.getByTestId('totp-enable-form');
    await enable.getByLabel(/^Kode dari aplikasi/).fill(totpCodeAt(secret, Date.now()));
    await enable.getByRole('button', { name: 'Aktifkan' }).click();
    await page.getByText('Verifikasi dua langkah aktif.').first().waitFor();
    await page.goto(`${server.url}/users`);
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
    await context.close();

    // a new sign-in: password, then the code from the authenticator
    const again = await browser.newContext({ viewport: DESKTOP });
    const p2 = await again.newPage();
    await p2.goto(`${server.url}/sign-in`);
    await fillSignIn(p2, 'admin@kemenpppa.go.id', 'rahasia-pusat-2026');
    const step = p2.getByTestId('totp-form');
    await step.getByLabel(/^Kode verifikasi/).fill('000000');
    await step.getByRole('button', { name: 'Verifikasi' }).click();
    await p2.getByText('Kode verifikasi salah').first().waitFor();
    await step.getByLabel(/^Kode verifikasi/).fill(totpCodeAt(secret, Date.now() + 30_000));
    await step.getByRole('button', { name: 'Verifikasi' }).click();
    await p2.getByRole('heading', { level: 1, name: /Selamat datang, Admin Pusat/ }).waitFor();
    await again.close();
  });
});
