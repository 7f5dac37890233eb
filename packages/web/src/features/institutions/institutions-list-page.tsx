import { Stack, Text } from '@mantine/core';
import { INSTITUTION_KINDS, type InstitutionView } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
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
import { ActiveBadge } from '../../shared/status-badge.js';
import { institutionListQuery } from './api.js';
import type { InstitutionsSearch } from './search.js';

const route = getRouteApi('/app/institutions');

export function InstitutionsListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="institutions.read" title={t('institutions.list.title')}>
      <InstitutionsList />
    </RequirePermission>
  );
}

function InstitutionsList() {
  const { t } = useTranslation();
  const can = useCan();
  const options = useOptions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(institutionListQuery(search));
  const set = (patch: Partial<InstitutionsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const columns: Column<InstitutionView>[] = [
    {
      key: 'name',
      header: t('institutions.fields.name'),
      render: (i) => (
        <Stack gap={0}>
          <AnchorLink to="/institutions/$institutionId" params={{ institutionId: i.id }} fw={600}>
            {i.name}
          </AnchorLink>
          {i.successor ? (
            <Text size="xs" c="dimmed">
              → {i.successor.name}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'abbr', header: t('institutions.fields.abbreviation'), render: (i) => i.abbreviation },
    { key: 'code', header: t('institutions.fields.code'), render: (i) => i.code, nowrap: true },
    {
      key: 'kind',
      header: t('institutions.fields.kind'),
      render: (i) => t(`enums.institutionKind.${i.kind}`),
    },
    {
      key: 'region',
      header: t('institutions.fields.region'),
      render: (i) => i.regionCode ?? t('institutions.fields.national'),
      nowrap: true,
    },
    {
      key: 'active',
      header: t('institutions.fields.status'),
      render: (i) => <ActiveBadge active={i.active} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('institutions.list.title')}
        subtitle={t('institutions.list.subtitle')}
        actions={
          can('institutions.manage') ? (
            <ButtonLink
              to="/institutions/new"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
            >
              {t('institutions.list.create')}
            </ButtonLink>
          ) : null
        }
      />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('institutions.list.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('institutions.fields.kind')}
          value={search.kind}
          options={options.institutionKinds}
          onChange={(v) => set({ kind: pick(INSTITUTION_KINDS, v) })}
        />
        <FilterSelect
          label={t('filters.status')}
          value={search.active}
          options={options.active}
          onChange={(v) => set({ active: pick(['true', 'false'], v) })}
        />
      </ListToolbar>
      <DataTable
        caption={t('institutions.list.caption')}
        testId="institutions-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(i) => i.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
