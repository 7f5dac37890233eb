import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import {
  NonPlanSearch,
  ReportNewSearch,
  ReportsSearch,
  TasksSearch,
  VerificationSearch,
} from './search.js';

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports',
  validateSearch: (search: Record<string, unknown>) => ReportsSearch.parse(search),
  component: lazyRouteComponent(() => import('./reports-list-page.js'), 'ReportsListPage'),
});

/** Tugas pelaporan: what the reporter's institution still has to file. */
const tasksRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/tasks',
  validateSearch: (search: Record<string, unknown>) => TasksSearch.parse(search),
  component: lazyRouteComponent(() => import('./my-reporting-page.js'), 'MyReportingPage'),
});

const reportNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/new',
  validateSearch: (search: Record<string, unknown>) => ReportNewSearch.parse(search),
  component: lazyRouteComponent(() => import('./report-create-page.js'), 'ReportCreatePage'),
});

const reportDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'reports/$reportId',
  component: lazyRouteComponent(() => import('./report-detail-page.js'), 'ReportDetailPage'),
});

const verificationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'verification',
  validateSearch: (search: Record<string, unknown>) => VerificationSearch.parse(search),
  component: lazyRouteComponent(() => import('./verification-page.js'), 'VerificationPage'),
});

const nonPlanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'non-plan-activities',
  validateSearch: (search: Record<string, unknown>) => NonPlanSearch.parse(search),
  component: lazyRouteComponent(() => import('./non-plan-list-page.js'), 'NonPlanListPage'),
});

const nonPlanCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'non-plan-activities/new',
  component: lazyRouteComponent(() => import('./non-plan-create-page.js'), 'NonPlanCreatePage'),
});

const nonPlanEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'non-plan-activities/$activityId',
  component: lazyRouteComponent(() => import('./non-plan-edit-page.js'), 'NonPlanEditPage'),
});

export const reportingRoutes = [
  reportsRoute,
  tasksRoute,
  reportNewRoute,
  reportDetailRoute,
  verificationRoute,
  nonPlanRoute,
  nonPlanCreateRoute,
  nonPlanEditRoute,
] as const;
