import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { NO_ABSORPTION_MESSAGES } from '@sigap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useNumbers } from '../reporting/numbers.js';
import { LightValue } from '../reporting/report-badges.js';
import { MissingLink, ReportsLink } from './record-links.js';
import type { DashboardView } from './types.js';

function Card({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap={6}>
        <Text component="h2" size="sm" fw={700} m={0}>
          {title}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

/** The four headline figures; each links to the records behind it. */
export function TotalsCards({ d }: { d: DashboardView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const a = d.totals.achievement;
  const c = d.totals.completeness;
  const b = d.totals.budget;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="md" mb="md">
      <Card title={t('monitoring.totals.achievement')} testId="total-achievement">
        <ReportsLink
          filter={a.records}
          label={t('monitoring.links.achievement', { name: t('monitoring.totals.all') })}
          testId="total-achievement-value"
        >
          <LightValue value={a.achievement} light={a.light} />
        </ReportsLink>
        <Text size="xs">
          {t('monitoring.totals.measured', {
            measured: a.measured,
            indicators: a.indicators,
            noData: a.noData,
          })}
        </Text>
      </Card>
      <Card title={t('monitoring.totals.completeness')} testId="total-completeness">
        <Text fw={700} size="lg" data-testid="total-completeness-value">
          {n.percent(c.completeness)}
        </Text>
        <Text size="xs">
          <ReportsLink
            filter={c.records.filed}
            testId="total-filed"
            label={t('monitoring.links.filedAll', { count: c.filed })}
          >
            {t('monitoring.totals.filed', {
              filed: n.number(c.filed),
              expected: n.number(c.expected),
            })}
          </ReportsLink>
          {' · '}
          <ReportsLink
            filter={c.records.approved}
            label={t('monitoring.links.approvedAll', { count: c.approved })}
          >
            {t('monitoring.totals.approved', { count: c.approved })}
          </ReportsLink>
        </Text>
      </Card>
      <Card title={t('monitoring.totals.budget')} testId="total-budget">
        <Text fw={700} size="lg">
          {b.absorption.percent !== null
            ? n.percent(b.absorption.percent)
            : b.absorption.reason
              ? fmt.bi(NO_ABSORPTION_MESSAGES[b.absorption.reason])
              : '—'}
        </Text>
        <Text size="xs">
          <ReportsLink
            filter={b.records}
            label={t('monitoring.links.budget', { name: t('monitoring.totals.all') })}
          >
            {n.rupiah(b.realised)}
          </ReportsLink>{' '}
          {t('monitoring.totals.ofPlanned', { planned: n.rupiah(b.planned) })}
        </Text>
      </Card>
      <Card title={t('monitoring.totals.missing')} testId="total-missing">
        <Text fw={700} size="lg" c={c.overdue > 0 ? 'red.9' : undefined}>
          {c.missing > 0 ? (
            <MissingLink
              filter={c.records.missing}
              label={t('monitoring.links.missingAll', { count: c.missing })}
            >
              {n.number(c.missing)}
            </MissingLink>
          ) : (
            '0'
          )}
        </Text>
        <Text size="xs">{t('monitoring.totals.overdue', { count: c.overdue })}</Text>
      </Card>
    </SimpleGrid>
  );
}
