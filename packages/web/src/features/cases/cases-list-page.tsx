import { Group, Stack, Text } from '@mantine/core';
import { type CaseSummary, VERIFICATION_STATES } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { RegionPicker } from '../regions/region-picker.js';
import { caseListQuery } from './api.js';
import { CaseStatusBadge, MinorBadge, VerificationBadge } from './case-badges.js';
import { useFieldLabel, usePicklists } from './reference.js';
import type { CasesSearch } from './search.js';

const route = getRouteApi('/app/cases');

export function CasesListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.read" title={t('cases.list.title')}>
      <CasesList />
    </RequirePermission>
  );
}

/** Kasus in reach: numbers, places and states, never a name (search goes through blind indexes). */
function CasesList() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(caseListQuery(search));
  const set = (patch: Partial<CasesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 15 }, (_, i) => String(thisYear - i));

  const columns: Column<CaseSummary>[] = [
    {
      key: 'caseNumber',
      header: label('case', 'caseNumber'),
      nowrap: true,
      render: (c) => (
        <Stack gap={0}>
          <AnchorLink to="/cases/$caseId" params={{ caseId: c.id }} fw={600}>
            {c.caseNumber}
          </AnchorLink>
          {c.access !== 'owner' ? (
            <Text size="xs" c="dimmed">
              {t(`cases.access.${c.access}`)}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'reportedOn',
      header: label('case', 'reportedOn'),
      nowrap: true,
      render: (c) => fmt.date(c.reportedOn),
    },
    {
      key: 'institution',
      header: label('case', 'institutionId'),
      render: (c) => c.institution.name,
    },
    {
      key: 'region',
      header: label('case', 'regionCode'),
      render: (c) => c.regionName ?? c.regionCode ?? '—',
    },
    {
      key: 'status',
      header: label('case', 'status'),
      render: (c) => <CaseStatusBadge status={c.status} />,
    },
    {
      key: 'verification',
      header: label('case', 'verificationState'),
      render: (c) => <VerificationBadge state={c.verificationState} />,
    },
    {
      key: 'victims',
      header: label('case', 'victimCount'),
      nowrap: true,
      render: (c) => (
        <Group gap={6} wrap="nowrap">
          <span>{c.victimCount}</span>
          {c.hasMinor ? <MinorBadge /> : null}
        </Group>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('cases.list.title')}
        subtitle={t('cases.list.subtitle')}
        actions={
          can('cases.write') ? (
            <ButtonLink to="/cases/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
              {t('cases.list.create')}
            </ButtonLink>
          ) : null
        }
      />
      <ListToolbar
        q={search.q}
        searchLabel={t('cases.list.searchLabel')}
        onSearch={(q) => set({ q })}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={label('case', 'status')}
          value={search.status}
          options={picklists.options('case_status', search.status ?? null)}
          onChange={(status) => set({ status })}
        />
        <FilterSelect
          label={label('case', 'source')}
          value={search.source}
          options={picklists.options('case_source', search.source ?? null)}
          onChange={(source) => set({ source })}
        />
        <FilterSelect
          label={t('cases.list.year')}
          value={search.year === undefined ? undefined : String(search.year)}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={(v) => set({ year: v ? Number(v) : undefined })}
        />
        <FilterSelect
          label={label('case', 'verificationState')}
          value={search.verification}
          options={VERIFICATION_STATES.map((s) => ({
            value: s,
            label: t(`cases.verification.${s}`),
          }))}
          onChange={(v) => set({ verification: pick(VERIFICATION_STATES, v) })}
        />
        <FilterSelect
          label={label('case', 'hasMinor')}
          value={search.hasMinor}
          options={[
            { value: 'true', label: t('status.yes') },
            { value: 'false', label: t('status.no') },
          ]}
          onChange={(v) => set({ hasMinor: pick(['true', 'false'], v) })}
        />
        <div style={{ flex: '1 1 14rem', maxWidth: '24rem' }}>
          <RegionPicker
            mode="province-or-regency"
            labelPrefix={label('case', 'regionCode')}
            value={search.regionCode ?? null}
            onChange={(code) => set({ regionCode: code ?? undefined })}
          />
        </div>
      </ListToolbar>
      <Text size="xs" c="dimmed" mb="xs">
        {t('cases.list.searchHint')}
      </Text>
      <DataTable
        caption={t('cases.list.caption')}
        testId="cases-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(c) => c.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
