import { Box } from '@mantine/core';
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  type LegendComponentOption,
  LegendPlainComponent,
  MarkLineComponent,
  type MarkLineComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

/**
 * ECharts, only the parts the app draws (bar and line charts, axes, tooltip, legend, a target
 * line) and the SVG renderer: a small bundle, crisp on any screen, light on modest phones, and
 * the same options can be rendered to SVG on the server. Import this module only from pages
 * that draw charts, so it stays in their lazily loaded chunks.
 */
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendPlainComponent,
  MarkLineComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
>;

type Props = {
  option: ChartOption;
  height: number;
  /**
   * What the chart shows, for screen readers. A chart is a picture: the same figures must also
   * be on the page as a table, which is what assistive technology should read.
   */
  label: string;
  /** A bar or point was clicked: its index in the data (the table beside it has the link). */
  onItemClick?: (dataIndex: number) => void;
  testId?: string;
};

export function EChart({ option, height, label, onItemClick, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onItemClick);
  clickRef.current = onItemClick;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (typeof p.dataIndex === 'number') clickRef.current?.(p.dataIndex);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, { notMerge: true });
  }, [option]);

  return (
    <Box
      ref={ref}
      role="img"
      aria-label={label}
      h={height}
      w="100%"
      style={{ overflow: 'hidden', cursor: onItemClick ? 'pointer' : undefined }}
      data-testid={testId}
    />
  );
}
