import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { PublicCaseStatsView } from '@sigap/domain';
import { IconDownload, IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicLayout } from '../../app/layout/public-layout.js';
import { EChart } from '../../shared/echarts-lazy.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { useNumbers } from '../reporting/numbers.js';
import { publicFileHref, publicStatsQuery } from './api.js';
import { yearBars } from './chart-options.js';
import { PublicTable, usePublicRows } from './public-table.js';

/**
 * Statistik publik (no sign-in): victims of trafficking recorded in Sigap, national and verified
 * records only, every small count suppressed by the server as "<5" with complementary
 * suppression ("x"), so that no total gives a hidden cell away.
 */
export function PublicStatsPage() {
  const { t } = useTranslation();
  const query = useQuery(publicStatsQuery);
  return (
    <PublicLayout size={1100}>
      <PageHeader
        title={t('caseStats.public.title')}
        subtitle={t('caseStats.public.subtitle')}
        back={<AnchorLink to="/sign-in">← {t('caseStats.public.signIn')}</AnchorLink>}
      />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <PublicBody d={query.data} />
      ) : (
        <LoadingState />
      )}
    </PublicLayout>
  );
}

function PublicBody({ d }: { d: PublicCaseStatsView }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const rowsOf = usePublicRows();
  const years = d.years.map(String);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the answer and the language
  const option = useMemo(
    () =>
      yearBars(
        years,
        [
          {
            name: fmt.bi(d.victims.label),
            data: d.victims.cells.map((c) => (typeof c === 'number' ? c : null)),
          },
        ],
        n.number,
      ),
    [d, i18n.language],
  );
  return (
    <Stack gap="md" data-testid="public-stats">
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
        <Text size="sm" c="black">
          {t('caseStats.public.about', { threshold: d.threshold })}
        </Text>
        <Text size="sm" c="black" mt={4} data-testid="suppression-note">
          {fmt.bi(d.note)}
        </Text>
      </Alert>
      <Group gap="sm">
        {(['csv', 'xlsx'] as const).map((format) => (
          <Button
            key={format}
            component="a"
            href={publicFileHref(format, fmt.lang)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            data-testid={`public-${format}`}
          >
            {t(`caseStats.public.${format}`)}
          </Button>
        ))}
        <Text size="sm" c="dimmed">
          {t('caseStats.public.csvHint')}
        </Text>
      </Group>
      {d.years.length === 0 ? (
        <Alert color="gray" variant="light">
          {t('caseStats.public.empty')}
        </Alert>
      ) : (
        <>
          <PublicTable
            id="public-table-victims"
            title={fmt.bi(d.victims.label)}
            additive
            years={d.years}
            rows={[
              {
                key: 'victims',
                label: fmt.bi(d.victims.label),
                cells: d.victims.cells,
                total: d.victims.total,
              },
            ]}
          >
            <EChart
              option={option}
              height={260}
              label={t('caseStats.chartLabel', { title: fmt.bi(d.victims.label) })}
            />
            <Text size="xs" c="dimmed" mb="xs">
              {t('caseStats.public.chartGaps')}
            </Text>
          </PublicTable>
          {d.tables.map((table) => (
            <PublicTable
              key={table.dimension}
              id={`public-table-${table.dimension}`}
              title={fmt.bi(table.label)}
              additive={table.additive}
              years={d.years}
              rows={rowsOf(table)}
            />
          ))}
        </>
      )}
      <Text size="xs" c="dimmed">
        {t('caseStats.public.source')}
      </Text>
    </Stack>
  );
}
