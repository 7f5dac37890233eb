import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ImportPreview } from '@sigap/domain';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useNumbers } from '../reporting/numbers.js';
import { batchQuery } from './api.js';
import { BatchErrors } from './batch-errors.js';
import { BatchProgress } from './batch-progress.js';
import { BatchSample } from './batch-sample.js';
import { BatchStateBadge } from './batch-state.js';
import { ConfirmForm } from './confirm-form.js';
import { ImportSteps } from './import-steps.js';

const route = getRouteApi('/app/case-imports/$batchId');

export function BatchPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.import" title={t('caseImport.batch.title')}>
      <Batch />
    </RequirePermission>
  );
}

function Batch() {
  const { t } = useTranslation();
  const { batchId } = route.useParams();
  const query = useQuery(batchQuery(batchId));
  const back = (
    <AnchorLink to="/case-imports" search={{}}>
      ← {t('caseImport.title')}
    </AnchorLink>
  );
  if (query.isError)
    return (
      <>
        <PageHeader title={t('caseImport.batch.title')} back={back} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  if (!query.data)
    return (
      <>
        <PageHeader title={t('caseImport.batch.title')} back={back} />
        <LoadingState />
      </>
    );
  return <BatchView b={query.data} back={back} />;
}

/** Step 3 (preview and confirmation) and step 4 (progress, resume, rollback) of one import. */
function BatchView({ b, back }: { b: ImportPreview; back: ReactNode }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const bad = b.totalRows - b.validRows;
  const detected = b.detected;
  const delimiter =
    detected.delimiter === null
      ? null
      : detected.delimiter === '\t'
        ? t('caseImport.batch.tab')
        : `"${detected.delimiter}"`;
  return (
    <>
      <PageHeader
        title={t('caseImport.batch.titleOf', { file: b.fileName })}
        subtitle={
          <Group gap="xs">
            <BatchStateBadge state={b.state} />
            <span>
              {t('caseImport.batch.subtitle', {
                source: b.sourceSystem,
                date: fmt.dateTime(b.createdAt),
              })}
            </span>
          </Group>
        }
        back={back}
      />
      <ImportSteps
        current={b.state === 'previewed' ? 'preview' : 'import'}
        done={b.state === 'completed' || b.state === 'rolled_back'}
      />
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="batch-summary">
          <Title order={2} size="h4" id="batch-summary" mb="sm">
            {t('caseImport.batch.summary')}
          </Title>
          <InfoList
            cols={3}
            items={[
              { label: t('caseImport.batch.totalRows'), value: n.number(b.totalRows) },
              {
                label: t('caseImport.batch.validRows'),
                value: n.number(b.validRows),
                testId: 'valid-rows',
              },
              { label: t('caseImport.batch.badRows'), value: n.number(bad), testId: 'bad-rows' },
              { label: t('caseImport.batch.format'), value: b.format.toUpperCase() },
              {
                label: t('caseImport.batch.encoding'),
                value: [detected.encoding, delimiter].filter(Boolean).join(', ') || '—',
              },
              {
                label: t('caseImport.fields.region'),
                value: b.regionCode ?? t('caseImport.batch.noRegion'),
              },
            ]}
          />
          {detected.missingColumns.length > 0 ? (
            <Alert
              mt="md"
              color="yellow"
              variant="light"
              icon={<IconInfoCircle aria-hidden="true" />}
              title={t('caseImport.batch.missingTitle')}
            >
              <Text size="sm" c="black">
                {t('caseImport.batch.missingBody', { columns: detected.missingColumns.join(', ') })}
              </Text>
            </Alert>
          ) : null}
        </Paper>
        {b.state === 'previewed' ? <ConfirmForm b={b} /> : <BatchProgress b={b} />}
        <BatchErrors b={b} />
        {b.sample.length > 0 ? <BatchSample rows={b.sample} /> : null}
      </Stack>
    </>
  );
}
