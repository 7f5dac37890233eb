import { auditRoutes } from './features/audit/routes.js';
import { caseExportRoutes } from './features/case-import/export-routes.js';
import { caseImportRoutes } from './features/case-import/routes.js';
import { casePrivacyRoutes } from './features/case-privacy/routes.js';
import { caseStatsRoutes } from './features/case-stats/routes.js';
import { casesRoutes } from './features/cases/routes.js';
import { clearingRoutes } from './features/clearing/routes.js';
import { authRoutes } from './features/identity/auth-routes.js';
import { usersRoutes } from './features/identity/users-routes.js';
import { institutionsRoutes } from './features/institutions/routes.js';
import { monitoringRoutes } from './features/monitoring/routes.js';
import { notificationsRoutes } from './features/notifications/routes.js';
import { plansRoutes } from './features/plans/routes.js';
import { referenceRoutes } from './features/reference/routes.js';
import { regionsRoutes } from './features/regions/routes.js';
import { reportingRoutes } from './features/reporting/routes.js';
import { serviceUnitsRoutes } from './features/service-units/routes.js';
import { taskForcesRoutes } from './features/task-forces/routes.js';
import type { AppContext } from './platform/context.js';
import type { App } from './platform/http/types.js';

/** Every feature's routes; the one list to read to know what the API offers. */
export async function registerFeatureRoutes(app: App, ctx: AppContext) {
  for (const routes of [
    referenceRoutes,
    authRoutes,
    usersRoutes,
    auditRoutes,
    regionsRoutes,
    institutionsRoutes,
    taskForcesRoutes,
    serviceUnitsRoutes,
    plansRoutes,
    reportingRoutes,
    monitoringRoutes,
    notificationsRoutes,
    caseImportRoutes,
    caseExportRoutes,
    casesRoutes,
    casePrivacyRoutes,
    caseStatsRoutes,
    clearingRoutes,
  ]) {
    await routes(app, ctx);
  }
}
