import {
  CaseDetail,
  CaseEventInput,
  CaseEventUpdate,
  ConsentCreate,
  ConsentUpdate,
  LegalStepCreate,
  LegalStepUpdate,
  PersonCreate,
  PersonUpdate,
  ServiceCreate,
  ServiceUpdate,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, type AuthContext, actorOf, authOf } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { errors, IdParam, tags } from './case-routes.js';
import { createConsent, deleteConsent, updateConsent } from './consent-writes.js';
import { createEvent, deleteEvent, updateEvent } from './event-writes.js';
import { getCase } from './get-case.js';
import { createLegalStep, deleteLegalStep, updateLegalStep } from './legal-step-writes.js';
import { createPerson, deletePerson, updatePerson } from './person-writes.js';
import { createService, deleteService, updateService } from './service-writes.js';

const Created = z.object({ id: z.uuid(), case: CaseDetail });
const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });

type Write<I> = (
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: I,
) => Promise<string>;
type Change<I> = (
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  itemId: string,
  input: I,
) => Promise<void>;
type Remove = (
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  itemId: string,
) => Promise<void>;

/**
 * Create, change and delete one kind of record of a case under /api/cases/:id/<segment>. Writes
 * answer with the case in its masked view (nothing opened, nothing audited as a read), so the
 * page can redraw without a second request.
 */
function caseRecordRoutes<C extends z.ZodType, U extends z.ZodType>(
  app: App,
  ctx: AppContext,
  r: {
    segment: string;
    what: { id: string; en: string };
    create: C;
    update: U;
    onCreate: Write<z.infer<C>>;
    onUpdate: Change<z.infer<U>>;
    onDelete: Remove;
  },
) {
  const base = `/api/cases/:id/${r.segment}`;
  const masked = (req: Parameters<typeof actorOf>[0] & { auth: AuthContext | null }, id: string) =>
    getCase(ctx, authOf(req), actorOf(req), id, 'masked');
  app.post(base, {
    config: { permission: 'cases.write' },
    schema: {
      tags,
      summary: `Add ${r.what.en} (${r.what.id}) to a case`,
      params: IdParam,
      body: r.create,
      response: { 201: Created, ...errors },
    },
    handler: async (req, reply) => {
      const body = req.body as z.infer<C>;
      const id = await r.onCreate(ctx, authOf(req), actorOf(req), req.params.id, body);
      return reply.code(201).send({ id, case: await masked(req, req.params.id) });
    },
  });
  app.patch(`${base}/:itemId`, {
    config: { permission: 'cases.write' },
    schema: {
      tags,
      summary: `Change ${r.what.en} (${r.what.id}) of a case`,
      params: ItemParams,
      body: r.update,
      response: { 200: CaseDetail, ...errors },
    },
    handler: async (req) => {
      const { id, itemId } = req.params;
      await r.onUpdate(ctx, authOf(req), actorOf(req), id, itemId, req.body as z.infer<U>);
      return masked(req, id);
    },
  });
  app.delete(`${base}/:itemId`, {
    config: { permission: 'cases.write' },
    schema: {
      tags,
      summary: `Delete ${r.what.en} (${r.what.id}) of a case`,
      params: ItemParams,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await r.onDelete(ctx, authOf(req), actorOf(req), req.params.id, req.params.itemId);
      return reply.code(204).send(null);
    },
  });
}

/** Peristiwa, orang, proses hukum, persetujuan, layanan: each a kind of record of a case. */
export async function recordRoutes(app: App, ctx: AppContext) {
  caseRecordRoutes(app, ctx, {
    segment: 'events',
    what: { id: 'peristiwa', en: 'a trafficking event' },
    create: CaseEventInput,
    update: CaseEventUpdate,
    onCreate: createEvent,
    onUpdate: updateEvent,
    onDelete: deleteEvent,
  });
  caseRecordRoutes(app, ctx, {
    segment: 'people',
    what: { id: 'orang', en: 'a victim, perpetrator or witness' },
    create: PersonCreate,
    update: PersonUpdate,
    onCreate: createPerson,
    onUpdate: updatePerson,
    onDelete: deletePerson,
  });
  caseRecordRoutes(app, ctx, {
    segment: 'legal-steps',
    what: { id: 'proses hukum', en: 'a legal step' },
    create: LegalStepCreate,
    update: LegalStepUpdate,
    onCreate: createLegalStep,
    onUpdate: updateLegalStep,
    onDelete: deleteLegalStep,
  });
  caseRecordRoutes(app, ctx, {
    segment: 'consents',
    what: { id: 'persetujuan', en: 'a consent record' },
    create: ConsentCreate,
    update: ConsentUpdate,
    onCreate: createConsent,
    onUpdate: updateConsent,
    onDelete: deleteConsent,
  });
  caseRecordRoutes(app, ctx, {
    segment: 'services',
    what: { id: 'layanan', en: 'a service to a victim' },
    create: ServiceCreate,
    update: ServiceUpdate,
    onCreate: createService,
    onUpdate: updateService,
    onDelete: deleteService,
  });
}
