import { Button, Group, Paper } from '@mantine/core';
import { STRATEGY_CODES } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { FilterSelect } from '../../shared/list-toolbar.js';
import { useOptions } from '../../shared/option-lists.js';
import { pick } from '../../shared/search.js';
import { institutionOptionsQuery } from '../institutions/api.js';
import { RegionPicker } from '../regions/region-picker.js';
import { periodsQuery } from '../reporting/api.js';
import { usePlanLabel, yearsOf } from '../reporting/plan-label.js';
import type { PlanView } from '../reporting/types.js';
import type { DashboardSearch } from './search.js';

type Props = {
  search: DashboardSearch;
  plans: PlanView[];
  planId: string | undefined;
  year: number | undefined;
  set: (patch: Partial<DashboardSearch>) => void;
  reset: () => void;
};

/** Plan, year, period, strategy, institution, region; every choice goes into the URL. */
export function DashboardFilters({ search, plans, planId, year, set, reset }: Props) {
  const { t } = useTranslation();
  const { bi } = useFormat();
  const can = useCan();
  const options = useOptions();
  const planLabel = usePlanLabel();
  const plan = plans.find((p) => p.id === planId);
  const calendar = useQuery({ ...periodsQuery(planId ?? ''), enabled: !!planId });
  const institutions = useQuery({ ...institutionOptionsQuery, enabled: can('institutions.read') });
  const periods = (calendar.data?.periods ?? []).filter((p) => p.year === year);
  return (
    <Paper
      role="search"
      withBorder
      p="sm"
      mb="md"
      aria-label={t('filters.label')}
      data-testid="dashboard-filters"
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FilterSelect
          label={t('reporting.fields.plan')}
          value={planId}
          allLabel={t('monitoring.filters.pickPlan')}
          options={plans.map((p) => ({ value: p.id, label: planLabel(p) }))}
          onChange={(v) => set({ planId: v, year: undefined, periodCode: undefined })}
        />
        <FilterSelect
          label={t('reporting.fields.year')}
          value={year === undefined ? undefined : String(year)}
          allLabel={t('monitoring.filters.pickYear')}
          options={yearsOf(plan ? [plan] : []).map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set({ year: v ? Number(v) : undefined, periodCode: undefined })}
        />
        <FilterSelect
          label={t('reporting.fields.period')}
          value={search.periodCode}
          allLabel={t('monitoring.filters.wholeYear')}
          options={periods.map((p) => ({ value: p.code, label: bi(p.label) }))}
          onChange={(periodCode) => set({ periodCode })}
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
        <Button variant="default" onClick={reset}>
          {t('filters.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
