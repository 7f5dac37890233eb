import { Stack, Text } from '@mantine/core';
import { type ReportState, STRATEGIES, type StrategyCode } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { useNumbers } from '../reporting/numbers.js';
import { LightValue, ReportStateBadge } from '../reporting/report-badges.js';
import { ReportsLink } from './record-links.js';
import type { DrillView } from './types.js';

type Strategy = DrillView['strategies'][number];
type Activity = Strategy['activities'][number];
type Indicator = Activity['indicators'][number];
type Summary = Strategy['summary'];
type Report = Indicator['reports'][number];

/** Achievement and reporting columns every level shares. */
function useSummaryColumns<T extends { summary: Summary }>(name: (row: T) => string): Column<T>[] {
  const { t } = useTranslation();
  const n = useNumbers();
  return [
    {
      key: 'achievement',
      header: t('reporting.fields.achievement'),
      render: (r) =>
        r.summary.withApproved > 0 ? (
          <ReportsLink
            filter={r.summary.records}
            label={t('monitoring.links.achievement', { name: name(r) })}
          >
            <LightValue value={r.summary.achievement} light={r.summary.light} compact />
          </ReportsLink>
        ) : (
          <LightValue value={r.summary.achievement} light={r.summary.light} compact />
        ),
    },
    {
      key: 'filed',
      header: t('monitoring.drill.filedOfExpected'),
      nowrap: true,
      render: (r) => `${n.number(r.summary.filed)} / ${n.number(r.summary.expected)}`,
    },
    {
      key: 'indicators',
      header: t('monitoring.fields.indicators'),
      nowrap: true,
      render: (r) => n.number(r.summary.indicators),
    },
  ];
}

export function StrategiesTable({ d }: { d: DrillView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = (s: Strategy) =>
    `${STRATEGIES.find((x) => x.code === s.strategy)?.number ?? ''}. ${fmt.bi(s.label)}`;
  const columns: Column<Strategy>[] = [
    {
      key: 'name',
      header: t('reporting.fields.strategy'),
      render: (s) => (
        <AnchorLink
          to="/monitoring/drill"
          search={{ planId: d.plan.id, year: d.year, strategy: s.strategy }}
          fw={600}
          display="block"
          miw={180}
        >
          {label(s)}
        </AnchorLink>
      ),
    },
    {
      key: 'activities',
      header: t('monitoring.drill.activities'),
      nowrap: true,
      render: (s) => String(s.activities.length),
    },
    ...useSummaryColumns<Strategy>(label),
  ];
  return (
    <DataTable
      caption={t('monitoring.drill.strategies')}
      columns={columns}
      rows={d.strategies}
      rowKey={(s) => s.strategy}
      testId="drill-strategies"
    />
  );
}

export function ActivitiesTable({ d, strategy }: { d: DrillView; strategy: Strategy }) {
  const { t } = useTranslation();
  const columns: Column<Activity>[] = [
    {
      key: 'name',
      header: t('reporting.fields.activity'),
      render: (a) => (
        <Stack gap={0} miw={220}>
          <AnchorLink
            to="/monitoring/drill"
            search={{
              planId: d.plan.id,
              year: d.year,
              strategy: strategy.strategy,
              activityId: a.id,
            }}
            fw={600}
            className="wrap-anywhere"
          >
            {a.code} {a.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {a.institution.name}
          </Text>
        </Stack>
      ),
    },
    ...useSummaryColumns<Activity>((a) => `${a.code} ${a.title}`),
  ];
  return (
    <DataTable
      caption={t('monitoring.drill.activities')}
      columns={columns}
      rows={strategy.activities}
      rowKey={(a) => a.id}
      testId="drill-activities"
    />
  );
}

export function IndicatorsTable({
  d,
  strategy,
  activity,
}: {
  d: DrillView;
  strategy: StrategyCode;
  activity: Activity;
}) {
  const { t } = useTranslation();
  const n = useNumbers();
  const columns: Column<Indicator>[] = [
    {
      key: 'name',
      header: t('reporting.fields.indicator'),
      render: (i) => (
        <AnchorLink
          to="/monitoring/drill"
          search={{
            planId: d.plan.id,
            year: d.year,
            strategy,
            activityId: activity.id,
            indicatorId: i.id,
          }}
          fw={600}
          display="block"
          miw={200}
        >
          {i.code} {i.name}
        </AnchorLink>
      ),
    },
    {
      key: 'target',
      header: t('reporting.fields.target'),
      nowrap: true,
      render: (i) => `${n.number(i.target)} ${i.unit}`,
    },
    ...useSummaryColumns<Indicator>((i) => `${i.code} ${i.name}`),
    {
      key: 'missing',
      header: t('monitoring.drill.missingPeriods'),
      render: (i) => (i.missingPeriods.length === 0 ? '—' : i.missingPeriods.join(', ')),
    },
  ];
  return (
    <DataTable
      caption={t('monitoring.drill.indicators')}
      columns={columns}
      rows={activity.indicators}
      rowKey={(i) => i.id}
      testId="drill-indicators"
    />
  );
}

/** The indicator's reports of the year, each opening the report with its evidence. */
export function IndicatorReports({ d, indicator }: { d: DrillView; indicator: Indicator }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const period = (code: string) => d.periods.find((p) => p.code === code);
  const columns: Column<Report>[] = [
    {
      key: 'period',
      header: t('reporting.fields.period'),
      nowrap: true,
      render: (r) => {
        const p = period(r.periodCode);
        return (
          <AnchorLink to="/reports/$reportId" params={{ reportId: r.id }} fw={600}>
            {p ? fmt.bi(p.label) : r.periodCode}
          </AnchorLink>
        );
      },
    },
    {
      key: 'state',
      header: t('reporting.fields.state'),
      render: (r) => <ReportStateBadge state={r.state as ReportState} />,
    },
    {
      key: 'value',
      header: t('reporting.fields.realisedValue'),
      nowrap: true,
      render: (r) => `${n.number(r.realisedValue)} ${indicator.unit}`,
    },
    {
      key: 'achievement',
      header: t('reporting.fields.achievement'),
      nowrap: true,
      render: (r) =>
        r.achievement === null ? (r.achievementNote ?? '—') : n.percent(r.achievement),
    },
    {
      key: 'evidence',
      header: t('monitoring.drill.evidence'),
      render: (r) => (
        <AnchorLink to="/reports/$reportId" params={{ reportId: r.id }} hash="evidence-heading">
          {t('monitoring.drill.evidenceCount', { count: r.evidenceCount })}
          {r.evidenceScore === null
            ? ''
            : ` · ${t('monitoring.drill.score', { score: n.percent(r.evidenceScore) })}`}
        </AnchorLink>
      ),
    },
  ];
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('monitoring.drill.indicatorSummary', {
          target: `${n.number(indicator.target)} ${indicator.unit}`,
          filed: indicator.summary.filed,
          expected: indicator.summary.expected,
        })}
      </Text>
      <DataTable
        caption={t('monitoring.drill.reports')}
        columns={columns}
        rows={indicator.reports}
        rowKey={(r) => r.id}
        testId="drill-reports"
      />
      {indicator.missingPeriods.length > 0 ? (
        <Text size="sm" c="red.9">
          {t('monitoring.drill.missing', {
            periods: indicator.missingPeriods
              .map((c) => (period(c) ? fmt.bi(period(c)?.label ?? { id: c, en: c }) : c))
              .join(', '),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
