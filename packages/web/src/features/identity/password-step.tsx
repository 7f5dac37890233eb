import { Stack, TextInput } from '@mantine/core';
import { LoginRequest, type Me } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { PasswordField } from '../../shared/password-field.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { login } from './api.js';

type Props = { onSignedIn: (me: Me) => void; onCodeRequired: () => void };

export function PasswordStep({ onSignedIn, onCodeRequired }: Props) {
  const { t } = useTranslation();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { email: '', password: '' },
    schema: LoginRequest,
    toInput: (v) => v,
  });

  return (
    <form
      noValidate
      aria-label={t('identity.signIn.form')}
      data-testid="sign-in-form"
      onSubmit={onSubmit(async ({ email, password }) => {
        const result = await login(email, password);
        if (result.status === 'ok') onSignedIn(result.me);
        else onCodeRequired();
      })}
    >
      <Stack gap="md">
        <TextInput
          label={t('identity.signIn.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('identity.signIn.password')}
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <FormError message={formError} />
        <FormActions submitLabel={t('identity.signIn.submit')} submitting={submitting} />
      </Stack>
    </form>
  );
}
