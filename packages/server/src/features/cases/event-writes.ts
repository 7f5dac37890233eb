import { type CaseEventInput, type CaseEventUpdate, caseFieldLabel } from '@sigap/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange, touchCase } from './case-audit.js';
import { type ReferenceChecks, referenceChecks } from './reference-checks.js';
import { caseEvents } from './schema.js';

const label = (f: string) => caseFieldLabel('event', f);

export const EVENT_NOT_FOUND = { id: 'Peristiwa tidak ditemukan', en: 'Event not found' };

/** A place in Indonesia is a region code (country ID); abroad, a country without a region. */
function placeOf(e: { regionCode?: string | null; countryCode?: string | null }) {
  const regionCode = e.regionCode ?? null;
  return { regionCode, countryCode: regionCode ? 'ID' : (e.countryCode ?? null) };
}

export function checkEvent(checks: ReferenceChecks, e: Partial<CaseEventInput>, prefix = '') {
  checks.code(`${prefix}eventType`, label('eventType'), 'event_type', e.eventType);
  checks.region(`${prefix}regionCode`, label('regionCode'), e.regionCode);
  checks.country(`${prefix}countryCode`, label('countryCode'), e.countryCode);
}

export function eventValues(caseId: string, seq: number, e: CaseEventInput) {
  return {
    caseId,
    seq,
    eventType: e.eventType,
    occurredOn: e.occurredOn ?? null,
    ...placeOf(e),
    placeNote: e.placeNote ?? null,
  };
}

/** Numbers the case's events 1…n in the given order (a move shifts the others). */
async function renumber(tx: DbOrTx, ids: string[]) {
  for (const [i, id] of ids.entries())
    await tx
      .update(caseEvents)
      .set({ seq: i + 1 })
      .where(eq(caseEvents.id, id));
}

async function eventIds(tx: DbOrTx, caseId: string) {
  const rows = await tx
    .select({ id: caseEvents.id })
    .from(caseEvents)
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.seq), asc(caseEvents.id));
  return rows.map((r) => r.id);
}

async function getEvent(tx: DbOrTx, caseId: string, eventId: string) {
  const [row] = await tx
    .select()
    .from(caseEvents)
    .where(and(eq(caseEvents.id, eventId), eq(caseEvents.caseId, caseId)));
  if (!row) throw new AppError('NOT_FOUND', EVENT_NOT_FOUND);
  return row;
}

/** Adds an event after the case's last one. */
export async function createEvent(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: CaseEventInput,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const checks = referenceChecks();
    checkEvent(checks, input);
    await checks.run(tx);
    const ids = await eventIds(tx, caseId);
    const [row] = await tx
      .insert(caseEvents)
      .values(eventValues(caseId, ids.length + 1, input))
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await auditCaseChange(tx, actor, {
      action: 'case.event.created',
      entityType: 'case_event',
      entityId: row.id,
      after: row,
    });
    await touchCase(tx, caseId);
    return row.id;
  });
}

/** Changes an event; `seq` moves it to another position among the case's events. */
export async function updateEvent(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  eventId: string,
  input: CaseEventUpdate,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getEvent(tx, caseId, eventId);
    const checks = referenceChecks();
    checkEvent(checks, input);
    const merged = {
      regionCode: input.regionCode !== undefined ? input.regionCode : before.regionCode,
      countryCode: input.countryCode !== undefined ? input.countryCode : before.countryCode,
    };
    // a region named earlier and a foreign country now (or the reverse): the later field wins
    if (input.countryCode && input.countryCode !== 'ID' && input.regionCode === undefined)
      merged.regionCode = null;
    await checks.run(tx);
    const { seq, ...fields } = input;
    const [after] = await tx
      .update(caseEvents)
      .set({ ...fields, ...placeOf(merged) })
      .where(eq(caseEvents.id, eventId))
      .returning();
    if (seq !== undefined && seq !== before.seq) {
      const ids = (await eventIds(tx, caseId)).filter((id) => id !== eventId);
      ids.splice(Math.min(seq, ids.length + 1) - 1, 0, eventId);
      await renumber(tx, ids);
    }
    await auditCaseChange(tx, actor, {
      action: 'case.event.updated',
      entityType: 'case_event',
      entityId: eventId,
      before,
      after: after ? { ...after, seq: seq ?? after.seq } : null,
    });
    await touchCase(tx, caseId);
  });
}

export async function deleteEvent(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  eventId: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getEvent(tx, caseId, eventId);
    await tx.delete(caseEvents).where(eq(caseEvents.id, eventId));
    await renumber(tx, await eventIds(tx, caseId));
    await auditCaseChange(tx, actor, {
      action: 'case.event.deleted',
      entityType: 'case_event',
      entityId: eventId,
      before,
    });
    await touchCase(tx, caseId);
  });
}
