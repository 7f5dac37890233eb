import { demoTaskForceId } from '../../src/features/demo/seed-demo-organisations.js';
import { institutionId } from '../../src/features/institutions/load-institutions.js';
import { nationalTaskForceId } from '../../src/features/task-forces/load-national-task-force.js';
import type { Client } from './session.js';

/** Ids of reference and demo records (stable ids, the same in every test database). */
export const ids = {
  nationalTaskForce: nationalTaskForceId,
  taskForce: demoTaskForceId,
  institution: institutionId,
};

export type Page<T> = { items: T[]; meta: { page: number; pageSize: number; total: number } };
export type FieldErrors = {
  error: { code: string; message: string; fields?: Array<{ path: string; message: string }> };
};

export const today = () => new Date().toISOString().slice(0, 10);

/** Every item of a list endpoint (follows pages). */
export async function listAll<T>(client: Client, url: string): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; ; page++) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await client.request('GET', `${url}${sep}page=${page}&pageSize=200`);
    if (res.status !== 200) throw new Error(`${url}: ${res.status} ${res.body}`);
    const body = res.json<Page<T>>();
    out.push(...body.items);
    if (out.length >= body.meta.total || body.items.length === 0) return out;
  }
}

/** The id of the first service unit in a region (as seen by a national user). */
export async function unitIn(client: Client, regionCode: string): Promise<string> {
  const units = await listAll<{ id: string; regionCode: string }>(
    client,
    `/api/service-units?regionCode=${regionCode}`,
  );
  const unit = units.find((u) => u.regionCode === regionCode);
  if (!unit) throw new Error(`no demo service unit in ${regionCode}`);
  return unit.id;
}
