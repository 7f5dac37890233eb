import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../shared/links.js';
import { useDocumentTitle } from '../../shared/page-header.js';

/** Unknown address inside the app (the server answers index.html for every non-API path). */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Stack align="flex-start" gap="md" py="xl" data-testid="not-found">
      <Text fz={48} fw={800} c="indigo.8" aria-hidden="true">
        404
      </Text>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <ButtonLink to="/">{t('notFound.home')}</ButtonLink>
    </Stack>
  );
}
