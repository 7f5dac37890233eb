import { Stack, Text } from '@mantine/core';
import { TASK_FORCE_LEVELS, type TaskForceView } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { ActiveBadge } from '../../shared/status-badge.js';
import { regionOptionsQuery } from '../regions/api.js';
import { taskForceListQuery } from './api.js';
import type { TaskForcesSearch } from './search.js';

const route = getRouteApi('/app/task-forces');

export function TaskForcesListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="taskForces.read" title={t('taskForces.list.title')}>
      <TaskForcesList />
    </RequirePermission>
  );
}

function TaskForcesList() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const options = useOptions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(taskForceListQuery(search));
  const provinces = useQuery({ ...regionOptionsQuery('province'), enabled: can('regions.read') });
  const set = (patch: Partial<TaskForcesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const columns: Column<TaskForceView>[] = [
    {
      key: 'name',
      header: t('taskForces.fields.name'),
      render: (tf) => (
        <AnchorLink to="/task-forces/$taskForceId" params={{ taskForceId: tf.id }} fw={600}>
          {tf.name}
        </AnchorLink>
      ),
    },
    {
      key: 'level',
      header: t('taskForces.fields.level'),
      render: (tf) => t(`enums.taskForceLevel.${tf.level}`),
    },
    {
      key: 'region',
      header: t('taskForces.fields.region'),
      render: (tf) =>
        tf.regionCode
          ? `${tf.regionName ?? ''} (${tf.regionCode})`
          : t('taskForces.fields.national'),
    },
    {
      key: 'basis',
      header: t('taskForces.fields.legalBasis'),
      render: (tf) => (
        <Stack gap={0}>
          <Text size="sm">{tf.legalBasisNumber}</Text>
          <Text size="xs" c="dimmed">
            {fmt.date(tf.legalBasisDate)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'active',
      header: t('taskForces.fields.status'),
      render: (tf) => <ActiveBadge active={tf.active} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('taskForces.list.title')}
        subtitle={t('taskForces.list.subtitle')}
        actions={
          can('taskForces.manage') ? (
            <ButtonLink
              to="/task-forces/new"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
            >
              {t('taskForces.list.create')}
            </ButtonLink>
          ) : null
        }
      />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('taskForces.list.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('taskForces.fields.level')}
          value={search.level}
          options={options.taskForceLevels}
          onChange={(v) => set({ level: pick(TASK_FORCE_LEVELS, v) })}
        />
        {provinces.data ? (
          <FilterSelect
            label={t('region.province')}
            value={search.regionCode}
            options={provinces.data.items.map((r) => ({ value: r.code, label: r.name }))}
            onChange={(regionCode) => set({ regionCode })}
          />
        ) : null}
        <FilterSelect
          label={t('filters.status')}
          value={search.active}
          options={options.active}
          onChange={(v) => set({ active: pick(['true', 'false'], v) })}
        />
      </ListToolbar>
      <DataTable
        caption={t('taskForces.list.caption')}
        testId="task-forces-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(tf) => tf.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
