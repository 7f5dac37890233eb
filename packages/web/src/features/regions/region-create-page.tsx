import { Paper, Stack, TextInput } from '@mantine/core';
import { RegionCreate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { regionKeys, regionsApi } from './api.js';

export function RegionCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="regions.manage" title={t('regions.create.title')}>
      <CreateForm />
    </RequirePermission>
  );
}

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { code: '', name: '', validFrom: '' },
    schema: RegionCreate,
    toInput: (v) => v,
  });

  return (
    <>
      <PageHeader
        title={t('regions.create.title')}
        back={<AnchorLink to="/regions">← {t('regions.detail.back')}</AnchorLink>}
      />
      <Paper withBorder p="lg" maw={560}>
        <form
          noValidate
          data-testid="region-create-form"
          aria-label={t('regions.create.title')}
          onSubmit={onSubmit(async (payload) => {
            const created = await regionsApi.create(payload);
            await queryClient.invalidateQueries({ queryKey: regionKeys.all });
            notifySuccess(t('regions.create.done'));
            await navigate({ to: '/regions/$regionCode', params: { regionCode: created.code } });
          })}
        >
          <Stack gap="md">
            <TextInput
              label={t('regions.fields.code')}
              description={t('regions.fields.codeHint')}
              required
              {...form.getInputProps('code')}
            />
            <TextInput label={t('regions.fields.name')} required {...form.getInputProps('name')} />
            <TextInput
              type="date"
              label={t('regions.fields.validFrom')}
              required
              {...form.getInputProps('validFrom')}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('regions.create.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/regions' })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
