import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import { STRATEGIES } from '@sigap/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { EChart } from '../../shared/echarts-lazy.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { useNumbers } from '../reporting/numbers.js';
import { LightValue } from '../reporting/report-badges.js';
import { barsOption } from './chart-options.js';
import { ReportsLink } from './record-links.js';
import type { AchievementFigures, DashboardView } from './types.js';
import { useLabelWidth } from './use-label-width.js';

/** By-region rows carry no verified figure (the server leaves it out there). */
type Row = Omit<AchievementFigures, 'verifiedAchievement' | 'scored'> &
  Partial<Pick<AchievementFigures, 'verifiedAchievement' | 'scored'>> & {
    key: string;
    /** Full name for the table. */
    name: string;
    /** Short name for the chart's axis. */
    short: string;
    link?: React.ReactNode;
    region?: DashboardView['achievement']['byRegion'][number];
  };

/** Achievement by strategy, by institution and by region: a chart and the same numbers as a table. */
export function AchievementSection({ d }: { d: DashboardView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const strategies: Row[] = d.achievement.byStrategy.map((s) => {
    const number = STRATEGIES.find((x) => x.code === s.strategy)?.number ?? '';
    return {
      ...s,
      key: s.strategy,
      name: `${number}. ${fmt.bi(s.label)}`,
      short: `${number}. ${fmt.bi(s.label)}`,
      link: (
        <AnchorLink
          to="/monitoring/drill"
          search={{ planId: d.plan.id, year: d.year, strategy: s.strategy }}
          className="wrap-anywhere"
        >
          {number}. {fmt.bi(s.label)}
        </AnchorLink>
      ),
    };
  });
  const institutions: Row[] = d.achievement.byInstitution.map((i) => ({
    ...i,
    key: i.institution.id,
    name: i.institution.name,
    short: i.institution.abbreviation || i.institution.name,
  }));
  const regions: Row[] = d.achievement.byRegion.map((r) => ({
    ...r,
    key: r.regionCode ?? 'national',
    name: r.regionCode ? `${r.name} (${r.regionCode})` : r.name,
    short: r.name,
    region: r,
  }));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="achievement-heading">
      <Title order={2} size="h3" id="achievement-heading" mb={4}>
        {t('monitoring.achievement.heading')}
      </Title>
      <Text size="sm" mb="md">
        {t('monitoring.achievement.intro', {
          green: d.plan.trafficLight.green,
          yellow: d.plan.trafficLight.yellow,
        })}
      </Text>
      <Text size="sm" mb="md">
        {t('monitoring.achievement.verifiedNote')}
      </Text>
      <Stack gap="xl">
        <Breakdown
          id="by-strategy"
          title={t('monitoring.achievement.byStrategy')}
          rows={strategies}
          d={d}
          nameHeader={t('reporting.fields.strategy')}
        />
        <Breakdown
          id="by-institution"
          title={t('monitoring.achievement.byInstitution')}
          rows={institutions}
          d={d}
          nameHeader={t('reporting.fields.institution')}
        />
        <Breakdown
          id="by-region"
          title={t('monitoring.achievement.byRegion')}
          rows={regions}
          d={d}
          nameHeader={t('reporting.fields.region')}
        />
      </Stack>
    </Paper>
  );
}

function Breakdown({
  id,
  title,
  rows,
  d,
  nameHeader,
}: {
  id: string;
  title: string;
  rows: Row[];
  d: DashboardView;
  nameHeader: string;
}) {
  const { t, i18n } = useTranslation();
  const n = useNumbers();
  const labelWidth = useLabelWidth();
  // regions without any plan have nothing to draw; the table still lists them ("no RAD")
  const drawn = rows.filter((r) => !r.region || r.region.plans > 0);
  // rows are derived from the answer: a new answer or language is a new chart, nothing else
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the answer and the language
  const option = useMemo(
    () =>
      barsOption(
        drawn.map((r) => ({ name: r.short, value: r.achievement, light: r.light })),
        { format: n.percent, thresholds: d.plan.trafficLight, labelWidth },
      ),
    [d, i18n.language, labelWidth],
  );
  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: nameHeader,
      render: (r) => <Box miw={180}>{r.link ?? r.name}</Box>,
    },
    {
      key: 'achievement',
      header: t('reporting.fields.achievement'),
      render: (r) =>
        r.withApproved > 0 ? (
          <ReportsLink
            filter={r.records}
            label={t('monitoring.links.achievement', { name: r.name })}
          >
            <LightValue value={r.achievement} light={r.light} compact />
          </ReportsLink>
        ) : (
          <LightValue value={r.achievement} light={r.light} compact />
        ),
    },
    ...(rows.some((r) => r.scored !== undefined)
      ? [
          {
            key: 'verified',
            header: t('monitoring.fields.verified'),
            render: (r: Row) => (
              <Box miw={140}>
                <Text size="sm">{n.percent(r.verifiedAchievement)}</Text>
                <Text size="xs" c="dimmed">
                  {t('monitoring.fields.scored', {
                    scored: n.number(r.scored ?? 0),
                    measured: n.number(r.measured),
                  })}
                </Text>
              </Box>
            ),
          },
        ]
      : []),
    {
      key: 'indicators',
      header: t('monitoring.fields.indicators'),
      nowrap: true,
      render: (r) => n.number(r.indicators),
    },
    {
      key: 'approved',
      header: t('monitoring.fields.withApproved'),
      nowrap: true,
      render: (r) =>
        r.withApproved > 0 ? (
          <ReportsLink
            filter={r.records}
            label={t('monitoring.links.approved', { name: r.name, count: r.withApproved })}
          >
            {n.number(r.withApproved)}
          </ReportsLink>
        ) : (
          '0'
        ),
    },
    {
      key: 'noData',
      header: t('monitoring.fields.noData'),
      nowrap: true,
      render: (r) => n.number(r.noData),
    },
    ...(rows.some((r) => r.region)
      ? [
          {
            key: 'plans',
            header: t('monitoring.fields.plans'),
            render: (r: Row) =>
              r.region && r.region.plans === 0 ? (
                <Text size="sm" c="red.9" style={{ whiteSpace: 'nowrap' }}>
                  {t('monitoring.fields.noRad')}
                </Text>
              ) : (
                n.number(r.region?.plans)
              ),
          },
          {
            key: 'completeness',
            header: t('monitoring.fields.completeness'),
            nowrap: true,
            render: (r: Row) =>
              r.region && r.region.expected > 0
                ? `${n.percent(r.region.completeness)} (${n.number(r.region.filed)}/${n.number(r.region.expected)})`
                : '—',
          },
        ]
      : []),
  ];
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby={`${id}-heading`}
      data-testid={`achievement-${id}`}
    >
      <Title order={3} size="h4" id={`${id}-heading`}>
        {title}
      </Title>
      {drawn.length > 0 ? (
        <EChart
          option={option}
          height={Math.max(120, drawn.length * 28 + 40)}
          label={t('monitoring.chartLabel', { title })}
        />
      ) : null}
      <DataTable caption={title} columns={columns} rows={rows} rowKey={(r) => r.key} />
    </Stack>
  );
}
