import { Button, FileInput, Group, List, Paper, Stack, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, errorMessage } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB, planDetailQuery, plansApi, XLSX_TYPE } from './api.js';
import { ImportPreviewPanel } from './import-preview.js';
import type { ImportPreview } from './types.js';

const route = getRouteApi('/app/plans/import');

export function PlanImportPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="plans.manage" title={t('plans.import.title')}>
      <PlanImport />
    </RequirePermission>
  );
}

/**
 * Impor matriks dari Excel: upload → the server checks the sheet and answers its errors or the
 * changes it would make → the user confirms. Nothing is written before the confirmation.
 */
function PlanImport() {
  const { t } = useTranslation();
  const { planId } = route.useSearch();
  const plan = useQuery({ ...planDetailQuery(planId ?? ''), enabled: planId !== undefined });
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const check = useMutation({
    mutationFn: (f: File) => plansApi.previewImport(f, planId),
    onSuccess: setPreview,
  });

  function pickFile(next: File | null) {
    setFile(next);
    setPreview(null);
    setFileError(null);
    check.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setFileError(t('plans.import.pickFile'));
    if (!file.name.toLowerCase().endsWith('.xlsx'))
      return setFileError(t('plans.import.wrongType'));
    if (file.size > MAX_IMPORT_BYTES)
      return setFileError(t('plans.import.tooLarge', { max: MAX_IMPORT_MB }));
    setFileError(null);
    setPreview(null);
    check.mutate(file);
  }

  const back = planId ? (
    <AnchorLink to="/plans/$planId" params={{ planId }} search={{}}>
      ← {plan.data?.title ?? t('plans.revisions.backToPlan')}
    </AnchorLink>
  ) : (
    <AnchorLink to="/plans" search={{}}>
      ← {t('plans.detail.back')}
    </AnchorLink>
  );

  return (
    <>
      <PageHeader
        title={planId ? t('plans.import.reviseTitle') : t('plans.import.title')}
        subtitle={
          planId && plan.data
            ? t('plans.import.forPlan', { title: plan.data.title, revision: plan.data.revision })
            : t('plans.import.subtitle')
        }
        back={back}
      />
      {plan.isError ? <ErrorState error={plan.error} onRetry={() => void plan.refetch()} /> : null}
      <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="import-upload">
        <Title order={2} size="h4" mb="sm" id="import-upload">
          {t('plans.import.uploadHeading')}
        </Title>
        <List size="sm" mb="md" spacing={4}>
          <List.Item>{t('plans.import.hintExport')}</List.Item>
          <List.Item>{t('plans.import.hintColumns')}</List.Item>
          <List.Item>{t('plans.import.hintNothingWritten')}</List.Item>
        </List>
        <form onSubmit={submit} noValidate data-testid="import-form">
          <Stack gap="sm">
            <FileInput
              label={t('plans.import.file')}
              description={t('plans.import.fileHint', { max: MAX_IMPORT_MB })}
              placeholder={t('plans.import.filePlaceholder')}
              // Mantine's placeholder grey is below 4.5:1 on white
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              accept={`.xlsx,${XLSX_TYPE}`}
              value={file}
              onChange={pickFile}
              clearable
              clearButtonProps={{ 'aria-label': t('actions.clear') }}
              leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
              error={fileError}
              maw={520}
              data-testid="import-file"
            />
            <FormError message={check.isError ? errorMessage(check.error) : null} />
            <Group>
              <Button type="submit" loading={check.isPending}>
                {t('plans.import.check')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {preview ? (
        <ImportPreviewPanel
          preview={preview}
          fileName={file?.name ?? ''}
          onReset={() => pickFile(null)}
        />
      ) : null}
    </>
  );
}
