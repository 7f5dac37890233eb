import { Paper, Stack, Text, Title } from '@mantine/core';
import type { RegionLineageView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { StatusBadge } from '../../shared/status-badge.js';

type Lineage = z.infer<typeof RegionLineageView>;

type Props = {
  id: string;
  title: string;
  empty: string;
  items: Lineage[];
  /** Which end of each record to show: where it came from, or what it became. */
  side: 'predecessor' | 'successor';
};

export function LineageList({ id, title, empty, items, side }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid={id}>
      <Title order={3} size="h5" mb="sm" id={id}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((l) => {
            const code = side === 'predecessor' ? l.predecessorCode : l.successorCode;
            const name = side === 'predecessor' ? l.predecessorName : l.successorName;
            return (
              <Stack component="li" key={l.id} gap={2}>
                <AnchorLink to="/regions/$regionCode" params={{ regionCode: code }} fw={600}>
                  {name} ({code})
                </AnchorLink>
                <Text size="sm">
                  <StatusBadge tone="info">{t(`enums.lineageEvent.${l.event}`)}</StatusBadge>{' '}
                  {fmt.date(l.effectiveDate)} · {t('regions.detail.legalBasis')}: {l.legalBasis}
                </Text>
              </Stack>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
