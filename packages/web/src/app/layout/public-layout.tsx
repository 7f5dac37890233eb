import { Box, Container, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsQueryOptions } from '../api/settings.js';
import { DemoBanner } from './demo-banner.js';
import { LanguageSwitch } from './language-switch.js';

/**
 * Pages before sign-in: a header with the product name and the language switch, one column
 * (narrow for forms; `size` widens it for pages with tables, such as the public statistics).
 */
export function PublicLayout({ children, size = 460 }: { children: ReactNode; size?: number }) {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueryOptions);
  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        {settings.data?.demo ? <DemoBanner /> : null}
        <Group justify="space-between" wrap="nowrap">
          <Box>
            <Text fw={800} size="lg" c="indigo.8">
              {t('app.name')}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="xs">
              {t('app.tagline')}
            </Text>
          </Box>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" id="main-content" size={size} py="xl" px="md">
        {children}
      </Container>
    </Box>
  );
}
