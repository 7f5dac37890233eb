import { Paper, Stack } from '@mantine/core';
import { NonPlanActivityInput } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { nonPlanApi, reportKeys } from './api.js';
import {
  NonPlanFields,
  type NonPlanValues,
  nonPlanInput,
  nonPlanValues,
} from './non-plan-fields.js';

export function NonPlanCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.file" title={t('reporting.nonPlan.create')}>
      <NonPlanCreate />
    </RequirePermission>
  );
}

function NonPlanCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: nonPlanValues() as NonPlanValues,
    schema: NonPlanActivityInput,
    toInput: nonPlanInput,
  });
  return (
    <>
      <PageHeader
        title={t('reporting.nonPlan.create')}
        back={
          <AnchorLink to="/non-plan-activities" search={{}}>
            ← {t('reporting.nonPlan.title')}
          </AnchorLink>
        }
      />
      <Paper withBorder p="lg" maw={760}>
        <form
          noValidate
          aria-label={t('reporting.nonPlan.create')}
          data-testid="non-plan-form"
          onSubmit={onSubmit(async (payload) => {
            await nonPlanApi.create(payload);
            await queryClient.invalidateQueries({ queryKey: reportKeys.nonPlan });
            notifySuccess(t('form.created'));
            await navigate({ to: '/non-plan-activities', search: {} });
          })}
        >
          <Stack gap="md">
            <NonPlanFields form={form} />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('actions.save')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/non-plan-activities', search: {} })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
