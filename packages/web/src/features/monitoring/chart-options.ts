import type { TrafficLight } from '@sigap/domain';
import type { ChartOption } from '../../shared/echarts-chart.js';
import { LIGHT_COLORS } from '../reporting/report-badges.js';

export type Bar = { name: string; value: number | null; light?: TrafficLight };

const AXIS_TEXT = '#343a40';

/**
 * Horizontal bars (long names read better down the side than under the bars), coloured by
 * traffic light, with the thresholds drawn as lines so a bar's colour can be checked by eye.
 * Pure data → options, so the server can render the same chart to SVG for printed reports.
 */
export function barsOption(
  bars: Bar[],
  opts: {
    format: (v: number | null) => string;
    thresholds?: { green: number; yellow: number };
    color?: string;
    labelWidth: number;
  },
): ChartOption {
  const t = opts.thresholds;
  return {
    grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
    tooltip: {
      trigger: 'item',
      valueFormatter: (v) => opts.format(typeof v === 'number' ? v : null),
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: (extent) => Math.max(100, Math.ceil(extent.max / 10) * 10),
      axisLabel: { color: AXIS_TEXT, formatter: (v: number) => `${v}` },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((b) => b.name),
      axisLabel: { color: AXIS_TEXT, width: opts.labelWidth, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: bars.map((b) => ({
          value: b.value ?? 0,
          itemStyle: { color: b.light ? LIGHT_COLORS[b.light] : (opts.color ?? '#364fc7') },
        })),
        label: {
          show: true,
          position: 'right',
          color: AXIS_TEXT,
          formatter: (p) => opts.format(bars[p.dataIndex]?.value ?? null),
        },
        ...(t
          ? {
              markLine: {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { type: 'dashed', color: '#868e96' },
                data: [{ xAxis: t.yellow }, { xAxis: t.green }],
              },
            }
          : {}),
      },
    ],
  };
}

/** Achievement and completeness across the year's periods. */
export function trendOption(
  periods: string[],
  achievement: Array<number | null>,
  completeness: Array<number | null>,
  names: { achievement: string; completeness: string },
  format: (v: number | null) => string,
): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { color: AXIS_TEXT } },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => format(typeof v === 'number' ? v : null),
    },
    xAxis: { type: 'category', data: periods, axisLabel: { color: AXIS_TEXT } },
    yAxis: {
      type: 'value',
      min: 0,
      max: (e) => Math.max(100, Math.ceil(e.max / 10) * 10),
      axisLabel: { color: AXIS_TEXT },
    },
    series: [
      {
        name: names.achievement,
        type: 'line',
        data: achievement,
        connectNulls: false,
        color: '#364fc7',
        symbolSize: 8,
      },
      {
        name: names.completeness,
        type: 'line',
        data: completeness,
        color: '#099268',
        lineStyle: { type: 'dashed' },
        symbol: 'rect',
        symbolSize: 8,
      },
    ],
  };
}
