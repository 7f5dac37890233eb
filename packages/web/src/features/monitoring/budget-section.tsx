import { Box, Paper, Stack, Text, Title } from '@mantine/core';
import { NO_ABSORPTION_MESSAGES, STRATEGIES } from '@sigap/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { EChart } from '../../shared/echarts-lazy.js';
import { useFormat } from '../../shared/format.js';
import { useNumbers } from '../reporting/numbers.js';
import { barsOption } from './chart-options.js';
import { ReportsLink } from './record-links.js';
import type { BudgetFigures, DashboardView } from './types.js';
import { useLabelWidth } from './use-label-width.js';

type Row = BudgetFigures & { key: string; name: string; short: string };

/** Budget absorption: realised against the planned ceiling (pagu); melekat budget apart. */
export function BudgetSection({ d }: { d: DashboardView }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const labelWidth = useLabelWidth();
  const total = d.totals.budget;
  const byStrategy: Row[] = d.budget.byStrategy.map((s) => {
    const number = STRATEGIES.find((x) => x.code === s.strategy)?.number ?? '';
    const name = `${number}. ${fmt.bi(s.label)}`;
    return { ...s, key: s.strategy, name, short: name };
  });
  const byInstitution: Row[] = d.budget.byInstitution.map((i) => ({
    ...i,
    key: i.institution.id,
    name: i.institution.name,
    short: i.institution.abbreviation || i.institution.name,
  }));
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the answer and the language
  const option = useMemo(
    () =>
      barsOption(
        byStrategy.map((r) => ({ name: r.short, value: r.absorption.percent })),
        { format: n.percent, labelWidth, color: '#364fc7' },
      ),
    [d, i18n.language, labelWidth],
  );
  const absorption = (b: Pick<BudgetFigures, 'absorption'>) =>
    b.absorption.percent === null
      ? b.absorption.reason
        ? fmt.bi(NO_ABSORPTION_MESSAGES[b.absorption.reason])
        : '—'
      : `${n.percent(b.absorption.percent)}${b.absorption.overspent ? ` ${t('monitoring.budget.overspent')}` : ''}`;
  const columns = (header: string): Column<Row>[] => [
    { key: 'name', header, render: (r) => <Box miw={180}>{r.name}</Box> },
    {
      key: 'planned',
      header: t('monitoring.budget.planned'),
      nowrap: true,
      render: (r) => n.rupiah(r.planned),
    },
    {
      key: 'realised',
      header: t('monitoring.budget.realised'),
      nowrap: true,
      render: (r) => (
        <ReportsLink filter={r.records} label={t('monitoring.links.budget', { name: r.name })}>
          {n.rupiah(r.realised)}
        </ReportsLink>
      ),
    },
    { key: 'absorption', header: t('monitoring.budget.absorption'), render: (r) => absorption(r) },
    {
      key: 'attached',
      header: t('monitoring.budget.attachedRealised'),
      nowrap: true,
      render: (r) => n.rupiah(r.attached.realised),
    },
  ];

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="budget-heading"
      data-testid="budget-section"
    >
      <Title order={2} size="h3" id="budget-heading" mb={4}>
        {t('monitoring.budget.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('monitoring.budget.summary', {
          realised: n.rupiah(total.realised),
          planned: n.rupiah(total.planned),
          absorption: absorption(total),
          lines: total.linesWithPagu,
        })}{' '}
        {total.attached.lines > 0
          ? t('monitoring.budget.attached', {
              count: total.attached.lines,
              realised: n.rupiah(total.attached.realised),
            })
          : ''}{' '}
        {total.linesWithoutPagu > 0
          ? t('monitoring.budget.withoutPagu', {
              count: total.linesWithoutPagu,
              realised: n.rupiah(total.realisedWithoutPagu),
            })
          : ''}
      </Text>
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="budget-strategy-heading">
          <Title order={3} size="h4" id="budget-strategy-heading">
            {t('monitoring.budget.byStrategy')}
          </Title>
          {byStrategy.length > 0 ? (
            <EChart
              option={option}
              height={Math.max(120, byStrategy.length * 28 + 40)}
              label={t('monitoring.chartLabel', { title: t('monitoring.budget.byStrategy') })}
            />
          ) : null}
          <DataTable
            caption={t('monitoring.budget.byStrategy')}
            columns={columns(t('reporting.fields.strategy'))}
            rows={byStrategy}
            rowKey={(r) => r.key}
          />
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="budget-institution-heading">
          <Title order={3} size="h4" id="budget-institution-heading">
            {t('monitoring.budget.byInstitution')}
          </Title>
          <DataTable
            caption={t('monitoring.budget.byInstitution')}
            columns={columns(t('reporting.fields.institution'))}
            rows={byInstitution}
            rowKey={(r) => r.key}
          />
        </Stack>
      </Stack>
    </Paper>
  );
}
