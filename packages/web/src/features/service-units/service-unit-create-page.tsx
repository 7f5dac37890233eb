import { Paper, Stack } from '@mantine/core';
import { ServiceUnitCreate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { serviceUnitKeys, serviceUnitsApi } from './api.js';
import { EMPTY_SERVICE_UNIT, ServiceUnitFields, serviceUnitInput } from './service-unit-fields.js';

export function ServiceUnitCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="serviceUnits.manage" title={t('serviceUnits.create.title')}>
      <CreateForm />
    </RequirePermission>
  );
}

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: EMPTY_SERVICE_UNIT,
    schema: ServiceUnitCreate,
    toInput: serviceUnitInput,
  });

  return (
    <>
      <PageHeader
        title={t('serviceUnits.create.title')}
        back={<AnchorLink to="/service-units">← {t('serviceUnits.detail.back')}</AnchorLink>}
      />
      <Paper withBorder p="lg" maw={640}>
        <form
          noValidate
          data-testid="service-unit-create-form"
          aria-label={t('serviceUnits.create.title')}
          onSubmit={onSubmit(async (payload) => {
            const created = await serviceUnitsApi.create(payload);
            await queryClient.invalidateQueries({ queryKey: serviceUnitKeys.all });
            notifySuccess(t('serviceUnits.create.done'));
            await navigate({
              to: '/service-units/$serviceUnitId',
              params: { serviceUnitId: created.id },
            });
          })}
        >
          <Stack gap="md">
            <ServiceUnitFields form={form} />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('serviceUnits.create.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/service-units' })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
