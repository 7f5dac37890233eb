import { Alert, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { BreakGlassRequest } from '@sigap/domain';
import { IconAlertOctagon, IconLockOpen } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { caseKeys, casesApi } from './api.js';

/**
 * The case lies outside the user's scope (403 BREAK_GLASS_REQUIRED). Buka darurat opens it for
 * a limited time with a written reason: the server keeps the reason, writes the audit log and
 * tells the case's owners at once. The page says all of that before the user commits.
 */
export function BreakGlassPanel({ caseId, message }: { caseId: string; message: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { reason: '' },
    schema: BreakGlassRequest,
    toInput: (v) => ({ reason: v.reason }),
  });
  return (
    <Stack gap="md" maw={760} data-testid="break-glass">
      <Alert
        color="orange"
        variant="light"
        icon={<IconAlertOctagon aria-hidden="true" />}
        title={t('cases.breakGlass.title')}
      >
        <Stack gap="xs">
          <Text size="sm" c="black">
            {message}
          </Text>
          <Text size="sm" c="black">
            {t('cases.breakGlass.explain')}
          </Text>
        </Stack>
      </Alert>
      <Paper withBorder p="lg">
        <form
          noValidate
          aria-labelledby="break-glass-heading"
          onSubmit={onSubmit(async (payload) => {
            const grant = await casesApi.breakGlass(caseId, payload);
            notifySuccess(t('cases.breakGlass.granted', { count: grant.notified }));
            await queryClient.invalidateQueries({ queryKey: caseKeys.details(caseId) });
            await queryClient.invalidateQueries({ queryKey: caseKeys.lists });
          })}
        >
          <Stack gap="md">
            <Title order={2} size="h4" id="break-glass-heading">
              {t('cases.breakGlass.formTitle')}
            </Title>
            <Textarea
              label={t('cases.breakGlass.reason')}
              description={t('cases.breakGlass.reasonHint')}
              required
              autosize
              minRows={4}
              maxRows={12}
              {...form.getInputProps('reason')}
              data-testid="break-glass-reason"
            />
            <FormError message={formError} />
            <FormActions submitLabel={t('cases.breakGlass.submit')} submitting={submitting} />
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}

/** Shown on a case read through break-the-glass, with the grant's end. */
export function BreakGlassBanner({ expiresAt }: { expiresAt: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Alert
      color="red.9"
      variant="filled"
      icon={<IconLockOpen aria-hidden="true" />}
      title={t('cases.breakGlass.banner')}
      mb="md"
      data-testid="break-glass-banner"
    >
      {expiresAt
        ? t('cases.breakGlass.bannerUntil', { when: fmt.dateTime(expiresAt) })
        : t('cases.breakGlass.bannerNoExpiry')}
    </Alert>
  );
}
