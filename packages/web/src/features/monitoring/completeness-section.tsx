import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { useNumbers } from '../reporting/numbers.js';
import { MissingLink, ReportsLink } from './record-links.js';
import type { DashboardView } from './types.js';

type Row = DashboardView['completeness'][number];

/** Who has reported for each period of the year: expected, filed, approved, missing, overdue. */
export function CompletenessSection({ d }: { d: DashboardView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const columns: Column<Row>[] = [
    {
      key: 'period',
      header: t('reporting.fields.period'),
      render: (r) => (
        <>
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            {fmt.bi(r.label)}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('reporting.fields.deadlineOn', { date: fmt.date(r.deadline) })}
          </Text>
        </>
      ),
    },
    {
      key: 'status',
      header: t('monitoring.fields.periodStatus'),
      render: (r) => (
        <StatusBadge
          tone={r.status === 'overdue' ? 'danger' : r.status === 'open' ? 'info' : 'off'}
        >
          {t(`monitoring.periodStatus.${r.status}`)}
        </StatusBadge>
      ),
    },
    {
      key: 'expected',
      header: t('monitoring.fields.expected'),
      nowrap: true,
      render: (r) => n.number(r.expected),
    },
    {
      key: 'filed',
      header: t('monitoring.fields.filed'),
      nowrap: true,
      render: (r) => (
        <ReportsLink
          filter={r.records.filed}
          label={t('monitoring.links.filed', { count: r.filed, period: fmt.bi(r.label) })}
        >
          {n.number(r.filed)}
        </ReportsLink>
      ),
    },
    {
      key: 'approved',
      header: t('monitoring.fields.approved'),
      nowrap: true,
      render: (r) => (
        <ReportsLink
          filter={r.records.approved}
          label={t('monitoring.links.approvedIn', { count: r.approved, period: fmt.bi(r.label) })}
        >
          {n.number(r.approved)}
        </ReportsLink>
      ),
    },
    {
      key: 'missing',
      header: t('monitoring.fields.missing'),
      nowrap: true,
      render: (r) =>
        r.missing > 0 ? (
          <MissingLink
            filter={r.records.missing}
            label={t('monitoring.links.missing', { count: r.missing, period: fmt.bi(r.label) })}
          >
            {n.number(r.missing)}
          </MissingLink>
        ) : (
          '0'
        ),
    },
    {
      key: 'overdue',
      header: t('monitoring.fields.overdue'),
      nowrap: true,
      render: (r) =>
        r.overdue > 0 ? (
          <Text size="sm" c="red.9" fw={700}>
            {n.number(r.overdue)}
          </Text>
        ) : (
          '0'
        ),
    },
    {
      key: 'completeness',
      header: t('monitoring.fields.completeness'),
      nowrap: true,
      render: (r) => n.percent(r.completeness),
    },
  ];
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="completeness-heading"
      data-testid="completeness-section"
    >
      <Title order={2} size="h3" id="completeness-heading" mb={4}>
        {t('monitoring.completeness.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('monitoring.completeness.intro')}
      </Text>
      <DataTable
        caption={t('monitoring.completeness.heading')}
        columns={columns}
        rows={d.completeness}
        rowKey={(r) => r.periodCode}
      />
    </Paper>
  );
}
