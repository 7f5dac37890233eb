import { Breadcrumbs, Paper, Stack, Text, Title } from '@mantine/core';
import { STRATEGIES } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { usePlanLabel } from '../reporting/plan-label.js';
import { drillQuery } from './api.js';
import {
  ActivitiesTable,
  IndicatorReports,
  IndicatorsTable,
  StrategiesTable,
} from './drill-tables.js';
import type { DrillSearch } from './search.js';
import type { DrillView } from './types.js';
import { usePlanYear } from './use-plan-year.js';

const route = getRouteApi('/app/monitoring/drill');

export function DrillPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="monitoring.read" title={t('monitoring.drill.title')}>
      <Drill />
    </RequirePermission>
  );
}

function Drill() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const { planId, year, plans } = usePlanYear(search);
  const params =
    planId && year
      ? {
          planId,
          year,
          strategy: search.strategy,
          activityId: search.activityId,
          indicatorId: search.indicatorId,
        }
      : null;
  const query = useQuery({ ...drillQuery(params ?? { planId: '', year: 0 }), enabled: !!params });
  return (
    <>
      <PageHeader
        title={t('monitoring.drill.title')}
        subtitle={t('monitoring.drill.subtitle')}
        back={
          <AnchorLink to="/monitoring" search={{ planId, year }}>
            ← {t('monitoring.title')}
          </AnchorLink>
        }
      />
      {plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <DrillBody d={query.data} search={search} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}

function DrillBody({ d, search }: { d: DrillView; search: DrillSearch }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const planLabel = usePlanLabel();
  const base = { planId: d.plan.id, year: d.year };
  const strategy = d.strategies.find((s) => s.strategy === search.strategy);
  const activity = strategy?.activities.find((a) => a.id === search.activityId);
  const indicator = activity?.indicators.find((i) => i.id === search.indicatorId);
  const crumbs: Array<{ label: string; search: DrillSearch }> = [
    { label: `${planLabel(d.plan)} · ${d.year}`, search: base },
  ];
  // a strategy asked for but absent from the answer: nothing of it within the user's view
  const known = STRATEGIES.find((x) => x.code === search.strategy);
  const asked = !strategy && known ? `${known.number}. ${fmt.bi(known)}` : null;
  if (asked) crumbs.push({ label: asked, search: { ...base, strategy: search.strategy } });
  if (strategy)
    crumbs.push({
      label: fmt.bi(strategy.label),
      search: { ...base, strategy: strategy.strategy },
    });
  if (strategy && activity)
    crumbs.push({
      label: `${activity.code} ${activity.title}`,
      search: { ...base, strategy: strategy.strategy, activityId: activity.id },
    });
  if (strategy && activity && indicator)
    crumbs.push({
      label: `${indicator.code} ${indicator.name}`,
      search: {
        ...base,
        strategy: strategy.strategy,
        activityId: activity.id,
        indicatorId: indicator.id,
      },
    });
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" component="nav" aria-label={t('monitoring.drill.path')}>
        <Breadcrumbs separator="›" style={{ flexWrap: 'wrap', rowGap: 4 }}>
          {crumbs.map((c, i) =>
            i === crumbs.length - 1 ? (
              <Text key={c.label} size="sm" fw={600} aria-current="page" className="wrap-anywhere">
                {c.label}
              </Text>
            ) : (
              <AnchorLink
                key={c.label}
                to="/monitoring/drill"
                search={c.search}
                size="sm"
                className="wrap-anywhere"
              >
                {c.label}
              </AnchorLink>
            ),
          )}
        </Breadcrumbs>
      </Paper>
      {d.ownInstitutionOnly ? <Text size="sm">{t('monitoring.ownOnly')}</Text> : null}
      {indicator ? (
        <Section title={`${indicator.code} ${indicator.name}`}>
          <IndicatorReports d={d} indicator={indicator} />
        </Section>
      ) : activity && strategy ? (
        <Section title={`${activity.code} ${activity.title}`}>
          <Text size="sm" mb="sm">
            {t('monitoring.drill.responsible', { name: activity.institution.name })}
          </Text>
          <IndicatorsTable d={d} strategy={strategy.strategy} activity={activity} />
        </Section>
      ) : strategy ? (
        <Section title={fmt.bi(strategy.label)}>
          <ActivitiesTable d={d} strategy={strategy} />
        </Section>
      ) : asked ? (
        <Section title={asked}>
          <Text size="sm" data-testid="drill-empty">
            {t('monitoring.drill.empty')}
          </Text>
        </Section>
      ) : (
        <Section title={t('monitoring.drill.strategies')}>
          <StrategiesTable d={d} />
        </Section>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: React.ReactNode; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="drill-heading">
      <Title order={2} size="h3" id="drill-heading" mb="sm" className="wrap-anywhere">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
