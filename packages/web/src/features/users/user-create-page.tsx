import { Button, Checkbox, Paper, Stack, TextInput } from '@mantine/core';
import { UserCreate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { PasswordField } from '../../shared/password-field.js';
import { randomPassword } from '../../shared/random-password.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { userKeys, usersApi } from './api.js';
import { EMPTY_USER, UserFields, type UserFormValues, userCoreInput } from './user-fields.js';

export function UserCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="users.manage" title={t('users.create.title')}>
      <UserCreateForm />
    </RequirePermission>
  );
}

function UserCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: EMPTY_USER as UserFormValues,
    schema: UserCreate,
    toInput: (v: UserFormValues) => ({
      ...userCoreInput(v),
      email: v.email,
      password: v.password,
      mustChangePassword: v.mustChangePassword,
    }),
  });

  return (
    <>
      <PageHeader
        title={t('users.create.title')}
        back={<AnchorLink to="/users">← {t('users.detail.back')}</AnchorLink>}
      />
      <Paper withBorder p="lg" maw={640}>
        <form
          noValidate
          data-testid="user-create-form"
          aria-label={t('users.create.title')}
          onSubmit={onSubmit(async (payload) => {
            const created = await usersApi.create(payload);
            await queryClient.invalidateQueries({ queryKey: userKeys.all });
            notifySuccess(t('users.create.done', { name: payload.fullName }));
            await navigate({ to: '/users/$userId', params: { userId: created.id } });
          })}
        >
          <Stack gap="md">
            <TextInput
              label={t('users.fields.email')}
              type="email"
              autoComplete="off"
              required
              {...form.getInputProps('email')}
            />
            <UserFields form={form} />
            <Stack gap={4}>
              <PasswordField
                label={t('users.fields.password')}
                description={t('users.fields.passwordHint')}
                autoComplete="new-password"
                required
                {...form.getInputProps('password')}
              />
              <Button
                variant="subtle"
                size="compact-sm"
                style={{ alignSelf: 'flex-start' }}
                onClick={() => form.setFieldValue('password', randomPassword())}
              >
                {t('users.generate')}
              </Button>
            </Stack>
            <Checkbox
              label={t('users.fields.mustChangePassword')}
              {...form.getInputProps('mustChangePassword', { type: 'checkbox' })}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('users.create.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/users' })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
