import { Text, Timeline } from '@mantine/core';
import type { InstitutionNameView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useFormat } from '../../shared/format.js';

type Name = z.infer<typeof InstitutionNameView>;

/** Names newest first; the open one (no end date) is the current name. */
export function NameHistory({ names }: { names: Name[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const sorted = [...names].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  const current = sorted.findIndex((n) => n.validTo === null);
  return (
    <Timeline
      active={current < 0 ? -1 : current}
      bulletSize={14}
      lineWidth={2}
      data-testid="name-history"
    >
      {sorted.map((n) => (
        <Timeline.Item
          key={n.id}
          title={
            <Text fw={700} component="span" className="wrap-anywhere">
              {n.name} ({n.abbreviation})
            </Text>
          }
        >
          <Text size="sm">
            {t('institutions.detail.period', {
              from: fmt.date(n.validFrom),
              to: n.validTo ? fmt.date(n.validTo) : t('status.open'),
            })}
            {n.validTo === null ? ` · ${t('institutions.detail.current')}` : ''}
          </Text>
          {n.legalBasis ? (
            <Text size="sm" c="dimmed">
              {t('institutions.fields.legalBasis')}: {n.legalBasis}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
