import { Box } from '@mantine/core';
import { type ComponentProps, lazy, Suspense } from 'react';
import type { EChart as EChartType } from './echarts-chart.js';

const EChartImpl = lazy(() => import('./echarts-chart.js').then((m) => ({ default: m.EChart })));

/**
 * A chart whose library (ECharts, the largest part of the dashboard) loads after the page: on a
 * slow connection the figures and tables show first and the charts follow.
 */
export function EChart(props: ComponentProps<typeof EChartType>) {
  return (
    <Suspense fallback={<Box h={props.height} w="100%" aria-hidden="true" />}>
      <EChartImpl {...props} />
    </Suspense>
  );
}
