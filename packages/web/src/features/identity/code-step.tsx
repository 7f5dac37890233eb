import { Button, Stack, TextInput } from '@mantine/core';
import { type Me, TotpCode } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { verifyTotp } from './api.js';

type Props = { onSignedIn: (me: Me) => void; onBack: () => void };

export function CodeStep({ onSignedIn, onBack }: Props) {
  const { t } = useTranslation();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { code: '' },
    schema: TotpCode,
    toInput: (v) => ({ code: v.code.replace(/\s+/g, '') }),
  });

  return (
    <form
      noValidate
      data-testid="totp-form"
      onSubmit={onSubmit(async ({ code }) => onSignedIn(await verifyTotp(code)))}
    >
      <Stack gap="md">
        <TextInput
          label={t('identity.signIn.code')}
          inputMode="numeric"
          autoComplete="one-time-code"
          autoFocus
          maxLength={7}
          {...form.getInputProps('code')}
        />
        <FormError message={formError} />
        <FormActions
          submitLabel={t('identity.signIn.verify')}
          submitting={submitting}
          extra={
            <Button variant="subtle" onClick={onBack}>
              {t('identity.signIn.back')}
            </Button>
          }
        />
      </Stack>
    </form>
  );
}
