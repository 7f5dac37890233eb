import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { useNumbers } from './numbers.js';
import { ReportStateBadge } from './report-badges.js';
import type { ReportSummary } from './types.js';

/** Columns the reports list and the verification queue share. */
export function useReportColumns(extra: Column<ReportSummary>[] = []): Column<ReportSummary>[] {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  return [
    {
      key: 'indicator',
      header: t('reporting.fields.indicator'),
      render: (r) => (
        <Stack gap={0} miw={220}>
          <AnchorLink
            to="/reports/$reportId"
            params={{ reportId: r.id }}
            fw={600}
            className="wrap-anywhere"
          >
            {r.indicator.code} {r.indicator.name}
          </AnchorLink>
          <Text size="xs" c="dimmed" className="wrap-anywhere">
            {t('reporting.fields.activity')} {r.activity.code}: {r.activity.title}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'institution',
      header: t('reporting.fields.institution'),
      render: (r) => r.institution.name,
    },
    {
      key: 'period',
      header: t('reporting.fields.period'),
      nowrap: true,
      render: (r) => r.periodCode,
    },
    {
      key: 'state',
      header: t('reporting.fields.state'),
      render: (r) => <ReportStateBadge state={r.state} />,
    },
    {
      key: 'value',
      header: t('reporting.fields.realisedOfTarget'),
      nowrap: true,
      render: (r) => `${n.number(r.realisedValue)} / ${n.number(r.target)} ${r.indicator.unit}`,
    },
    {
      key: 'achievement',
      header: t('reporting.fields.achievement'),
      render: (r) =>
        r.achievement === null && r.achievementNote ? (
          <Text size="xs">{fmt.bi(r.achievementNote.message)}</Text>
        ) : (
          n.percent(r.achievement)
        ),
    },
    ...extra,
  ];
}
