import { Stack, Text } from '@mantine/core';
import { STRATEGIES, STRATEGY_CODES } from '@sigap/domain';
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
import { institutionOptionsQuery } from '../institutions/api.js';
import { RegionPicker } from '../regions/region-picker.js';
import { nonPlanListQuery } from './api.js';
import { useNumbers } from './numbers.js';
import type { NonPlanSearch } from './search.js';
import type { NonPlanActivityView } from './types.js';

const route = getRouteApi('/app/non-plan-activities');

export function NonPlanListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.read" title={t('reporting.nonPlan.title')}>
      <NonPlanList />
    </RequirePermission>
  );
}

function NonPlanList() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const n = useNumbers();
  const options = useOptions();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(nonPlanListQuery(search));
  const institutions = useQuery({ ...institutionOptionsQuery, enabled: can('institutions.read') });
  const set = (patch: Partial<NonPlanSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 12 }, (_, i) => String(thisYear - i));

  const columns: Column<NonPlanActivityView>[] = [
    {
      key: 'title',
      header: t('reporting.nonPlan.fields.title'),
      render: (a) => (
        <Stack gap={0} miw={200}>
          <AnchorLink
            to="/non-plan-activities/$activityId"
            params={{ activityId: a.id }}
            fw={600}
            className="wrap-anywhere"
          >
            {a.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {a.institution.name}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'strategy',
      header: t('reporting.fields.strategy'),
      render: (a) => {
        const s = STRATEGIES.find((x) => x.code === a.strategy);
        return s ? `${s.number}. ${fmt.bi(s)}` : a.strategy;
      },
    },
    {
      key: 'when',
      header: t('reporting.nonPlan.fields.when'),
      nowrap: true,
      render: (a) =>
        a.endsOn ? `${fmt.date(a.startsOn)} – ${fmt.date(a.endsOn)}` : fmt.date(a.startsOn),
    },
    {
      key: 'regions',
      header: t('reporting.fields.regions'),
      render: (a) =>
        a.regionCodes.length === 0
          ? t('reporting.nonPlan.national')
          : t('reporting.nonPlan.regionCount', { count: a.regionCodes.length }),
    },
    {
      key: 'budget',
      header: t('reporting.fields.realisedBudget'),
      nowrap: true,
      render: (a) => n.rupiah(a.realisedBudget),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('reporting.nonPlan.title')}
        subtitle={t('reporting.nonPlan.subtitle')}
        actions={
          can('reports.file') ? (
            <ButtonLink
              to="/non-plan-activities/new"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
            >
              {t('reporting.nonPlan.create')}
            </ButtonLink>
          ) : null
        }
      />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('reporting.fields.year')}
          value={search.year === undefined ? undefined : String(search.year)}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={(v) => set({ year: v ? Number(v) : undefined })}
        />
        <FilterSelect
          label={t('reporting.fields.strategy')}
          value={search.strategy}
          options={options.strategies}
          onChange={(v) => set({ strategy: pick(STRATEGY_CODES, v) })}
        />
        {institutions.data ? (
          <FilterSelect
            label={t('reporting.fields.institution')}
            value={search.institutionId}
            options={institutions.data.items.map((i) => ({ value: i.id, label: i.name }))}
            onChange={(institutionId) => set({ institutionId })}
          />
        ) : null}
        <div style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
          <RegionPicker
            mode="province-or-regency"
            labelPrefix={t('reporting.fields.region')}
            value={search.regionCode ?? null}
            onChange={(code) => set({ regionCode: code ?? undefined })}
          />
        </div>
      </ListToolbar>
      <DataTable
        caption={t('reporting.nonPlan.caption')}
        testId="non-plan-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(a) => a.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
