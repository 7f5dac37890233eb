import { Stack, Text } from '@mantine/core';
import { PLAN_KINDS } from '@sigap/domain';
import { IconFileSpreadsheet, IconTopologyStar3 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { regionOptionsQuery } from '../regions/api.js';
import { planListQuery } from './api.js';
import { usePlanFormat } from './plan-format.js';
import type { PlansSearch } from './search.js';
import type { PlanView } from './types.js';

const route = getRouteApi('/app/plans');

/** Years a plan filter offers: the RAN periods since 2015 and a few years ahead. */
function yearOptions(): { value: string; label: string }[] {
  const last = new Date().getFullYear() + 5;
  const out = [];
  for (let y = last; y >= 2015; y--) out.push({ value: String(y), label: String(y) });
  return out;
}

export function PlansListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="plans.read" title={t('plans.list.title')}>
      <PlansList />
    </RequirePermission>
  );
}

function PlansList() {
  const { t } = useTranslation();
  const can = useCan();
  const f = usePlanFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(planListQuery(search));
  const province = search.regionCode?.slice(0, 2);
  const provinces = useQuery({ ...regionOptionsQuery('province'), enabled: can('regions.read') });
  const regencies = useQuery({
    ...regionOptionsQuery('regency', province),
    enabled: can('regions.read') && province !== undefined,
  });
  const set = (patch: Partial<PlansSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const columns: Column<PlanView>[] = [
    {
      key: 'title',
      header: t('plans.fields.title'),
      render: (p) => (
        <Stack gap={2}>
          <AnchorLink to="/plans/$planId" params={{ planId: p.id }} search={{}} fw={600}>
            {p.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {t('plans.list.counts', { activities: p.activityCount, indicators: p.indicatorCount })}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: t('plans.fields.kind'),
      nowrap: true,
      render: (p) => (
        <StatusBadge tone={p.kind === 'ran' ? 'info' : 'ok'}>{f.kind(p.kind)}</StatusBadge>
      ),
    },
    { key: 'region', header: t('plans.fields.region'), render: (p) => f.region(p) },
    { key: 'period', header: t('plans.fields.period'), nowrap: true, render: (p) => f.period(p) },
    {
      key: 'revision',
      header: t('plans.fields.revision'),
      nowrap: true,
      render: (p) => (
        <Stack gap={0}>
          <Text size="sm">{t('plans.revisionNumber', { number: p.revision })}</Text>
          <Text size="xs" c="dimmed">
            {f.date(p.updatedAt)}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'legalBasis',
      header: t('plans.fields.legalBasis'),
      render: (p) => (
        <Text size="sm" lineClamp={3} title={p.legalBasis ?? undefined}>
          {p.legalBasis ?? t('plans.noLegalBasis')}
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('plans.list.title')}
        subtitle={t('plans.list.subtitle')}
        actions={
          <>
            <ButtonLink
              to="/plans/alignment"
              search={{}}
              variant="default"
              leftSection={<IconTopologyStar3 size={16} aria-hidden="true" />}
            >
              {t('plans.alignment.title')}
            </ButtonLink>
            {can('plans.manage') ? (
              <ButtonLink
                to="/plans/import"
                search={{}}
                leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
              >
                {t('plans.import.title')}
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('plans.list.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('plans.fields.kind')}
          value={search.kind}
          options={PLAN_KINDS.map((k) => ({ value: k, label: f.kind(k) }))}
          onChange={(v) => set({ kind: pick(PLAN_KINDS, v) })}
        />
        {provinces.data ? (
          <FilterSelect
            label={t('region.province')}
            value={province}
            options={provinces.data.items.map((r) => ({ value: r.code, label: r.name }))}
            onChange={(regionCode) => set({ regionCode })}
          />
        ) : null}
        {province && regencies.data ? (
          <FilterSelect
            label={t('region.regency')}
            value={search.regionCode?.length === 5 ? search.regionCode : undefined}
            allLabel={t('region.noRegency')}
            options={regencies.data.items.map((r) => ({ value: r.code, label: r.name }))}
            onChange={(regionCode) => set({ regionCode: regionCode ?? province })}
          />
        ) : null}
        <FilterSelect
          label={t('plans.fields.year')}
          value={search.year === undefined ? undefined : String(search.year)}
          options={yearOptions()}
          onChange={(v) => set({ year: v === undefined ? undefined : Number(v) })}
        />
      </ListToolbar>
      <DataTable
        caption={t('plans.list.caption')}
        testId="plans-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(p) => p.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
