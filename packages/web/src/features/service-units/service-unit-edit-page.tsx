import { Paper, Stack } from '@mantine/core';
import { ServiceUnitUpdate, type ServiceUnitView } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { serviceUnitDetailQuery, serviceUnitKeys, serviceUnitsApi } from './api.js';
import {
  ServiceUnitFields,
  type ServiceUnitFormValues,
  serviceUnitInput,
  valuesFromUnit,
} from './service-unit-fields.js';

const route = getRouteApi('/app/service-units/$serviceUnitId/edit');

export function ServiceUnitEditPage() {
  const { t } = useTranslation();
  const { serviceUnitId } = route.useParams();
  const query = useQuery(serviceUnitDetailQuery(serviceUnitId));
  return (
    <RequirePermission permission="serviceUnits.manage" title={t('serviceUnits.edit.title')}>
      <PageHeader
        title={t('serviceUnits.edit.title')}
        subtitle={query.data?.name}
        back={
          <AnchorLink to="/service-units/$serviceUnitId" params={{ serviceUnitId }}>
            ← {query.data?.name ?? t('serviceUnits.detail.back')}
          </AnchorLink>
        }
      />
      {query.data ? (
        <EditForm unit={query.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState />
      )}
    </RequirePermission>
  );
}

function EditForm({ unit }: { unit: ServiceUnitView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: valuesFromUnit(unit),
    schema: ServiceUnitUpdate,
    toInput: (v: ServiceUnitFormValues) => ({ ...serviceUnitInput(v), active: v.active }),
  });
  const toDetail = () =>
    navigate({ to: '/service-units/$serviceUnitId', params: { serviceUnitId: unit.id } });

  return (
    <Paper withBorder p="lg" maw={640}>
      <form
        noValidate
        data-testid="service-unit-edit-form"
        aria-label={t('serviceUnits.edit.title')}
        onSubmit={onSubmit(async (payload) => {
          await serviceUnitsApi.update(unit.id, payload);
          await queryClient.invalidateQueries({ queryKey: serviceUnitKeys.all });
          notifySuccess(t('serviceUnits.edit.done'));
          await toDetail();
        })}
      >
        <Stack gap="md">
          <ServiceUnitFields form={form} withActive />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('serviceUnits.edit.submit')}
            submitting={submitting}
            onCancel={() => void toDetail()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
