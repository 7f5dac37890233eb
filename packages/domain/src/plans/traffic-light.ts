import { z } from 'zod';
import type { Bilingual } from '../common/lang.js';
import { type Achievement, MAX_ACHIEVEMENT_CAP, roundPercent } from './achievement.js';

/**
 * The traffic light on the monitoring dashboard. Thresholds are configurable because M&E schemes
 * draw the lines at different levels. Grey is "no data", never red: a missing report is a
 * completeness problem, shown as such, not a poor achievement.
 */
export const TRAFFIC_LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;
export type TrafficLight = (typeof TRAFFIC_LIGHTS)[number];

export const TRAFFIC_LIGHT_LABELS: Record<TrafficLight, Bilingual> = {
  green: { id: 'Hijau: sesuai rencana', en: 'Green: on track' },
  yellow: { id: 'Kuning: perlu perhatian', en: 'Yellow: needs attention' },
  red: { id: 'Merah: tertinggal', en: 'Red: lagging' },
  grey: { id: 'Abu-abu: belum ada data', en: 'Grey: no data yet' },
};

const Threshold = z.number().min(0).max(MAX_ACHIEVEMENT_CAP);

/** Lower bounds (inclusive) in percent: green from `green`, yellow from `yellow`, red below. */
export const TrafficLightThresholds = z
  .strictObject({ green: Threshold, yellow: Threshold })
  .refine((t) => t.green > t.yellow, { message: 'traffic_light_order', path: ['green'] });
export type TrafficLightThresholds = z.infer<typeof TrafficLightThresholds>;

export const DEFAULT_TRAFFIC_LIGHT_THRESHOLDS: TrafficLightThresholds = { green: 80, yellow: 50 };

/**
 * The colour of a percentage. The value is compared as displayed (one decimal), so a cell that
 * reads "80.0 %" is never yellow because the stored figure was 79.96.
 */
export function trafficLight(
  value: number | null | undefined,
  thresholds: TrafficLightThresholds = DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
): TrafficLight {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'grey';
  const shown = roundPercent(value);
  if (shown >= thresholds.green) return 'green';
  if (shown >= thresholds.yellow) return 'yellow';
  return 'red';
}

/** The colour of one indicator's achievement: its capped figure, grey when there is none. */
export function trafficLightOf(
  a: Achievement,
  thresholds: TrafficLightThresholds = DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
): TrafficLight {
  return trafficLight(a.computable ? a.capped : null, thresholds);
}
