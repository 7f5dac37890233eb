import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type InfoItem = { label: string; value: ReactNode; testId?: string };

/** Label/value pairs as a description list: two columns on wide screens, one on a phone. */
export function InfoList({ items, cols = 2 }: { items: InfoItem[]; cols?: 1 | 2 | 3 }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" m={0}>
      {items.map((item) => (
        <Stack key={item.label} gap={2} data-testid={item.testId}>
          <Text component="dt" size="sm" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} className="wrap-anywhere">
            {item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
