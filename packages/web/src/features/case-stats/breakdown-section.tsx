import { Group, Paper, Text, Title } from '@mantine/core';
import type { CaseStatsView, StatsMeasure, StatsRow } from '@sigap/domain';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { EChart } from '../../shared/echarts-lazy.js';
import { useFormat } from '../../shared/format.js';
import { useLabelWidth } from '../monitoring/use-label-width.js';
import { useNumbers } from '../reporting/numbers.js';
import { categoryBars, yearBars } from './chart-options.js';

export type Breakdown = CaseStatsView['breakdowns'][number];

type Props = {
  breakdown: Breakdown;
  /** A heading other than the breakdown's own label. */
  title?: string;
  intro?: string;
  /** Controls beside the heading (the age-band toggle). */
  controls?: ReactNode;
  chart?: 'category' | 'year' | 'none';
  /** The measures the chart draws (amounts in rupiah do not share an axis with counts). */
  chartMeasures?: readonly StatsMeasure[];
  /** Rows in the server's order (age bands, legal stages), not largest first. */
  ordered?: boolean;
};

/** Long lists (kabupaten/kota) chart their largest rows; the table holds every row. */
const CHART_ROWS = 15;

const value = (row: StatsRow, m: StatsMeasure): number | null => row[m] ?? null;

/** One breakdown: a chart (a picture of the table) and the table screen readers read. */
export function BreakdownSection({
  breakdown: b,
  title,
  intro,
  controls,
  chart = 'category',
  chartMeasures,
  ordered = false,
}: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const labelWidth = useLabelWidth();
  const id = `stats-${b.dimension}`;
  const heading = title ?? fmt.bi(b.label);
  const measures = b.measures as StatsMeasure[];
  const drawn = measures.filter(
    (m) => m !== 'amount' && (!chartMeasures || chartMeasures.includes(m)),
  );
  const shareOf = b.additive && measures.includes('victims') ? 'victims' : null;
  const shareTotal = shareOf ? b.rows.reduce((sum, r) => sum + (r[shareOf] ?? 0), 0) : 0;

  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the answer and the language
  const option = useMemo(() => {
    if (chart === 'none' || drawn.length === 0 || b.rows.length === 0) return null;
    const series = (rows: StatsRow[]) =>
      drawn.map((m) => ({
        name: t(`caseStats.measures.${m}`),
        data: rows.map((r) => value(r, m)),
      }));
    if (chart === 'year')
      return yearBars(
        b.rows.map((r) => fmt.bi(r.label)),
        series(b.rows),
        n.number,
      );
    const first = drawn[0] ?? 'victims';
    const top = (
      ordered ? b.rows : [...b.rows].sort((x, y) => (value(y, first) ?? 0) - (value(x, first) ?? 0))
    ).slice(0, CHART_ROWS);
    return categoryBars(
      top.map((r) => fmt.bi(r.label)),
      series(top),
      { labelWidth, format: n.number },
    );
  }, [b, i18n.language, labelWidth, chart, ordered]);

  const columns: Column<StatsRow>[] = [
    { key: 'label', header: heading, render: (r) => fmt.bi(r.label) },
    ...measures.map((m) => ({
      key: m,
      header: t(`caseStats.measures.${m}`),
      nowrap: true,
      render: (r: StatsRow) => (m === 'amount' ? n.rupiah(r.amount) : n.number(r[m])),
    })),
    ...(shareOf
      ? [
          {
            key: 'share',
            header: t('caseStats.share'),
            nowrap: true,
            render: (r: StatsRow) =>
              shareTotal > 0 ? n.percent(((r[shareOf] ?? 0) / shareTotal) * 100) : '—',
          },
        ]
      : []),
  ];
  const chartRows = Math.min(b.rows.length, CHART_ROWS);
  const height =
    chart === 'year' ? 280 : Math.max(120, chartRows * (drawn.length > 1 ? 34 : 26) + 48);

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={id}
      data-testid={`stats-${b.dimension}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb={4}>
        <Title order={2} size="h3" id={id}>
          {heading}
        </Title>
        {controls}
      </Group>
      {intro ? (
        <Text size="sm" mb="xs">
          {intro}
        </Text>
      ) : null}
      {!b.additive ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('caseStats.notAdditive')}
        </Text>
      ) : null}
      {option ? (
        <EChart
          option={option}
          height={height}
          label={t('caseStats.chartLabel', { title: heading })}
        />
      ) : null}
      {chart === 'category' && b.rows.length > CHART_ROWS ? (
        <Text size="xs" c="dimmed" mb="xs">
          {t('caseStats.chartTop', { count: CHART_ROWS })}
        </Text>
      ) : null}
      <DataTable caption={heading} columns={columns} rows={b.rows} rowKey={(r) => r.key ?? '∅'} />
    </Paper>
  );
}
