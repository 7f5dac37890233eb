import { Badge, Button, Group, Text } from '@mantine/core';
import { REPORT_STATE_LABELS, REPORT_STATES, STRATEGY_CODES } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { useOptions } from '../../shared/option-lists.js';
import { pick } from '../../shared/search.js';
import { institutionOptionsQuery } from '../institutions/api.js';
import { RegionPicker } from '../regions/region-picker.js';
import { periodsQuery, planOptionsQuery } from './api.js';
import { usePlanLabel, yearsOf } from './plan-label.js';
import type { ReportsSearch } from './search.js';
import type { ReportSummary } from './types.js';

type Props = {
  search: ReportsSearch;
  set: (patch: Partial<ReportsSearch>) => void;
  reset: () => void;
  /** Rows on screen: name the activity or indicator a dashboard link narrowed the list to. */
  rows: ReportSummary[] | undefined;
};

/** The reports list's filters: plan, year, period, state, institution, strategy, region. */
export function ReportFilters({ search, set, reset, rows }: Props) {
  const { t } = useTranslation();
  const { bi } = useFormat();
  const can = useCan();
  const options = useOptions();
  const planLabel = usePlanLabel();
  const plans = useQuery(planOptionsQuery());
  const periods = useQuery({ ...periodsQuery(search.planId ?? ''), enabled: !!search.planId });
  const institutions = useQuery({ ...institutionOptionsQuery, enabled: can('institutions.read') });
  const planList = plans.data?.items ?? [];
  const chosenPlan = planList.find((p) => p.id === search.planId);
  const years = yearsOf(chosenPlan ? [chosenPlan] : planList);
  const periodOptions = (periods.data?.periods ?? [])
    .filter((p) => !search.year || p.year === search.year)
    .map((p) => ({ value: p.code, label: bi(p.label) }));
  const stateOptions: Array<{ value: string; label: string }> = REPORT_STATES.map((s) => ({
    value: s,
    label: bi(REPORT_STATE_LABELS[s]),
  }));
  // a dashboard link may ask for several states at once: offer that choice as it is
  if (search.state?.includes(','))
    stateOptions.unshift({
      value: search.state,
      label: search.state
        .split(',')
        .map((s) => bi(REPORT_STATE_LABELS[pick(REPORT_STATES, s) ?? 'draft']))
        .join(', '),
    });

  return (
    <>
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('reporting.list.searchLabel')}
        onReset={reset}
      >
        <FilterSelect
          label={t('reporting.fields.plan')}
          value={search.planId}
          options={planList.map((p) => ({ value: p.id, label: planLabel(p) }))}
          onChange={(planId) => set({ planId, periodCode: undefined, upToPeriodCode: undefined })}
        />
        <FilterSelect
          label={t('reporting.fields.year')}
          value={search.year === undefined ? undefined : String(search.year)}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set({ year: v ? Number(v) : undefined, periodCode: undefined })}
        />
        {search.planId ? (
          <FilterSelect
            label={t('reporting.fields.period')}
            value={search.periodCode}
            options={periodOptions}
            onChange={(periodCode) => set({ periodCode })}
          />
        ) : null}
        <FilterSelect
          label={t('reporting.fields.state')}
          value={search.state}
          options={stateOptions}
          onChange={(state) => set({ state })}
        />
        {institutions.data ? (
          <FilterSelect
            label={t('reporting.fields.institution')}
            value={search.institutionId}
            options={institutions.data.items.map((i) => ({ value: i.id, label: i.name }))}
            onChange={(institutionId) => set({ institutionId })}
          />
        ) : null}
        <FilterSelect
          label={t('reporting.fields.strategy')}
          value={search.strategy}
          options={options.strategies}
          onChange={(v) => set({ strategy: pick(STRATEGY_CODES, v) })}
        />
        <RegionFilter value={search.regionCode} onChange={(regionCode) => set({ regionCode })} />
      </ListToolbar>
      <NarrowedBy search={search} set={set} rows={rows} />
    </>
  );
}

function RegionFilter(props: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <div style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
      <RegionPicker
        mode="province-or-regency"
        labelPrefix={t('reporting.fields.region')}
        value={props.value ?? null}
        onChange={(code) => props.onChange(code ?? undefined)}
        testId="report-region-filter"
      />
    </div>
  );
}

/**
 * Filters only a link sets (from the dashboard or a notification), shown so the user knows why
 * the list is short, each with a way to drop it.
 */
function NarrowedBy({ search, set, rows }: Omit<Props, 'reset'>) {
  const { t } = useTranslation();
  const first = rows?.[0];
  const chips: Array<{ key: keyof ReportsSearch; label: string }> = [];
  if (search.latestPerIndicator)
    chips.push({ key: 'latestPerIndicator', label: t('reporting.narrow.latest') });
  if (search.activeIndicators)
    chips.push({ key: 'activeIndicators', label: t('reporting.narrow.active') });
  if (search.upToPeriodCode)
    chips.push({
      key: 'upToPeriodCode',
      label: t('reporting.narrow.upTo', { period: search.upToPeriodCode }),
    });
  if (search.activityId)
    chips.push({
      key: 'activityId',
      label: t('reporting.narrow.activity', {
        name:
          first?.activity.id === search.activityId
            ? `${first.activity.code} ${first.activity.title}`
            : '…',
      }),
    });
  if (search.indicatorId)
    chips.push({
      key: 'indicatorId',
      label: t('reporting.narrow.indicator', {
        name:
          first?.indicator.id === search.indicatorId
            ? `${first.indicator.code} ${first.indicator.name}`
            : '…',
      }),
    });
  if (chips.length === 0) return null;
  return (
    <Group gap="xs" mb="md" data-testid="report-narrowed">
      <Text size="sm" fw={600}>
        {t('reporting.narrow.heading')}
      </Text>
      {chips.map((c) => (
        <Badge
          key={c.key}
          variant="light"
          color="indigo.9"
          radius="sm"
          size="lg"
          tt="none"
          className="wrap-anywhere"
          style={{ height: 'auto', whiteSpace: 'normal' }}
        >
          {c.label}
        </Badge>
      ))}
      <Button
        size="compact-sm"
        variant="subtle"
        onClick={() =>
          set({
            latestPerIndicator: undefined,
            activeIndicators: undefined,
            upToPeriodCode: undefined,
            activityId: undefined,
            indicatorId: undefined,
          })
        }
      >
        {t('reporting.narrow.clear')}
      </Button>
    </Group>
  );
}
