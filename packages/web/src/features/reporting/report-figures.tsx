import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  BUDGET_SOURCE_LABELS,
  DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
  INDICATOR_DIRECTION_LABELS,
  type TrafficLightThresholds,
  trafficLight,
} from '@sigap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useNumbers } from './numbers.js';
import { LightValue } from './report-badges.js';
import type { ReportDetail } from './types.js';

function Figure({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Stack gap={2} data-testid={testId}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" className="wrap-anywhere">
        {children}
      </Text>
    </Stack>
  );
}

/** Target, realisation and the achievement computed from the indicator's direction; budget. */
export function ReportFigures({
  report,
  thresholds = DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
}: {
  report: ReportDetail;
  thresholds?: TrafficLightThresholds;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const unit = report.indicator.unit;
  const b = report.budget;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="figures-heading">
      <Title order={2} size="h4" id="figures-heading" mb="sm">
        {t('reporting.detail.figures')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 3 }} spacing="md" m={0}>
        <Figure label={t('reporting.fields.target')}>
          {n.number(report.target)} {unit}
        </Figure>
        <Figure label={t('reporting.fields.realisedValue')} testId="figure-realised">
          {n.number(report.realisedValue)} {unit}
        </Figure>
        <Figure label={t('reporting.fields.achievement')} testId="figure-achievement">
          {report.achievement === null ? (
            (report.achievementNote && fmt.bi(report.achievementNote.message)) || '—'
          ) : (
            <LightValue
              value={report.achievement}
              light={trafficLight(report.achievement, thresholds)}
            />
          )}
          {report.achievementRaw !== null && report.achievementRaw !== report.achievement ? (
            <Text component="span" size="xs" display="block">
              {t('reporting.detail.raw', { value: n.percent(report.achievementRaw) })}
            </Text>
          ) : null}
        </Figure>
        <Figure label={t('reporting.fields.direction')}>
          {fmt.bi(INDICATOR_DIRECTION_LABELS[report.indicator.direction])}
        </Figure>
        <Figure label={t('reporting.fields.baseline')}>
          {n.number(report.baseline)} {report.baseline === null ? '' : unit}
        </Figure>
        <Figure label={t('reporting.fields.verifiedAchievement')}>
          {report.verifiedAchievement === null
            ? t('reporting.detail.notScored')
            : `${n.percent(report.verifiedAchievement)} (${t('reporting.detail.evidenceScore', { score: n.percent(report.evidenceScore) })})`}
        </Figure>
        <Figure label={t('reporting.fields.plannedBudget')}>
          {b.attached
            ? t('reporting.detail.attached')
            : `${n.rupiah(b.planned)}${b.source ? ` (${fmt.bi(BUDGET_SOURCE_LABELS[b.source])})` : ''}`}
        </Figure>
        <Figure label={t('reporting.fields.realisedBudget')}>
          {n.rupiah(report.realisedBudget)}
        </Figure>
        <Figure label={t('reporting.fields.absorption')}>
          {b.absorption === null
            ? b.absorptionNote
              ? fmt.bi(b.absorptionNote)
              : '—'
            : n.percent(b.absorption)}
        </Figure>
      </SimpleGrid>
    </Paper>
  );
}
