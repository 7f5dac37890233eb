import { Checkbox, Group } from '@mantine/core';
import { REGION_LEVELS, type RegionView } from '@sigap/domain';
import { IconGitFork, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { regionListQuery } from './api.js';
import { RegionBreadcrumbs } from './region-breadcrumbs.js';
import { RegionValidity, useRegionLevelText } from './region-text.js';
import type { RegionsSearch } from './search.js';

const route = getRouteApi('/app/regions');

export function RegionsListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="regions.read" title={t('regions.list.title')}>
      <RegionsList />
    </RequirePermission>
  );
}

function RegionsList() {
  const { t } = useTranslation();
  const can = useCan();
  const options = useOptions();
  const levelText = useRegionLevelText();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Start at the top: provinces, unless drilling down or searching.
  const level = search.level ?? (search.parentCode || search.q ? undefined : 'province');
  const query = useQuery(regionListQuery({ ...search, level }));
  const set = (patch: Partial<RegionsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const columns: Column<RegionView>[] = [
    { key: 'code', header: t('regions.fields.code'), render: (r) => r.code, nowrap: true },
    {
      key: 'name',
      header: t('regions.fields.name'),
      render: (r) => (
        <AnchorLink to="/regions/$regionCode" params={{ regionCode: r.code }} fw={600}>
          {r.name}
        </AnchorLink>
      ),
    },
    { key: 'level', header: t('regions.fields.level'), render: levelText },
    {
      key: 'children',
      header: t('regions.fields.children'),
      render: (r) =>
        r.childCount > 0 ? (
          <AnchorLink to="/regions" search={{ parentCode: r.code }}>
            {t('regions.list.children', { count: r.childCount })}
          </AnchorLink>
        ) : (
          t('regions.list.noChildren')
        ),
    },
    {
      key: 'validity',
      header: t('regions.fields.validity'),
      render: (r) => <RegionValidity region={r} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('regions.list.title')}
        subtitle={t('regions.list.subtitle')}
        actions={
          can('regions.manage') ? (
            <>
              <ButtonLink
                to="/regions/lineage/new"
                variant="default"
                leftSection={<IconGitFork size={16} aria-hidden="true" />}
              >
                {t('regions.list.addLineage')}
              </ButtonLink>
              <ButtonLink to="/regions/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
                {t('regions.list.create')}
              </ButtonLink>
            </>
          ) : null
        }
      />
      <RegionBreadcrumbs parentCode={search.parentCode} />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('regions.list.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        {search.parentCode ? null : (
          <FilterSelect
            label={t('regions.fields.level')}
            value={level}
            options={options.regionLevels}
            onChange={(v) => set({ level: pick(REGION_LEVELS, v) })}
          />
        )}
        <Group pb={6}>
          <Checkbox
            label={t('regions.list.historic')}
            checked={search.historic === 'true'}
            onChange={(e) => set({ historic: e.currentTarget.checked ? 'true' : undefined })}
          />
        </Group>
      </ListToolbar>
      <DataTable
        caption={t('regions.list.caption')}
        testId="regions-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(r) => r.code}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
