import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { demoApp } from './support/demo-app.js';
import { signIn } from './support/session.js';

const app = demoApp();

describe('an administrator creates a user', () => {
  it('who then signs in, changes the temporary password and sees the home page', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'admin@sigap.local');
    await page.goto(`${app.server.url}/users/new`);
    const form = page.getByTestId('user-create-form');
    await form.getByRole('textbox', { name: /^E-mail/ }).fill('dewi.lestari@kemensos.go.id');
    await form.getByRole('textbox', { name: /^Nama lengkap/ }).fill('Dewi Lestari');
    await form
      .getByRole('combobox', { name: /^Peran/ })
      .selectOption({ label: 'Pelapor instansi' });
    await form
      .getByRole('combobox', { name: /^Instansi/ })
      .selectOption({ label: 'Kemensos — Kementerian Sosial' });
    await form
      .getByRole('combobox', { name: /^Tingkat cakupan/ })
      .selectOption({ label: 'Provinsi' });
    await form
      .getByRole('combobox', { name: /^Provinsi/ })
      .selectOption({ label: 'Nusa Tenggara Timur (53)' });

    // the form refuses a weak password before sending it, naming the field
    await form.getByLabel(/^Kata sandi awal/).fill('pendek');
    await form.getByRole('button', { name: 'Buat pengguna' }).click();
    await form.getByText('Kata sandi minimal 10 karakter dan memuat huruf serta angka').waitFor();

    await form.getByLabel(/^Kata sandi awal/).fill('sementara-2026');
    await form.getByRole('button', { name: 'Buat pengguna' }).click();
    await page.waitForURL(/\/users\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 1, name: 'Dewi Lestari' }).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.waitForURL(/\/sign-in/);

    await signIn(page, app.server.url, 'dewi.lestari@kemensos.go.id', 'sementara-2026');
    // the temporary password must be replaced first
    await page.waitForURL(/\/account\/password/);
    const change = page.getByTestId('change-password-form');
    await change.getByLabel(/^Kata sandi saat ini/).fill('sementara-2026');
    await change.getByLabel(/^Kata sandi baru/).fill('kupang-aman-2026');
    await change.getByLabel(/^Ulangi kata sandi baru/).fill('kupang-aman-2026');
    await change.getByRole('button', { name: 'Ganti kata sandi' }).click();
    await page.getByText('Kata sandi berhasil diganti.').first().waitFor();
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: /Selamat datang, Dewi Lestari/ }).waitFor();
    expect(await page.getByText('Nusa Tenggara Timur').count()).toBeGreaterThan(0);
    await context.close();
  });
});
