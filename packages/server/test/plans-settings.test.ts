import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let national: Client;
let jateng: Client;
let ranId: string;
beforeAll(async () => {
  t = await startTestApp();
  national = await signInAs(t.app, 'sekretariat@sigap.local');
  jateng = await signInAs(t.app, 'jateng@sigap.local');
  const page = (await national.request('GET', '/api/plans?kind=ran&year=2022')).json<{
    items: Array<{ id: string }>;
  }>();
  ranId = page.items[0]?.id ?? '';
});
afterAll(() => t.close());

type Light = { light: string };
type Dashboard = {
  plan: { trafficLight: { green: number; yellow: number } };
  achievement: { byStrategy: Light[] };
};
const dashboard = async () =>
  (
    await national.request('GET', `/api/monitoring/dashboard?planId=${ranId}&year=2022`)
  ).json<Dashboard>();

describe('traffic-light thresholds of a plan', () => {
  it('are changed by the plan’s manager, audited, and colour the dashboard at once', async () => {
    const before = await dashboard();
    expect(before.plan.trafficLight).toEqual({ green: 80, yellow: 50 });
    expect(before.achievement.byStrategy.some((s) => s.light === 'green')).toBe(true);

    const res = await national.request('PATCH', `/api/plans/${ranId}/settings`, {
      trafficLight: { green: 200, yellow: 199 },
    });
    expect(res.status).toBe(200);
    expect(res.json<{ trafficLight: unknown }>().trafficLight).toEqual({ green: 200, yellow: 199 });

    const after = await dashboard();
    expect(after.plan.trafficLight).toEqual({ green: 200, yellow: 199 });
    // achievement is capped at 100 %, so nothing with data can reach yellow any more
    expect(after.achievement.byStrategy.map((s) => s.light).filter((l) => l !== 'grey')).toEqual(
      before.achievement.byStrategy.filter((s) => s.light !== 'grey').map(() => 'red'),
    );

    const audit = (
      await (
        await signInAs(t.app, 'admin@sigap.local')
      ).request('GET', `/api/audit?entityType=plan&entityId=${ranId}`)
    ).json<{ items: Array<{ action: string; after: unknown }> }>();
    expect(audit.items.find((a) => a.action === 'plan.settings_changed')?.after).toEqual({
      trafficLight: { green: 200, yellow: 199 },
    });
  });

  it('refuses thresholds out of order, naming the field, and a user who does not manage the plan', async () => {
    const bad = await national.request(
      'PATCH',
      `/api/plans/${ranId}/settings`,
      { trafficLight: { green: 40, yellow: 60 } },
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    expect(bad.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path).toBe(
      'trafficLight.green',
    );
    const refused = await jateng.request('PATCH', `/api/plans/${ranId}/settings`, {
      trafficLight: { green: 90, yellow: 60 },
    });
    expect(refused.status).toBe(403);
  });
});
