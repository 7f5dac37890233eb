import { Stack, Text } from '@mantine/core';
import type { PageMeta } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import type { OverdueItem } from './types.js';

/** Reports due and not filed: who, which indicator, which period, how late; a started draft. */
export function OverdueTable(props: {
  caption: string;
  rows: OverdueItem[] | undefined;
  meta?: PageMeta;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  onPageChange?: (page: number) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const columns: Column<OverdueItem>[] = [
    {
      key: 'institution',
      header: t('reporting.fields.institution'),
      render: (o) => o.institution.name,
    },
    {
      key: 'indicator',
      header: t('reporting.fields.indicator'),
      render: (o) => (
        <Stack gap={0} miw={220}>
          <Text size="sm" fw={600} className="wrap-anywhere">
            {o.indicator.code} {o.indicator.name}
          </Text>
          <Text size="xs" c="dimmed" className="wrap-anywhere">
            {t('reporting.fields.activity')} {o.activity.code}: {o.activity.title}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'period',
      header: t('reporting.fields.period'),
      nowrap: true,
      render: (o) => o.periodCode,
    },
    {
      key: 'deadline',
      header: t('reporting.fields.deadline'),
      nowrap: true,
      render: (o) => fmt.date(o.deadline),
    },
    {
      key: 'late',
      header: t('monitoring.overdue.late'),
      nowrap: true,
      render: (o) =>
        o.daysOverdue > 0 ? (
          <Text size="sm" c="red.9" fw={700}>
            {t('monitoring.overdue.days', { count: o.daysOverdue })}
          </Text>
        ) : (
          t('monitoring.overdue.notYet')
        ),
    },
    {
      key: 'draft',
      header: t('monitoring.overdue.draft'),
      render: (o) =>
        o.draftReportId ? (
          <AnchorLink to="/reports/$reportId" params={{ reportId: o.draftReportId }}>
            {t('monitoring.overdue.openDraft')}
          </AnchorLink>
        ) : (
          t('monitoring.overdue.noDraft')
        ),
    },
  ];
  return (
    <DataTable
      caption={props.caption}
      testId={props.testId}
      columns={columns}
      rows={props.rows}
      rowKey={(o) => `${o.indicator.id}/${o.periodCode}`}
      meta={props.meta}
      loading={props.loading}
      error={props.error}
      onRetry={props.onRetry}
      onPageChange={props.onPageChange}
    />
  );
}
