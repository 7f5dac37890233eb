import { Alert, Paper, Stack, Text } from '@mantine/core';
import { NewPassword } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { meQueryKey, useMe } from '../../app/api/me.js';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { PasswordField } from '../../shared/password-field.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { identityApi } from './api.js';

/** PasswordChange from @sigap/domain plus the "repeat" field that only the form has. */
const ChangePasswordForm = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: NewPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'password_mismatch',
  });

export function ChangePasswordPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const forced = me.user.mustChangePassword;
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    schema: ChangePasswordForm,
    toInput: (v) => v,
  });

  return (
    <>
      <PageHeader
        title={t('identity.password.title')}
        back={
          forced ? null : <AnchorLink to="/account">← {t('identity.account.title')}</AnchorLink>
        }
      />
      <Paper withBorder p="lg" maw={520}>
        <Stack gap="md">
          {forced ? (
            <Alert color="indigo" variant="light" title={t('identity.password.forced')} />
          ) : null}
          <Text size="sm">{t('identity.password.intro')}</Text>
          <form
            noValidate
            data-testid="change-password-form"
            onSubmit={onSubmit(async ({ currentPassword, newPassword }) => {
              await identityApi.changePassword({ currentPassword, newPassword });
              notifySuccess(t('identity.password.done'));
              await queryClient.invalidateQueries({ queryKey: meQueryKey });
              await navigate({ to: forced ? '/' : '/account' });
            })}
          >
            <Stack gap="md">
              <PasswordField
                label={t('identity.password.current')}
                autoComplete="current-password"
                required
                {...form.getInputProps('currentPassword')}
              />
              <PasswordField
                label={t('identity.password.new')}
                description={t('identity.password.newHint')}
                autoComplete="new-password"
                required
                {...form.getInputProps('newPassword')}
              />
              <PasswordField
                label={t('identity.password.confirm')}
                autoComplete="new-password"
                required
                {...form.getInputProps('confirmPassword')}
              />
              <FormError message={formError} />
              <FormActions submitLabel={t('identity.password.submit')} submitting={submitting} />
            </Stack>
          </form>
        </Stack>
      </Paper>
    </>
  );
}
