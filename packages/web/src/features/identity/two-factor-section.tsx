import { Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { meQueryKey, useMe } from '../../app/api/me.js';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { ButtonLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PasswordField } from '../../shared/password-field.js';
import { ActiveBadge } from '../../shared/status-badge.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { identityApi } from './api.js';

const DisableTotp = z.strictObject({ password: z.string().min(1).max(200) });

/** Status, set-up link, and (where the role allows) turning it off with the password. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const me = useMe();
  const { enabled, required } = me.twoFactor;

  return (
    <Stack gap="sm" align="flex-start">
      <ActiveBadge active={enabled} />
      <Text size="sm">
        {enabled ? t('identity.account.twoFactorOn') : t('identity.account.twoFactorOff')}
      </Text>
      {enabled && required ? (
        <Text size="sm">{t('identity.account.twoFactorRequired')}</Text>
      ) : null}
      {!enabled ? (
        <ButtonLink to="/account/two-factor">{t('identity.account.setUp')}</ButtonLink>
      ) : null}
      {enabled && !required ? <DisableForm /> : null}
    </Stack>
  );
}

function DisableForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { password: '' },
    schema: DisableTotp,
    toInput: (v) => v,
  });
  return (
    <form
      noValidate
      data-testid="totp-disable-form"
      onSubmit={onSubmit(async ({ password }) => {
        await identityApi.totpDisable(password);
        notifySuccess(t('identity.account.disabled'));
        form.reset();
        await queryClient.invalidateQueries({ queryKey: meQueryKey });
      })}
    >
      <Stack gap="sm" maw={360}>
        <Text fw={600}>{t('identity.account.disable')}</Text>
        <PasswordField
          label={t('identity.account.disablePassword')}
          autoComplete="current-password"
          {...form.getInputProps('password')}
        />
        <FormError message={formError} />
        <FormActions submitLabel={t('identity.account.disableSubmit')} submitting={submitting} />
      </Stack>
    </form>
  );
}
