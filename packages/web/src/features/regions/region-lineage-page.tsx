import { NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { LINEAGE_EVENTS, RegionLineageCreate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { regionKeys, regionsApi } from './api.js';

type Values = {
  predecessorCode: string;
  successorCode: string;
  event: string;
  effectiveDate: string;
  legalBasis: string;
};

export function RegionLineagePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="regions.manage" title={t('regions.lineage.title')}>
      <LineageForm />
    </RequirePermission>
  );
}

function LineageForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      predecessorCode: '',
      successorCode: '',
      event: '',
      effectiveDate: '',
      legalBasis: '',
    } as Values,
    schema: RegionLineageCreate,
    toInput: (v: Values) => ({ ...v, event: pick(LINEAGE_EVENTS, v.event) }),
  });

  return (
    <>
      <PageHeader
        title={t('regions.lineage.title')}
        back={<AnchorLink to="/regions">← {t('regions.detail.back')}</AnchorLink>}
      />
      <Paper withBorder p="lg" maw={560}>
        <form
          noValidate
          data-testid="region-lineage-form"
          aria-label={t('regions.lineage.title')}
          onSubmit={onSubmit(async (payload) => {
            await regionsApi.addLineage(payload);
            await queryClient.invalidateQueries({ queryKey: regionKeys.all });
            notifySuccess(t('regions.lineage.done'));
            await navigate({
              to: '/regions/$regionCode',
              params: { regionCode: payload.successorCode },
            });
          })}
        >
          <Stack gap="md">
            <Text size="sm">{t('regions.lineage.intro')}</Text>
            <TextInput
              label={t('regions.lineage.predecessor')}
              required
              {...form.getInputProps('predecessorCode')}
            />
            <TextInput
              label={t('regions.lineage.successor')}
              required
              {...form.getInputProps('successorCode')}
            />
            <NativeSelect
              label={t('regions.lineage.event')}
              required
              data={[
                { value: '', label: t('regions.lineage.pickEvent') },
                ...LINEAGE_EVENTS.map((e) => ({ value: e, label: t(`enums.lineageEvent.${e}`) })),
              ]}
              {...form.getInputProps('event')}
            />
            <TextInput
              type="date"
              label={t('regions.lineage.effectiveDate')}
              required
              {...form.getInputProps('effectiveDate')}
            />
            <TextInput
              label={t('regions.lineage.legalBasis')}
              placeholder={t('regions.lineage.legalBasisHint')}
              required
              {...form.getInputProps('legalBasis')}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('regions.lineage.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/regions' })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
