import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { MembershipEnd, type MembershipView } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { todayIso } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { taskForceKeys, taskForcesApi } from './api.js';

type Props = { taskForceId: string; membership: MembershipView };

export function EndMembershipButton({ taskForceId, membership }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { validTo: todayIso() },
    schema: MembershipEnd,
    toInput: (v) => v,
  });

  return (
    <>
      <Button
        size="compact-xs"
        variant="default"
        onClick={open}
        aria-label={t('taskForces.membership.endLabel', { name: membership.institution.name })}
      >
        {t('taskForces.membership.end')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('taskForces.membership.endTitle')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <form
          noValidate
          onSubmit={onSubmit(async ({ validTo }) => {
            await taskForcesApi.endMembership(taskForceId, membership.id, validTo);
            await queryClient.invalidateQueries({ queryKey: taskForceKeys.all });
            notifySuccess(t('taskForces.membership.endDone'));
            close();
          })}
        >
          <Stack gap="sm">
            <Text fw={600}>{membership.institution.name}</Text>
            <Text size="sm">{t('taskForces.membership.endIntro')}</Text>
            <TextInput
              type="date"
              label={t('taskForces.membership.endDate')}
              required
              {...form.getInputProps('validTo')}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('taskForces.membership.endSubmit')}
              submitting={submitting}
              onCancel={close}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
