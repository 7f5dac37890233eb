import { Text } from '@mantine/core';
import type { MergeView } from '@sigap/domain';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { FilterSelect } from '../../shared/list-toolbar.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { clearingApi, clearingKeys, mergesQuery } from './api.js';

const route = getRouteApi('/app/clearing/merges');

export function MergesPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.verify" title={t('clearing.merges.title')}>
      <Merges />
    </RequirePermission>
  );
}

/** Riwayat penggabungan: every merge in scope, who made it, and its undoing. */
function Merges() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(mergesQuery(search));

  async function undo(m: MergeView) {
    await clearingApi.undo(m.id);
    await queryClient.invalidateQueries({ queryKey: clearingKeys.all });
    notifySuccess(t('clearing.decision.undone'));
  }

  const columns: Column<MergeView>[] = [
    {
      key: 'at',
      header: t('clearing.merges.mergedAt'),
      nowrap: true,
      render: (m) => fmt.dateTime(m.mergedAt),
    },
    { key: 'by', header: t('clearing.merges.mergedBy'), render: (m) => m.mergedBy?.name ?? '—' },
    {
      key: 'moved',
      header: t('clearing.merges.moved'),
      nowrap: true,
      render: (m) => t('clearing.merges.records', { count: m.movedPersonIds.length }),
    },
    {
      key: 'pair',
      header: t('clearing.merges.pair'),
      render: (m) =>
        m.candidateId ? (
          <AnchorLink to="/clearing/$candidateId" params={{ candidateId: m.candidateId }}>
            {t('clearing.merges.openPair')}
          </AnchorLink>
        ) : (
          '—'
        ),
    },
    {
      key: 'state',
      header: t('clearing.merges.state'),
      render: (m) =>
        m.undoneAt ? (
          <>
            <StatusBadge tone="off">{t('clearing.merges.undone')}</StatusBadge>
            <Text size="xs" mt={2}>
              {t('clearing.merges.undoneBy', {
                name: m.undoneBy?.name ?? '—',
                date: fmt.dateTime(m.undoneAt),
              })}
            </Text>
          </>
        ) : (
          <StatusBadge tone="ok">{t('clearing.merges.active')}</StatusBadge>
        ),
    },
    {
      key: 'actions',
      header: t('clearing.fields.actions'),
      render: (m) =>
        m.undoneAt ? null : (
          <ConfirmButton
            size="xs"
            danger
            leftSection={<IconArrowBackUp size={14} aria-hidden="true" />}
            message={t('clearing.decision.undoConfirm')}
            onConfirm={() => undo(m)}
            aria-label={t('clearing.merges.undoOf', { date: fmt.dateTime(m.mergedAt) })}
          >
            {t('clearing.decision.undo')}
          </ConfirmButton>
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title={t('clearing.merges.title')}
        subtitle={t('clearing.merges.subtitle')}
        back={
          <AnchorLink to="/clearing" search={{}}>
            ← {t('clearing.title')}
          </AnchorLink>
        }
      />
      <div style={{ marginBottom: 'var(--mantine-spacing-md)' }}>
        <FilterSelect
          label={t('clearing.merges.filter')}
          value={search.undone}
          options={[
            { value: 'false', label: t('clearing.merges.active') },
            { value: 'true', label: t('clearing.merges.undone') },
          ]}
          onChange={(v) =>
            void navigate({
              search: { undone: v === 'true' ? 'true' : v === 'false' ? 'false' : undefined },
            })
          }
        />
      </div>
      <DataTable
        caption={t('clearing.merges.title')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(m) => m.id}
        meta={query.data?.meta}
        loading={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        testId="merges-table"
      />
    </>
  );
}
