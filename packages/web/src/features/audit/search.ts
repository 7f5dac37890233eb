import { z } from 'zod';
import { oneOf, page, text } from '../../shared/search.js';

/** Record types the server writes to the audit log (see the server's recordAudit calls). */
export const AUDIT_ENTITY_TYPES = [
  'user',
  'session',
  'institution',
  'task_force',
  'sub_task_force',
  'task_force_membership',
  'region',
  'region_lineage',
  'service_unit',
  'reference',
  'demo',
] as const;

export const AUDIT_ACTIONS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.login.locked',
  'auth.login.throttled',
  'auth.account.locked',
  'auth.logout',
  'auth.logout_all',
  'auth.password.changed',
  'auth.totp.setup_started',
  'auth.totp.enabled',
  'auth.totp.enable_failed',
  'auth.totp.disabled',
  'user.created',
  'user.updated',
  'user.password_reset',
  'user.unlocked',
  'user.sessions_revoked',
  'user.totp_reset',
  'institution.created',
  'institution.updated',
  'institution.renamed',
  'task_force.created',
  'task_force.updated',
  'task_force.sub_task_force_added',
  'task_force.membership_added',
  'task_force.membership_ended',
  'region.created',
  'region.updated',
  'region.lineage_recorded',
  'regions.imported',
  'service_unit.created',
  'service_unit.updated',
] as const;

export const AuditSearch = z.object({
  page,
  q: text,
  entityType: oneOf(AUDIT_ENTITY_TYPES),
  entityId: text,
  action: text,
});
export type AuditSearch = z.infer<typeof AuditSearch>;
