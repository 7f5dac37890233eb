import { NativeSelect, Paper, Stack } from '@mantine/core';
import { TASK_FORCE_LEVELS, TaskForceCreate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { RegionPicker } from '../regions/region-picker.js';
import { taskForceKeys, taskForcesApi } from './api.js';
import { basisInput, TaskForceBasisFields, type TaskForceFormValues } from './task-force-fields.js';

const EMPTY: TaskForceFormValues = {
  level: '',
  regionCode: null,
  name: '',
  legalBasisNumber: '',
  legalBasisDate: '',
  legalBasisTitle: '',
  active: true,
};

export function TaskForceCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="taskForces.manage" title={t('taskForces.create.title')}>
      <CreateForm />
    </RequirePermission>
  );
}

function CreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useOptions();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: EMPTY,
    schema: TaskForceCreate,
    toInput: (v: TaskForceFormValues) => ({
      ...basisInput(v),
      level: pick(TASK_FORCE_LEVELS, v.level),
      regionCode: v.level === 'national' ? null : v.regionCode,
    }),
  });
  const level = form.values.level;

  return (
    <>
      <PageHeader
        title={t('taskForces.create.title')}
        back={<AnchorLink to="/task-forces">← {t('taskForces.detail.back')}</AnchorLink>}
      />
      <Paper withBorder p="lg" maw={640}>
        <form
          noValidate
          data-testid="task-force-create-form"
          aria-label={t('taskForces.create.title')}
          onSubmit={onSubmit(async (payload) => {
            const created = await taskForcesApi.create(payload);
            await queryClient.invalidateQueries({ queryKey: taskForceKeys.all });
            notifySuccess(t('taskForces.create.done'));
            await navigate({
              to: '/task-forces/$taskForceId',
              params: { taskForceId: created.id },
            });
          })}
        >
          <Stack gap="md">
            <NativeSelect
              label={t('taskForces.fields.level')}
              required
              data={[{ value: '', label: t('taskForces.pickLevel') }, ...options.taskForceLevels]}
              value={level}
              onChange={(e) => {
                form.setFieldValue('level', e.currentTarget.value);
                form.setFieldValue('regionCode', null);
              }}
              error={form.errors.level}
            />
            {level === 'province' || level === 'regency' ? (
              <RegionPicker
                key={level}
                mode={level}
                value={form.values.regionCode}
                onChange={(code) => form.setFieldValue('regionCode', code)}
                error={form.errors.regionCode}
                required
              />
            ) : null}
            <TaskForceBasisFields form={form} />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('taskForces.create.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/task-forces' })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
