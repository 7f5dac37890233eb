import { Box, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Shown on every page of a demo installation, so nobody mistakes sample data for real cases. */
export function DemoBanner() {
  const { t } = useTranslation();
  return (
    <Box role="status" bg="yellow.3" c="black" px="md" py={4} data-testid="demo-banner">
      <Group gap="xs" justify="center" wrap="nowrap">
        <IconAlertTriangle size={18} aria-hidden="true" />
        <Text size="sm" fw={700} title={t('demo.detail')}>
          {t('demo.banner')}
        </Text>
      </Group>
    </Box>
  );
}
