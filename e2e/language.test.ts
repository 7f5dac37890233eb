import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { fillSignIn } from './support/session.js';

const app = demoApp();

describe('language switch', () => {
  it('is Indonesian by default, switches to English and back, and remembers the choice', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${app.server.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Masuk ke Sigap' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Sigap' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');

    // server messages follow the chosen language too
    await fillSignIn(page, 'admin@sigap.local', 'wrong-password');
    await page.getByText('Wrong e-mail or password').waitFor();

    await fillSignIn(page, 'admin@sigap.local', 'sigap-demo');
    await page.getByRole('heading', { level: 1, name: /Welcome, Admin Demo/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Welcome, Admin Demo/ }).waitFor();

    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await page.getByRole('heading', { level: 1, name: /Selamat datang, Admin Demo/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await context.close();
  });
});
