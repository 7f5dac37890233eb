import { Box, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title, so screen-reader users hear where they landed. */
export function useDocumentTitle(title: string) {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}

type Props = {
  title: string;
  subtitle?: ReactNode;
  /** Buttons on the right (wrap under the title on a phone). */
  actions?: ReactNode;
  /** A link back to the parent page, above the title. */
  back?: ReactNode;
};

/** The one `<h1>` of a page, with its actions. */
export function PageHeader({ title, subtitle, actions, back }: Props) {
  useDocumentTitle(title);
  return (
    <Stack gap={4} mb="lg">
      {back ? <Box>{back}</Box> : null}
      <Group justify="space-between" align="flex-start" gap="sm">
        <Box style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {subtitle ? (
            <Text c="dimmed" size="sm" mt={4} component="div">
              {subtitle}
            </Text>
          ) : null}
        </Box>
        {actions ? (
          <Group gap="xs" wrap="wrap">
            {actions}
          </Group>
        ) : null}
      </Group>
    </Stack>
  );
}
