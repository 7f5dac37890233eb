import { NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { InstitutionCreate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError, orNull } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { RegionPicker } from '../regions/region-picker.js';
import { institutionKeys, institutionsApi } from './api.js';

type Values = {
  code: string;
  name: string;
  abbreviation: string;
  kind: string;
  regionCode: string | null;
  validFrom: string;
  legalBasis: string;
};

const EMPTY: Values = {
  code: '',
  name: '',
  abbreviation: '',
  kind: '',
  regionCode: null,
  validFrom: '',
  legalBasis: '',
};

export function InstitutionCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="institutions.manage" title={t('institutions.create.title')}>
      <InstitutionCreateForm />
    </RequirePermission>
  );
}

function InstitutionCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useOptions();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: EMPTY,
    schema: InstitutionCreate,
    toInput: (v: Values) => ({
      code: v.code.trim().toUpperCase(),
      name: v.name,
      abbreviation: v.abbreviation,
      kind: v.kind === '' ? undefined : v.kind,
      regionCode: v.regionCode,
      validFrom: v.validFrom,
      legalBasis: orNull(v.legalBasis),
    }),
  });

  return (
    <>
      <PageHeader
        title={t('institutions.create.title')}
        back={<AnchorLink to="/institutions">← {t('institutions.detail.back')}</AnchorLink>}
      />
      <Paper withBorder p="lg" maw={640}>
        <form
          noValidate
          data-testid="institution-create-form"
          aria-label={t('institutions.create.title')}
          onSubmit={onSubmit(async (payload) => {
            const created = await institutionsApi.create(payload);
            await queryClient.invalidateQueries({ queryKey: institutionKeys.all });
            notifySuccess(t('institutions.create.done'));
            await navigate({
              to: '/institutions/$institutionId',
              params: { institutionId: created.id },
            });
          })}
        >
          <Stack gap="md">
            <TextInput
              label={t('institutions.fields.code')}
              description={t('institutions.fields.codeHint')}
              required
              {...form.getInputProps('code')}
            />
            <TextInput
              label={t('institutions.fields.name')}
              required
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('institutions.fields.abbreviation')}
              required
              {...form.getInputProps('abbreviation')}
            />
            <NativeSelect
              label={t('institutions.fields.kind')}
              required
              data={[{ value: '', label: t('institutions.pickKind') }, ...options.institutionKinds]}
              {...form.getInputProps('kind')}
            />
            <RegionPicker
              mode="province-or-regency"
              value={form.values.regionCode}
              onChange={(code) => form.setFieldValue('regionCode', code)}
              error={form.errors.regionCode}
              labelPrefix={`${t('institutions.fields.region')} (${t('form.optional')})`}
            />
            <TextInput
              type="date"
              label={t('institutions.fields.validFrom')}
              required
              {...form.getInputProps('validFrom')}
            />
            <TextInput
              label={`${t('institutions.fields.legalBasis')} (${t('form.optional')})`}
              placeholder={t('institutions.fields.legalBasisHint')}
              {...form.getInputProps('legalBasis')}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('institutions.create.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/institutions' })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
