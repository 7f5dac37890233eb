import { Paper, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { EChart } from '../../shared/echarts-lazy.js';
import { useFormat } from '../../shared/format.js';
import { useNumbers } from '../reporting/numbers.js';
import { LightValue } from '../reporting/report-badges.js';
import { trendOption } from './chart-options.js';
import { ReportsLink } from './record-links.js';
import type { DashboardView } from './types.js';

type Point = DashboardView['trend'][number];

/** Achievement as of the end of each period (and completeness) across the year. */
export function TrendSection({ d }: { d: DashboardView }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const names = {
    achievement: t('reporting.fields.achievement'),
    completeness: t('monitoring.fields.completeness'),
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the answer and the language
  const option = useMemo(
    () =>
      trendOption(
        d.trend.map((p) => fmt.bi(p.label)),
        d.trend.map((p) => p.achievement),
        d.trend.map((p) => p.completeness),
        names,
        n.percent,
      ),
    [d, i18n.language],
  );
  const columns: Column<Point>[] = [
    {
      key: 'period',
      header: t('reporting.fields.period'),
      nowrap: true,
      render: (p) => fmt.bi(p.label),
    },
    {
      key: 'achievement',
      header: t('reporting.fields.achievement'),
      render: (p) =>
        p.measured > 0 ? (
          <ReportsLink
            filter={p.records}
            label={t('monitoring.links.trend', { period: fmt.bi(p.label) })}
          >
            <LightValue value={p.achievement} light={p.light} compact />
          </ReportsLink>
        ) : (
          <LightValue value={p.achievement} light={p.light} compact />
        ),
    },
    {
      key: 'measured',
      header: t('monitoring.fields.measured'),
      nowrap: true,
      render: (p) => n.number(p.measured),
    },
    {
      key: 'completeness',
      header: t('monitoring.fields.completeness'),
      nowrap: true,
      render: (p) => `${n.percent(p.completeness)} (${n.number(p.filed)}/${n.number(p.expected)})`,
    },
  ];
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="trend-heading"
      data-testid="trend-section"
    >
      <Title order={2} size="h3" id="trend-heading" mb={4}>
        {t('monitoring.trend.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('monitoring.trend.intro')}
      </Text>
      {d.trend.length > 0 ? (
        <EChart
          option={option}
          height={260}
          label={t('monitoring.chartLabel', { title: t('monitoring.trend.heading') })}
        />
      ) : null}
      <DataTable
        caption={t('monitoring.trend.heading')}
        columns={columns}
        rows={d.trend}
        rowKey={(p) => p.periodCode}
      />
    </Paper>
  );
}
