import { Paper, Text, Title } from '@mantine/core';
import type { ImportBatchView } from '@sigap/domain';
import { IconFileUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useNumbers } from '../reporting/numbers.js';
import { batchesQuery } from './api.js';
import { BatchStateBadge } from './batch-state.js';
import { HtcdsPanel } from './htcds-panel.js';
import { TemplatesSection } from './templates-section.js';

const route = getRouteApi('/app/case-imports');

export function ImportsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.import" title={t('caseImport.title')}>
      <Imports />
    </RequirePermission>
  );
}

/** Impor kasus: the imports made in the user's scope, the mapping templates, HTCDS exchange. */
function Imports() {
  const { t } = useTranslation();
  const can = useCan();
  return (
    <>
      <PageHeader
        title={t('caseImport.title')}
        subtitle={t('caseImport.subtitle')}
        actions={
          <ButtonLink
            to="/case-imports/new"
            search={{}}
            leftSection={<IconFileUpload size={16} aria-hidden="true" />}
            data-testid="new-import"
          >
            {t('caseImport.newImport')}
          </ButtonLink>
        }
      />
      <BatchesSection />
      <TemplatesSection />
      {can('cases.read') ? <HtcdsPanel /> : null}
    </>
  );
}

function BatchesSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const query = useQuery(batchesQuery(page));
  const columns: Column<ImportBatchView>[] = [
    {
      key: 'createdAt',
      header: t('caseImport.fields.createdAt'),
      nowrap: true,
      render: (b) => fmt.dateTime(b.createdAt),
    },
    {
      key: 'file',
      header: t('caseImport.fields.file'),
      render: (b) => (
        <AnchorLink to="/case-imports/$batchId" params={{ batchId: b.id }}>
          {b.fileName}
        </AnchorLink>
      ),
    },
    {
      key: 'source',
      header: t('caseImport.fields.sourceSystem'),
      nowrap: true,
      render: (b) => b.sourceSystem,
    },
    {
      key: 'state',
      header: t('caseImport.fields.state'),
      render: (b) => <BatchStateBadge state={b.state} />,
    },
    {
      key: 'rows',
      header: t('caseImport.fields.rows'),
      nowrap: true,
      render: (b) =>
        t('caseImport.validOfTotal', {
          valid: n.number(b.validRows),
          total: n.number(b.totalRows),
        }),
    },
    {
      key: 'errors',
      header: t('caseImport.fields.errors'),
      nowrap: true,
      render: (b) => n.number(b.errorCount),
    },
    {
      key: 'cases',
      header: t('caseImport.fields.cases'),
      nowrap: true,
      render: (b) =>
        t('caseImport.createdUpdated', {
          created: n.number(b.createdCases),
          updated: n.number(b.updatedCases),
        }),
    },
  ];
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="batches-heading">
      <Title order={2} size="h3" id="batches-heading" mb={4}>
        {t('caseImport.batches.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('caseImport.batches.intro')}
      </Text>
      <DataTable
        caption={t('caseImport.batches.heading')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(b) => b.id}
        meta={query.data?.meta}
        loading={query.isPlaceholderData}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(p) => void navigate({ search: { page: p } })}
        testId="batches-table"
      />
    </Paper>
  );
}
