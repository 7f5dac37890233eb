import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'sigap-demo';

/** Signs in through the sign-in form, in whatever language the page shows. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/sign-in`);
  await fillSignIn(page, email, password);
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'), { timeout: 20_000 });
}

export async function fillSignIn(page: Page, email: string, password: string) {
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel(/^(E-mail)/).fill(email);
  await form.getByLabel(/^(Kata sandi|Password)/).fill(password);
  await form.getByRole('button', { name: /^(Masuk|Sign in)$/ }).click();
}

/** Calls the API from inside the page, with the page's session (and CSRF token for writes). */
export async function apiGet<T>(page: Page, path: string): Promise<{ status: number; body: T }> {
  return page.evaluate(async (p) => {
    const res = await fetch(p, { headers: { accept: 'application/json' } });
    return { status: res.status, body: (await res.json()) as T };
  }, path);
}

/** Calls a write of the API from inside the page, with the session's CSRF token. */
export async function apiWrite<T>(
  page: Page,
  method: 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body: unknown,
): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    { method, path, body },
  );
}
