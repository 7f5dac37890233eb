import { Group } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { reportListQuery } from './api.js';
import { useReportColumns } from './report-columns.js';
import { ReportFilters } from './report-filters.js';
import type { ReportsSearch } from './search.js';

const route = getRouteApi('/app/reports');

export function ReportsListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.read" title={t('reporting.list.title')}>
      <ReportsList />
    </RequirePermission>
  );
}

function ReportsList() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(reportListQuery(search));
  const set = (patch: Partial<ReportsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const columns = useReportColumns([
    {
      key: 'updated',
      header: t('reporting.fields.updatedAt'),
      nowrap: true,
      render: (r) => fmt.dateTime(r.updatedAt),
    },
  ]);

  return (
    <>
      <PageHeader
        title={t('reporting.list.title')}
        subtitle={t('reporting.list.subtitle')}
        actions={
          can('reports.file') ? (
            <Group gap="xs">
              <ButtonLink
                to="/reports/tasks"
                search={{}}
                leftSection={<IconChecklist size={16} aria-hidden="true" />}
              >
                {t('reporting.tasks.title')}
              </ButtonLink>
            </Group>
          ) : null
        }
      />
      <ReportFilters
        search={search}
        set={set}
        reset={() => void navigate({ search: {} })}
        rows={query.data?.items}
      />
      <DataTable
        caption={t('reporting.list.caption')}
        testId="reports-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(r) => r.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
