import { count, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../src/features/demo/demo-accounts.js';
import { seedDemo } from '../src/features/demo/seed-demo.js';
import { users } from '../src/features/identity/schema.js';
import { serviceUnits } from '../src/features/service-units/schema.js';
import { taskForceMemberships, taskForces } from '../src/features/task-forces/schema.js';
import type { Database } from '../src/platform/db/client.js';
import { freshDatabase } from './support/test-db.js';

async function snapshot(database: Database) {
  const db = database.db;
  const rows = async (q: ReturnType<typeof sql>) =>
    ((await db.execute(q)) as unknown as { rows: Array<Record<string, unknown>> }).rows;
  return {
    users: await rows(sql`select id, email, role, scope_region_code from users order by id`),
    taskForces: await rows(
      sql`select id, name, region_code, legal_basis_number from task_forces order by id`,
    ),
    units: await rows(sql`select id, name, kind, region_code from service_units order by id`),
    memberships: await rows(
      sql`select id, task_force_id, institution_id, role, valid_from from task_force_memberships order by id`,
    ),
  };
}

describe('demo seed', () => {
  it('is deterministic: two installations get the same records with the same ids', async () => {
    const a = await freshDatabase();
    const b = await freshDatabase();
    try {
      await seedDemo(a);
      await seedDemo(b);
      const sa = await snapshot(a);
      expect(sa.users.length).toBe(DEMO_ACCOUNTS.length);
      expect(sa.units.length).toBeGreaterThan(30);
      expect(await snapshot(b)).toEqual(sa);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('can run twice without changing anything', async () => {
    const d = await freshDatabase();
    try {
      await seedDemo(d);
      const counts = async () => ({
        users: (await d.db.select({ n: count() }).from(users))[0]?.n,
        units: (await d.db.select({ n: count() }).from(serviceUnits))[0]?.n,
        taskForces: (await d.db.select({ n: count() }).from(taskForces))[0]?.n,
        memberships: (await d.db.select({ n: count() }).from(taskForceMemberships))[0]?.n,
      });
      const first = await counts();
      await seedDemo(d);
      expect(await counts()).toEqual(first);
    } finally {
      await d.close();
    }
  });
});
