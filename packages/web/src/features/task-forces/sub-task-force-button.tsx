import { Button, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { STRATEGY_CODES, SubTaskForceCreate } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { notifySuccess } from '../../shared/notify.js';
import { useOptions } from '../../shared/option-lists.js';
import { pick } from '../../shared/search.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { taskForceKeys, taskForcesApi } from './api.js';

type Values = { name: string; strategyCode: string; coordinatorInstitutionId: string };

export function SubTaskForceButton({ taskForceId }: { taskForceId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useOptions();
  const [opened, { open, close }] = useDisclosure(false);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { name: '', strategyCode: '', coordinatorInstitutionId: '' } as Values,
    schema: SubTaskForceCreate,
    toInput: (v: Values) => ({
      name: v.name,
      strategyCode: pick(STRATEGY_CODES, v.strategyCode) ?? null,
      coordinatorInstitutionId: v.coordinatorInstitutionId || null,
    }),
  });

  return (
    <>
      <Button size="xs" onClick={open} leftSection={<IconPlus size={14} aria-hidden="true" />}>
        {t('taskForces.detail.addSubTaskForce')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('taskForces.sub.title')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <form
          noValidate
          data-testid="sub-task-force-form"
          onSubmit={onSubmit(async (payload) => {
            await taskForcesApi.addSubTaskForce(taskForceId, payload);
            await queryClient.invalidateQueries({ queryKey: taskForceKeys.all });
            notifySuccess(t('taskForces.sub.done'));
            form.reset();
            close();
          })}
        >
          <Stack gap="sm">
            <TextInput label={t('taskForces.sub.name')} required {...form.getInputProps('name')} />
            <NativeSelect
              label={t('taskForces.sub.strategy')}
              data={[{ value: '', label: t('taskForces.sub.noStrategy') }, ...options.strategies]}
              {...form.getInputProps('strategyCode')}
            />
            <InstitutionSelect
              label={t('taskForces.sub.coordinator')}
              emptyLabel={t('taskForces.sub.noCoordinator')}
              value={form.values.coordinatorInstitutionId}
              onChange={(id) => form.setFieldValue('coordinatorInstitutionId', id)}
              error={form.errors.coordinatorInstitutionId}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('taskForces.sub.submit')}
              submitting={submitting}
              onCancel={close}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
