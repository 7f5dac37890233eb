import {
  Button,
  FileInput,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, errorMessage } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { RegionPicker } from '../regions/region-picker.js';
import { importApi, importKeys, templatesQuery } from './api.js';
import { ImportSteps } from './import-steps.js';

const route = getRouteApi('/app/case-imports/new');

const ACCEPT =
  '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function NewImportPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.import" title={t('caseImport.new.title')}>
      <NewImport />
    </RequirePermission>
  );
}

/** Steps 1 and 2: the template that reads the file, the region it belongs to, the file. */
function NewImport() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const templates = useQuery(templatesQuery);
  const [templateId, setTemplateId] = useState<string | undefined>(search.templateId);
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ template?: string; file?: string }>({});
  const upload = useMutation({
    mutationFn: (input: { file: File; templateId: string }) =>
      importApi.upload(input.file, input.templateId, regionCode),
    onSuccess: async (preview) => {
      queryClient.setQueryData(importKeys.batch(preview.id), preview);
      await queryClient.invalidateQueries({ queryKey: importKeys.all, exact: false });
      await navigate({ to: '/case-imports/$batchId', params: { batchId: preview.id } });
    },
  });
  const template = templates.data?.items.find((x) => x.id === templateId);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    if (!templateId) next.template = t('caseImport.new.pickTemplate');
    if (!file) next.file = t('caseImport.new.pickFile');
    else if (!/\.(csv|xlsx)$/i.test(file.name)) next.file = t('caseImport.new.wrongType');
    else if (file.size === 0) next.file = t('caseImport.new.emptyFile');
    setErrors(next);
    if (next.template || next.file || !file || !templateId) return;
    upload.mutate({ file, templateId });
  }

  return (
    <>
      <PageHeader
        title={t('caseImport.new.title')}
        subtitle={t('caseImport.new.subtitle')}
        back={
          <AnchorLink to="/case-imports" search={{}}>
            ← {t('caseImport.title')}
          </AnchorLink>
        }
      />
      <ImportSteps current={template ? 'upload' : 'template'} />
      {templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => void templates.refetch()} />
      ) : null}
      <Paper withBorder p="md" component="section" aria-labelledby="new-import-heading">
        <Title order={2} size="h4" id="new-import-heading" mb="sm">
          {t('caseImport.new.heading')}
        </Title>
        <List size="sm" mb="md" spacing={4}>
          <List.Item>{t('caseImport.new.hintTemplate')}</List.Item>
          <List.Item>{t('caseImport.new.hintFormats')}</List.Item>
          <List.Item>{t('caseImport.new.hintNothingWritten')}</List.Item>
          <List.Item>{t('caseImport.new.hintIdempotent')}</List.Item>
        </List>
        <form onSubmit={submit} noValidate data-testid="new-import-form">
          <Stack gap="md" maw={640}>
            <div>
              <NativeSelect
                label={t('caseImport.fields.template')}
                value={templateId ?? ''}
                onChange={(e) => setTemplateId(e.currentTarget.value || undefined)}
                data={[
                  { value: '', label: t('caseImport.new.templatePlaceholder') },
                  ...(templates.data?.items ?? []).map((x) => ({
                    value: x.id,
                    label: `${x.name} (${x.sourceSystem})`,
                  })),
                ]}
                error={errors.template}
                required
                data-testid="import-template"
              />
              <Group gap="md" mt={4}>
                {template ? (
                  <AnchorLink
                    size="sm"
                    to="/case-imports/templates/$templateId"
                    params={{ templateId: template.id }}
                  >
                    {template.builtIn
                      ? t('caseImport.new.viewTemplate')
                      : t('caseImport.new.checkTemplate')}
                  </AnchorLink>
                ) : null}
                <AnchorLink size="sm" to="/case-imports/templates/new" search={{}}>
                  {t('caseImport.new.createTemplate')}
                </AnchorLink>
              </Group>
            </div>
            {me.user.scope.level === 'regency' ? null : (
              <div>
                <RegionPicker
                  mode="province-or-regency"
                  labelPrefix={t('caseImport.fields.region')}
                  value={regionCode}
                  onChange={setRegionCode}
                />
                <Text size="xs" c="dimmed" mt={4}>
                  {me.user.scope.regionName
                    ? t('caseImport.new.regionDefault', { region: me.user.scope.regionName })
                    : t('caseImport.new.regionNational')}
                </Text>
              </div>
            )}
            <FileInput
              label={t('caseImport.fields.file')}
              description={t('caseImport.new.fileHint')}
              placeholder={t('caseImport.new.filePlaceholder')}
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              accept={ACCEPT}
              value={file}
              onChange={(f) => {
                setFile(f);
                upload.reset();
              }}
              clearable
              clearButtonProps={{ 'aria-label': t('actions.clear') }}
              leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
              error={errors.file}
              required
              data-testid="import-file"
            />
            <FormError message={upload.isError ? errorMessage(upload.error) : null} />
            <Group>
              <Button type="submit" loading={upload.isPending} data-testid="import-upload">
                {t('caseImport.new.submit')}
              </Button>
              {upload.isPending ? (
                <Text size="sm" role="status">
                  {t('caseImport.new.checking')}
                </Text>
              ) : null}
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
