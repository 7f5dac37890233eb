import { Button, Code, CopyButton, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { TotpCode } from '@sigap/domain';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { ErrorState } from '../../shared/query-state.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { identityApi } from './api.js';

/** "ABCD EFGH IJKL …": a base32 secret in groups of four, easier to type from the screen. */
export function groupSecret(secret: string): string {
  return secret
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();
}

/**
 * Start enrolment (the server makes a secret), show it for the authenticator app, then confirm
 * with a first code. No QR code: the secret and the otpauth address are shown as text.
 */
export function TotpSetupPanel({ onEnabled }: { onEnabled: () => Promise<void> }) {
  const { t } = useTranslation();
  const setup = useMutation({ mutationFn: identityApi.totpSetup });
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { code: '' },
    schema: TotpCode,
    toInput: (v) => ({ code: v.code.replace(/\s+/g, '') }),
  });

  return (
    <Stack gap="md">
      <List spacing="xs" listStyleType="none" p={0}>
        <List.Item>{t('identity.enrol.step1')}</List.Item>
        <List.Item>{t('identity.enrol.step2')}</List.Item>
        <List.Item>{t('identity.enrol.step3')}</List.Item>
      </List>
      {setup.data ? null : (
        <Group>
          <Button onClick={() => setup.mutate()} loading={setup.isPending}>
            {t('identity.enrol.start')}
          </Button>
        </Group>
      )}
      {setup.isError ? <ErrorState error={setup.error} /> : null}
      {setup.data ? (
        <>
          <Stack gap={4}>
            <Text fw={600} id="totp-secret-label">
              {t('identity.enrol.secret')}
            </Text>
            <Group gap="sm" wrap="wrap">
              <Code fz="lg" p="sm" data-testid="totp-secret" className="wrap-anywhere">
                {groupSecret(setup.data.secret)}
              </Code>
              <CopyButton value={setup.data.secret}>
                {({ copied, copy }) => (
                  <Button size="xs" variant="default" onClick={copy}>
                    {copied ? t('identity.enrol.copied') : t('identity.enrol.copySecret')}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Text size="sm" c="dimmed">
              {t('identity.enrol.secretHint')}
            </Text>
          </Stack>
          <Stack gap={4}>
            <Text fw={600} id="totp-url-label">
              {t('identity.enrol.otpauth')}
            </Text>
            <Code block className="json-block wrap-anywhere" data-testid="totp-url">
              {setup.data.otpauthUrl}
            </Code>
          </Stack>
          <form
            noValidate
            data-testid="totp-enable-form"
            onSubmit={onSubmit(async ({ code }) => {
              await identityApi.totpEnable(code);
              await onEnabled();
            })}
          >
            <Stack gap="sm" maw={320}>
              <TextInput
                label={t('identity.enrol.code')}
                inputMode="numeric"
                autoComplete="one-time-code"
                required
                maxLength={7}
                {...form.getInputProps('code')}
              />
              <FormError message={formError} />
              <FormActions submitLabel={t('identity.enrol.submit')} submitting={submitting} />
            </Stack>
          </form>
        </>
      ) : null}
    </Stack>
  );
}
