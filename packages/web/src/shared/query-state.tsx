import { Alert, Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconLock, IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api/client.js';
import { PublicLayout } from '../app/layout/public-layout.js';

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

type ErrorProps = { error: unknown; onRetry?: () => void };

/** A failed API call: the server's own message, a title by kind, and a retry where it helps. */
export function ErrorState({ error, onRetry }: ErrorProps) {
  const { t } = useTranslation();
  const status = isApiError(error) ? error.status : -1;
  const code = isApiError(error) ? error.code : null;
  const title =
    status === 403
      ? t('errors.forbiddenTitle')
      : status === 404
        ? t('errors.notFoundTitle')
        : code === 'NETWORK'
          ? t('errors.networkTitle')
          : t('errors.title');
  const Icon = status === 403 ? IconLock : code === 'NETWORK' ? IconWifiOff : IconAlertCircle;
  const canRetry = onRetry && status !== 403 && status !== 404;
  return (
    <Alert
      color={status === 403 ? 'orange' : 'red'}
      variant="light"
      title={title}
      icon={<Icon aria-hidden="true" />}
      data-testid="error-state"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="black">
          {errorMessage(error)}
        </Text>
        {canRetry ? (
          <Button size="xs" variant="default" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Group justify="center" py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden="true" />
      <Text size="sm">{t('app.loading')}</Text>
    </Group>
  );
}

export function FullPageLoader() {
  const { t } = useTranslation();
  return (
    <Center h="100vh" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text size="sm">{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}

export function FullPageError({ error, onRetry }: ErrorProps) {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Title order={1} mb="md">
        {t('errors.title')}
      </Title>
      <ErrorState error={error} onRetry={onRetry} />
    </PublicLayout>
  );
}
