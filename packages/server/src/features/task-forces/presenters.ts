import type { MembershipView, SubTaskForceView } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { currentInstitutionName, institutionNameOn } from '../institutions/current-name.js';
import { institutions } from '../institutions/schema.js';
import { qualified } from '../shared/qualified.js';
import { subTaskForces, taskForceMemberships, taskForces } from './schema.js';

export const taskForceViewColumns = {
  id: taskForces.id,
  level: taskForces.level,
  regionCode: taskForces.regionCode,
  regionName: sql<
    string | null
  >`(select r.name from regions r where r.code = ${qualified(taskForces.regionCode)})`,
  name: taskForces.name,
  legalBasisNumber: taskForces.legalBasisNumber,
  legalBasisDate: taskForces.legalBasisDate,
  legalBasisTitle: taskForces.legalBasisTitle,
  active: taskForces.active,
};

export function selectTaskForces(db: DbOrTx) {
  return db.select(taskForceViewColumns).from(taskForces);
}

/** National first, then provinces and kabupaten/kota by Kemendagri code. */
export const taskForceOrder = [sql`${taskForces.regionCode} asc nulls first`, taskForces.name];

/** Seats in the order a decree lists them: chairs, daily chair, secretariat, then members. */
export const roleRank = sql`case ${taskForceMemberships.role}
  when 'chair' then 1 when 'deputy_chair' then 2 when 'daily_chair' then 3
  when 'secretariat' then 4 when 'sub_task_force_coordinator' then 5 else 6 end`;

/**
 * A seat with its institution. Asked for a date, the institution carries the name it had then
 * (Kemenko Kesra in 2010); otherwise today's name.
 */
export function membershipColumns(asOf: string | undefined) {
  return {
    id: taskForceMemberships.id,
    institutionId: institutions.id,
    institutionCode: institutions.code,
    institutionName: asOf
      ? institutionNameOn(institutions.id, asOf)
      : currentInstitutionName(institutions.id),
    role: taskForceMemberships.role,
    position: taskForceMemberships.position,
    subTaskForceId: taskForceMemberships.subTaskForceId,
    legalBasis: taskForceMemberships.legalBasis,
    validFrom: taskForceMemberships.validFrom,
    validTo: taskForceMemberships.validTo,
  };
}

type MembershipRow = {
  id: string;
  institutionId: string;
  institutionCode: string;
  institutionName: string;
  role: MembershipView['role'];
  position: string | null;
  subTaskForceId: string | null;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
};

export function presentMembership(row: MembershipRow): MembershipView {
  return {
    id: row.id,
    institution: { id: row.institutionId, code: row.institutionCode, name: row.institutionName },
    role: row.role,
    position: row.position,
    subTaskForceId: row.subTaskForceId,
    legalBasis: row.legalBasis,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export const subTaskForceColumns = {
  id: subTaskForces.id,
  name: subTaskForces.name,
  strategyCode: subTaskForces.strategyCode,
  coordinatorId: subTaskForces.coordinatorInstitutionId,
  coordinatorName: sql<
    string | null
  >`case when ${subTaskForces.coordinatorInstitutionId} is null then null else ${currentInstitutionName(subTaskForces.coordinatorInstitutionId)} end`,
};

type SubTaskForceRow = {
  id: string;
  name: string;
  strategyCode: SubTaskForceView['strategyCode'];
  coordinatorId: string | null;
  coordinatorName: string | null;
};

export function presentSubTaskForce(row: SubTaskForceRow): SubTaskForceView {
  return {
    id: row.id,
    name: row.name,
    strategyCode: row.strategyCode,
    coordinator:
      row.coordinatorId && row.coordinatorName
        ? { id: row.coordinatorId, name: row.coordinatorName }
        : null,
  };
}
