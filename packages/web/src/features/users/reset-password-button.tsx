import { Button, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { PasswordReset, type UserView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { PasswordField } from '../../shared/password-field.js';
import { randomPassword } from '../../shared/random-password.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { usersApi } from './api.js';

type Props = { user: UserView; onDone: () => Promise<void> };

export function ResetPasswordButton({ user, onDone }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { newPassword: '' },
    schema: PasswordReset,
    toInput: (v) => v,
  });

  return (
    <>
      <Button variant="default" onClick={open}>
        {t('users.actions.resetPassword')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('users.actions.resetPassword')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <form
          noValidate
          data-testid="reset-password-form"
          onSubmit={onSubmit(async ({ newPassword }) => {
            await usersApi.resetPassword(user.id, newPassword);
            form.reset();
            close();
            await onDone();
          })}
        >
          <Stack gap="sm">
            <Text size="sm">{t('users.actions.resetPasswordIntro')}</Text>
            <PasswordField
              label={t('users.actions.newPassword')}
              description={t('users.fields.passwordHint')}
              autoComplete="new-password"
              {...form.getInputProps('newPassword')}
            />
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ alignSelf: 'flex-start' }}
              onClick={() => form.setFieldValue('newPassword', randomPassword())}
            >
              {t('users.generate')}
            </Button>
            <FormError message={formError} />
            <FormActions
              submitLabel={t('users.actions.resetPassword')}
              submitting={submitting}
              onCancel={close}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
