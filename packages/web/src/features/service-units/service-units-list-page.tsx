import { SERVICE_UNIT_KINDS, type ServiceUnitView } from '@sigap/domain';
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
import { regionOptionsQuery } from '../regions/api.js';
import { serviceUnitListQuery } from './api.js';
import type { ServiceUnitsSearch } from './search.js';

const route = getRouteApi('/app/service-units');

export function ServiceUnitsListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="serviceUnits.read" title={t('serviceUnits.list.title')}>
      <ServiceUnitsList />
    </RequirePermission>
  );
}

function ServiceUnitsList() {
  const { t } = useTranslation();
  const can = useCan();
  const options = useOptions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(serviceUnitListQuery(search));
  const provinces = useQuery({ ...regionOptionsQuery('province'), enabled: can('regions.read') });
  const set = (patch: Partial<ServiceUnitsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const columns: Column<ServiceUnitView>[] = [
    {
      key: 'name',
      header: t('serviceUnits.fields.name'),
      render: (u) => (
        <AnchorLink to="/service-units/$serviceUnitId" params={{ serviceUnitId: u.id }} fw={600}>
          {u.name}
        </AnchorLink>
      ),
    },
    {
      key: 'kind',
      header: t('serviceUnits.fields.kind'),
      render: (u) => t(`enums.serviceUnitKind.${u.kind}`),
    },
    {
      key: 'region',
      header: t('serviceUnits.fields.region'),
      render: (u) => `${u.regionName} (${u.regionCode})`,
    },
    {
      key: 'institution',
      header: t('serviceUnits.fields.institutionShort'),
      render: (u) => u.institution?.name ?? '—',
    },
    {
      key: 'capacity',
      header: t('serviceUnits.fields.capacityShort'),
      render: (u) => (u.capacity === null ? '—' : String(u.capacity)),
      nowrap: true,
    },
    {
      key: 'active',
      header: t('serviceUnits.fields.status'),
      render: (u) => <ActiveBadge active={u.active} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('serviceUnits.list.title')}
        subtitle={t('serviceUnits.list.subtitle')}
        actions={
          can('serviceUnits.manage') ? (
            <ButtonLink
              to="/service-units/new"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
            >
              {t('serviceUnits.list.create')}
            </ButtonLink>
          ) : null
        }
      />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('serviceUnits.list.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('serviceUnits.fields.kind')}
          value={search.kind}
          options={options.serviceUnitKinds}
          onChange={(v) => set({ kind: pick(SERVICE_UNIT_KINDS, v) })}
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
        caption={t('serviceUnits.list.caption')}
        testId="service-units-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(u) => u.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
