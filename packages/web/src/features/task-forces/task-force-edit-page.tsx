import { Checkbox, Paper, Stack } from '@mantine/core';
import { TaskForceUpdate, type TaskForceView } from '@sigap/domain';
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
import { taskForceDetailQuery, taskForceKeys, taskForcesApi } from './api.js';
import { basisInput, TaskForceBasisFields, type TaskForceFormValues } from './task-force-fields.js';

const route = getRouteApi('/app/task-forces/$taskForceId/edit');

export function TaskForceEditPage() {
  const { t } = useTranslation();
  const { taskForceId } = route.useParams();
  const query = useQuery(taskForceDetailQuery(taskForceId));
  return (
    <RequirePermission permission="taskForces.manage" title={t('taskForces.edit.title')}>
      <PageHeader
        title={t('taskForces.edit.title')}
        subtitle={query.data?.name}
        back={
          <AnchorLink to="/task-forces/$taskForceId" params={{ taskForceId }}>
            ← {query.data?.name ?? t('taskForces.detail.back')}
          </AnchorLink>
        }
      />
      {query.data ? (
        <EditForm taskForce={query.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState />
      )}
    </RequirePermission>
  );
}

function EditForm({ taskForce }: { taskForce: TaskForceView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      level: taskForce.level,
      regionCode: taskForce.regionCode,
      name: taskForce.name,
      legalBasisNumber: taskForce.legalBasisNumber,
      legalBasisDate: taskForce.legalBasisDate,
      legalBasisTitle: taskForce.legalBasisTitle ?? '',
      active: taskForce.active,
    } as TaskForceFormValues,
    schema: TaskForceUpdate,
    toInput: (v: TaskForceFormValues) => ({ ...basisInput(v), active: v.active }),
  });
  const toDetail = () =>
    navigate({ to: '/task-forces/$taskForceId', params: { taskForceId: taskForce.id } });

  return (
    <Paper withBorder p="lg" maw={640}>
      <form
        noValidate
        data-testid="task-force-edit-form"
        aria-label={t('taskForces.edit.title')}
        onSubmit={onSubmit(async (payload) => {
          await taskForcesApi.update(taskForce.id, payload);
          await queryClient.invalidateQueries({ queryKey: taskForceKeys.all });
          notifySuccess(t('taskForces.edit.done'));
          await toDetail();
        })}
      >
        <Stack gap="md">
          <TaskForceBasisFields form={form} />
          <Checkbox
            label={t('taskForces.fields.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('taskForces.edit.submit')}
            submitting={submitting}
            onCancel={() => void toDetail()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
