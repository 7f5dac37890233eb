import auditEn from '../../features/audit/locales/en.json';
import auditId from '../../features/audit/locales/id.json';
import caseImportEn from '../../features/case-import/locales/en.json';
import caseImportId from '../../features/case-import/locales/id.json';
import caseStatsEn from '../../features/case-stats/locales/en.json';
import caseStatsId from '../../features/case-stats/locales/id.json';
import casesEn from '../../features/cases/locales/en.json';
import casesId from '../../features/cases/locales/id.json';
import clearingEn from '../../features/clearing/locales/en.json';
import clearingId from '../../features/clearing/locales/id.json';
import homeEn from '../../features/home/locales/en.json';
import homeId from '../../features/home/locales/id.json';
import identityEn from '../../features/identity/locales/en.json';
import identityId from '../../features/identity/locales/id.json';
import institutionsEn from '../../features/institutions/locales/en.json';
import institutionsId from '../../features/institutions/locales/id.json';
import monitoringEn from '../../features/monitoring/locales/en.json';
import monitoringId from '../../features/monitoring/locales/id.json';
import notificationsEn from '../../features/notifications/locales/en.json';
import notificationsId from '../../features/notifications/locales/id.json';
import plansEn from '../../features/plans/locales/en.json';
import plansId from '../../features/plans/locales/id.json';
import regionsEn from '../../features/regions/locales/en.json';
import regionsId from '../../features/regions/locales/id.json';
import reportingEn from '../../features/reporting/locales/en.json';
import reportingId from '../../features/reporting/locales/id.json';
import serviceUnitsEn from '../../features/service-units/locales/en.json';
import serviceUnitsId from '../../features/service-units/locales/id.json';
import taskForcesEn from '../../features/task-forces/locales/en.json';
import taskForcesId from '../../features/task-forces/locales/id.json';
import usersEn from '../../features/users/locales/en.json';
import usersId from '../../features/users/locales/id.json';
import appEn from './en.json';
import appId from './id.json';

/**
 * All texts, Indonesian first. The English bundle is typed as the Indonesian one, so a key
 * missing in English fails the type check.
 */
export const id = {
  ...appId,
  identity: identityId,
  home: homeId,
  users: usersId,
  institutions: institutionsId,
  taskForces: taskForcesId,
  regions: regionsId,
  serviceUnits: serviceUnitsId,
  audit: auditId,
  plans: plansId,
  reporting: reportingId,
  monitoring: monitoringId,
  notifications: notificationsId,
  cases: casesId,
  caseImport: caseImportId,
  caseStats: caseStatsId,
  clearing: clearingId,
};

export type Resources = typeof id;

export const en: Resources = {
  ...appEn,
  identity: identityEn,
  home: homeEn,
  users: usersEn,
  institutions: institutionsEn,
  taskForces: taskForcesEn,
  regions: regionsEn,
  serviceUnits: serviceUnitsEn,
  audit: auditEn,
  plans: plansEn,
  reporting: reportingEn,
  monitoring: monitoringEn,
  notifications: notificationsEn,
  cases: casesEn,
  caseImport: caseImportEn,
  caseStats: caseStatsEn,
  clearing: clearingEn,
};
