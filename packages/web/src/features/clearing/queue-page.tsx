import { Group, NumberInput, Paper, SegmentedControl, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { CandidateSummary, ClearingRunResult } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { queueQuery } from './api.js';
import { OutcomeBadge, ScoreBadge } from './evidence.js';
import { PersonRefText } from './pair-label.js';
import { RunDetection, RunResult } from './run-detection.js';
import type { QueueSearch } from './search.js';

const route = getRouteApi('/app/clearing');
const STATES = ['open', 'merged', 'not_same'] as const;

export function QueuePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.verify" title={t('clearing.title')}>
      <Queue />
    </RequirePermission>
  );
}

/** Antrean clearing: candidate pairs of victim records, the likeliest duplicates first. */
function Queue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const set = (patch: Partial<QueueSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const query = useQuery(queueQuery(search));
  const [result, setResult] = useState<ClearingRunResult | null>(null);
  const state = search.state ?? 'open';
  // three long choices do not fit side by side on a phone
  const narrow = useMediaQuery('(max-width: 30em)') ?? false;
  const columns: Column<CandidateSummary>[] = [
    {
      key: 'score',
      header: t('clearing.fields.score'),
      render: (c) => <ScoreBadge score={c.score} />,
    },
    { key: 'a', header: t('clearing.recordA'), render: (c) => <PersonRefText p={c.a} /> },
    { key: 'b', header: t('clearing.recordB'), render: (c) => <PersonRefText p={c.b} /> },
    {
      key: 'evidence',
      header: t('clearing.queue.strongest'),
      render: (c) => (
        <Group gap={4}>
          {[...c.evidence]
            .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight))
            .slice(0, 3)
            .map((e) => (
              <Group key={e.field} gap={4} wrap="nowrap">
                <Text size="xs">{t(`clearing.fields.${e.field}`)}:</Text>
                <OutcomeBadge outcome={e.outcome} />
              </Group>
            ))}
        </Group>
      ),
    },
    {
      key: 'date',
      header: state === 'open' ? t('clearing.fields.found') : t('clearing.fields.decided'),
      nowrap: true,
      render: (c) => fmt.dateTime(state === 'open' ? c.createdAt : c.decidedAt),
    },
    {
      key: 'open',
      header: t('clearing.fields.actions'),
      render: (c) => (
        <AnchorLink
          to="/clearing/$candidateId"
          params={{ candidateId: c.id }}
          aria-label={t('clearing.queue.reviewPair', { a: c.a.caseNumber, b: c.b.caseNumber })}
        >
          {state === 'open' ? t('clearing.queue.review') : t('actions.view')}
        </AnchorLink>
      ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('clearing.title')}
        subtitle={t('clearing.subtitle')}
        actions={
          <>
            <ButtonLink variant="default" to="/clearing/merges" search={{}}>
              {t('clearing.merges.link')}
            </ButtonLink>
            <RunDetection onResult={setResult} />
          </>
        }
      />
      {result ? <RunResult result={result} onClose={() => setResult(null)} /> : null}
      <Paper
        role="search"
        withBorder
        p="sm"
        mb="md"
        aria-label={t('filters.label')}
        data-testid="clearing-filters"
      >
        <Group align="flex-end" gap="md" wrap="wrap">
          <div>
            <Text size="sm" fw={500} id="clearing-state-label" mb={4}>
              {t('clearing.queue.state')}
            </Text>
            <SegmentedControl
              aria-labelledby="clearing-state-label"
              orientation={narrow ? 'vertical' : 'horizontal'}
              value={state}
              onChange={(v) => set({ state: STATES.find((s) => s === v && s !== 'open') })}
              data={STATES.map((s) => ({ value: s, label: t(`clearing.state.${s}`) }))}
            />
          </div>
          <NumberInput
            label={t('clearing.queue.minScore')}
            value={search.minScore ?? ''}
            onChange={(v) => set({ minScore: typeof v === 'number' ? v : undefined })}
            min={0}
            max={100}
            allowDecimal={false}
            w={160}
          />
        </Group>
      </Paper>
      <DataTable
        caption={t('clearing.queue.caption')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(c) => c.id}
        meta={query.data?.meta}
        loading={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        testId="clearing-queue"
      />
    </>
  );
}
