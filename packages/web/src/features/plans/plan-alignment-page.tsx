import {
  Alert,
  Box,
  NativeSelect,
  Pagination,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { regionOptionsQuery } from '../regions/api.js';
import {
  alignmentTotals,
  groupByProvince,
  groupHasRad,
  groupMatches,
  type ProvinceGroup,
} from './alignment-groups.js';
import { ProvinceCard } from './alignment-region.js';
import { alignmentQuery, ranPlansQuery } from './api.js';
import { usePlanFormat } from './plan-format.js';
import { ALIGNMENT_STATUSES, type AlignmentSearch } from './search.js';
import type { AlignmentView } from './types.js';

const route = getRouteApi('/app/plans/alignment');
const GROUPS_PER_PAGE = 8;

export function PlanAlignmentPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="plans.read" title={t('plans.alignment.title')}>
      <PlanAlignment />
    </RequirePermission>
  );
}

/** Keselarasan RAD–RAN: which regions have a RAD, and which RAN activities each RAD takes up. */
function PlanAlignment() {
  const { t } = useTranslation();
  const f = usePlanFormat();
  const can = useCan();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const rans = useQuery(ranPlansQuery);
  const ranPlanId = search.ranPlanId ?? rans.data?.items[0]?.id;
  const view = useQuery({ ...alignmentQuery(ranPlanId ?? ''), enabled: ranPlanId !== undefined });
  const provinces = useQuery({ ...regionOptionsQuery('province'), enabled: can('regions.read') });
  const groups = useMemo(() => {
    const names = new Map((provinces.data?.items ?? []).map((r) => [r.code, r.name]));
    return view.data ? groupByProvince(view.data, names) : [];
  }, [view.data, provinces.data]);
  const set = (patch: Partial<AlignmentSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const header = (
    <PageHeader title={t('plans.alignment.title')} subtitle={t('plans.alignment.subtitle')} />
  );
  if (rans.isError)
    return (
      <>
        {header}
        <ErrorState error={rans.error} onRetry={() => void rans.refetch()} />
      </>
    );
  if (!rans.data)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  if (rans.data.items.length === 0)
    return (
      <>
        {header}
        <Alert color="blue" variant="light">
          {t('plans.alignment.noRan')}
        </Alert>
      </>
    );

  return (
    <>
      {header}
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('plans.alignment.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <NativeSelect
          label={t('plans.alignment.ran')}
          value={ranPlanId ?? ''}
          data={rans.data.items.map((p) => ({
            value: p.id,
            label: `RAN ${f.period(p)}`,
          }))}
          onChange={(e) => set({ ranPlanId: e.currentTarget.value })}
          style={{ flex: '1 1 12rem', maxWidth: '20rem' }}
        />
        {view.data ? (
          <FilterSelect
            label={t('region.province')}
            value={search.province}
            options={groups.map((g) => ({ value: g.code, label: g.name }))}
            onChange={(province) => set({ province })}
          />
        ) : null}
        <FilterSelect
          label={t('plans.alignment.status')}
          value={search.status}
          options={ALIGNMENT_STATUSES.map((s) => ({
            value: s,
            label: t(`plans.alignment.statuses.${s}`),
          }))}
          onChange={(v) => set({ status: pick(ALIGNMENT_STATUSES, v) })}
        />
      </ListToolbar>
      {view.data ? (
        <AlignmentBody
          view={view.data}
          groups={groups}
          search={search}
          onPage={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        />
      ) : view.isError ? (
        <ErrorState error={view.error} onRetry={() => void view.refetch()} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}

function AlignmentBody({
  view,
  groups: all,
  search,
  onPage,
}: {
  view: AlignmentView;
  groups: ProvinceGroup[];
  search: AlignmentSearch;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const activities = useMemo(
    () => new Map(view.ranActivities.map((a) => [a.id, a])),
    [view.ranActivities],
  );
  const groups = useMemo(() => {
    const needle = search.q?.toLowerCase();
    return all.filter(
      (g) =>
        (!search.province || g.code === search.province) &&
        (!search.status || groupHasRad(g) === (search.status === 'with')) &&
        (!needle || groupMatches(g, needle)),
    );
  }, [all, search.q, search.province, search.status]);
  const pages = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
  const page = Math.min(search.page ?? 1, pages);
  const shown = groups.slice((page - 1) * GROUPS_PER_PAGE, page * GROUPS_PER_PAGE);

  return (
    <Stack gap="md">
      <Summary view={view} />
      <Text size="sm" aria-live="polite">
        {t('plans.alignment.groupsShown', { count: groups.length })}
      </Text>
      {shown.length === 0 ? <Text>{t('table.empty')}</Text> : null}
      {shown.map((g) => (
        <ProvinceCard key={g.code} group={g} activities={activities} />
      ))}
      {pages > 1 ? (
        <Box component="nav" aria-label={t('table.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onPage}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(p) => ({
              'aria-label': t('table.page', { page: p }),
              'aria-current': p === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({
              'aria-label': {
                first: t('table.first'),
                previous: t('table.previous'),
                next: t('table.next'),
                last: t('table.last'),
              }[control],
            })}
          />
        </Box>
      ) : null}
    </Stack>
  );
}

function Summary({ view }: { view: AlignmentView }) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  const s = alignmentTotals(view);
  const items = [
    { label: t('plans.alignment.ranActivities'), value: String(s.activities) },
    // a kabupaten/kota user sees no province row
    ...(s.provinces === 0
      ? []
      : [
          {
            label: t('plans.alignment.provincesWithRad'),
            value: t('plans.alignment.ofTotal', { count: s.provincesWithRad, total: s.provinces }),
          },
        ]),
    {
      label: t('plans.alignment.regenciesWithRad'),
      value: t('plans.alignment.ofTotal', { count: s.regenciesWithRad, total: s.regencies }),
    },
    { label: t('plans.alignment.regionsWithoutRad'), value: String(s.withoutRad) },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="alignment-summary">
      <Title order={2} size="h4" mb="xs" id="alignment-summary" className="wrap-anywhere">
        {view.ran.title} ({f.period(view.ran)})
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="sm" m={0}>
        {items.map((i) => (
          <Stack key={i.label} gap={0}>
            <Text component="dt" size="sm" c="dimmed" fw={600}>
              {i.label}
            </Text>
            <Text component="dd" m={0} fw={700} size="lg">
              {i.value}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
