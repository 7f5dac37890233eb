import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { ImportsSearch, NewImportSearch, NewTemplateSearch } from './search.js';

/** Impor data kasus: past imports and templates, a new import, one import, a template. */
const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'case-imports',
  validateSearch: (search: Record<string, unknown>) => ImportsSearch.parse(search),
  component: lazyRouteComponent(() => import('./imports-page.js'), 'ImportsPage'),
});

const newImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'case-imports/new',
  validateSearch: (search: Record<string, unknown>) => NewImportSearch.parse(search),
  component: lazyRouteComponent(() => import('./new-import-page.js'), 'NewImportPage'),
});

const batchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'case-imports/$batchId',
  component: lazyRouteComponent(() => import('./batch-page.js'), 'BatchPage'),
});

const newTemplateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'case-imports/templates/new',
  validateSearch: (search: Record<string, unknown>) => NewTemplateSearch.parse(search),
  component: lazyRouteComponent(() => import('./template-page.js'), 'NewTemplatePage'),
});

const editTemplateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'case-imports/templates/$templateId',
  component: lazyRouteComponent(() => import('./template-page.js'), 'EditTemplatePage'),
});

export const caseImportRoutes = [
  importsRoute,
  newImportRoute,
  batchRoute,
  newTemplateRoute,
  editTemplateRoute,
] as const;
