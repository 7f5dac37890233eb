import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { fillSignIn, signIn } from './support/session.js';

const app = demoApp({ SIGAP_LOGIN_MAX_FAILURES: '3', SIGAP_LOGIN_LOCK_MINUTES: '10' });

async function newPage(): Promise<Page> {
  const context = await app.browser.newContext({ viewport: DESKTOP, locale: 'id-ID' });
  return context.newPage();
}

describe('sign-in in the browser', () => {
  it('signs in and shows the home page with the user’s task force and the demo banner', async () => {
    const page = await newPage();
    await page.goto(app.server.url);
    // not signed in: sent to the sign-in page
    await page.waitForURL(/\/sign-in/);
    // the demo banner shows before sign-in too
    await page.getByTestId('demo-banner').waitFor();
    await signIn(page, app.server.url, 'admin@sigap.local');
    await page.getByRole('heading', { level: 1, name: /Selamat datang, Admin Demo/ }).waitFor();
    await page
      .getByText(/Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang/)
      .first()
      .waitFor();
    expect(await page.getByTestId('demo-banner').textContent()).toMatch(/demo/i);
    await page.context().close();
  });

  it('shows a clear message for a wrong password', async () => {
    const page = await newPage();
    await page.goto(`${app.server.url}/sign-in`);
    await fillSignIn(page, 'pelapor@sigap.local', 'salah-sekali');
    await page.getByText('E-mail atau kata sandi salah').waitFor();
    expect(page.url()).toContain('/sign-in');
    await page.context().close();
  });

  it('locks the account after repeated failures, even against the right password', async () => {
    const page = await newPage();
    await page.goto(`${app.server.url}/sign-in`);
    for (let i = 0; i < 2; i++) {
      await fillSignIn(page, 'analis@sigap.local', `salah-${i}`);
      await page.getByText('E-mail atau kata sandi salah').waitFor();
    }
    await fillSignIn(page, 'analis@sigap.local', 'salah-3');
    await page.getByText(/Akun dikunci sementara/).waitFor();
    await fillSignIn(page, 'analis@sigap.local', 'sigap-demo');
    await page.getByText(/Akun dikunci sementara/).waitFor();
    expect(page.url()).toContain('/sign-in');
    await page.context().close();
  });
});
