import type { ChartOption } from '../../shared/echarts-chart.js';

const AXIS_TEXT = '#343a40';
/** Indigo, teal, orange: told apart by people with the common colour-vision deficiencies. */
export const SERIES_COLORS = ['#364fc7', '#099268', '#d9480f'] as const;

export type Series = { name: string; data: Array<number | null> };

/**
 * Categories down the side (region and country names read better there), one bar per measure.
 * Pure data → options, like the monitoring charts.
 */
export function categoryBars(
  categories: string[],
  series: Series[],
  opts: { labelWidth: number; format: (v: number | null) => string },
): ChartOption {
  return {
    grid: { left: 8, right: 56, top: series.length > 1 ? 32 : 8, bottom: 8, containLabel: true },
    legend: series.length > 1 ? { top: 0, textStyle: { color: AXIS_TEXT } } : undefined,
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => opts.format(typeof v === 'number' ? v : null),
    },
    xAxis: {
      type: 'value',
      min: 0,
      axisLabel: { color: AXIS_TEXT, formatter: (v: number) => opts.format(v) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: { color: AXIS_TEXT, width: opts.labelWidth, overflow: 'truncate' },
    },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: 16,
      data: s.data,
      color: SERIES_COLORS[i % SERIES_COLORS.length],
      label: {
        show: true,
        position: 'right',
        color: AXIS_TEXT,
        formatter: (p) => opts.format(typeof p.value === 'number' ? p.value : null),
      },
    })),
  };
}

/** Years along the bottom, a bar per measure (cases, victims, perpetrators). */
export function yearBars(
  years: string[],
  series: Series[],
  format: (v: number | null) => string,
): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => format(typeof v === 'number' ? v : null),
    },
    xAxis: { type: 'category', data: years, axisLabel: { color: AXIS_TEXT } },
    yAxis: {
      type: 'value',
      min: 0,
      axisLabel: { color: AXIS_TEXT, formatter: (v: number) => format(v) },
    },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'bar',
      barMaxWidth: 28,
      data: s.data,
      color: SERIES_COLORS[i % SERIES_COLORS.length],
    })),
  };
}
