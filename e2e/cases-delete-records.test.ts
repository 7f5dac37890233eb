import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP } from './support/browser.js';
import { daysAgo } from './support/cases.js';
import { demoApp } from './support/demo-app.js';
import { apiGet, apiWrite, signIn } from './support/session.js';

/**
 * A case worker corrects a case by deleting what was recorded wrongly: an event, a perpetrator,
 * a legal step, a victim's service and then the victim, each only after confirming.
 */
const app = demoApp();

type Case = {
  id: string;
  events: unknown[];
  legalSteps: unknown[];
  services: unknown[];
  people: Array<{ id: string; role: string }>;
};

/** Clicks a delete button, checks the question asked, and answers it. */
async function deleteVia(page: Page, button: Locator, question: RegExp, confirm = true) {
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.textContent()).toMatch(question);
  await dialog.getByRole('button', { name: confirm ? 'Ya, hapus' : 'Batal' }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('deleting the records of a case', () => {
  it('asks before each deletion, then removes the record from the page and the registry', async () => {
    const context = await app.browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await signIn(page, app.server.url, 'petugas@sigap.local');
    const created = await apiWrite<Case>(page, 'POST', '/api/cases', {
      regionCode: '53.71',
      reportedOn: daysAgo(5),
      source: 'case_management',
      events: [
        { eventType: 'recruitment', occurredOn: daysAgo(90), regionCode: '53.01' },
        { eventType: 'exploitation', occurredOn: daysAgo(60), countryCode: 'MY' },
      ],
      people: [
        { role: 'victim', name: 'Korban Uji Hapus', sex: 'female' },
        { role: 'perpetrator', name: 'Pelaku Uji Hapus' },
      ],
    });
    expect(created.status).toBe(201);
    const caseId = created.body.id;
    const victimId = created.body.people.find((p) => p.role === 'victim')?.id;
    const records = `/api/cases/${caseId}`;
    const step = { step: 'police_report', occurredOn: daysAgo(4) };
    expect((await apiWrite(page, 'POST', `${records}/legal-steps`, step)).status).toBe(201);
    const service = { personId: victimId, serviceType: 'identification', startedOn: daysAgo(4) };
    expect((await apiWrite(page, 'POST', `${records}/services`, service)).status).toBe(201);

    await page.goto(`${app.server.url}/cases/${caseId}`);
    const events = page.getByTestId('case-events');
    await events.getByTestId('event-delete').first().waitFor();
    // cancelling keeps the event
    await deleteVia(page, events.getByTestId('event-delete').first(), /Peristiwa 1/, false);
    expect(await events.getByTestId('event-delete').count()).toBe(2);
    await deleteVia(
      page,
      events.getByRole('button', { name: 'Hapus Peristiwa 2' }),
      /Peristiwa 2.*audit/,
    );
    await expect.poll(() => events.getByTestId('event-delete').count()).toBe(1);

    const others = page.getByTestId('case-others');
    await deleteVia(page, others.getByTestId('person-delete'), /Pelaku 1/);
    await expect.poll(() => others.getByTestId('person-delete').count()).toBe(0);
    const legal = page.getByTestId('case-legal');
    await deleteVia(page, legal.getByTestId('legal-delete'), /proses hukum/);
    await expect.poll(() => legal.getByTestId('legal-delete').count()).toBe(0);
    const victims = page.getByTestId('case-victims');
    await deleteVia(page, victims.getByTestId('service-delete'), /Korban 1/);
    await expect.poll(() => victims.getByTestId('service-delete').count()).toBe(0);
    await deleteVia(page, victims.getByTestId('victim-delete'), /persetujuan/);
    await expect.poll(() => victims.getByTestId('victim-delete').count()).toBe(0);

    const after = await apiGet<Case>(page, records);
    expect(after.body.events).toHaveLength(1);
    expect(after.body.legalSteps).toHaveLength(0);
    expect(after.body.services).toHaveLength(0);
    expect(after.body.people).toHaveLength(0);
    await context.close();
  });
});
