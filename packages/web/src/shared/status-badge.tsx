import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Tone = 'ok' | 'off' | 'danger' | 'info';

/** Filled badges in dark shades: white text on them stays above 4.5:1. */
const COLORS: Record<Tone, string> = {
  ok: 'teal.9',
  off: 'gray.7',
  danger: 'red.9',
  info: 'indigo.8',
};

export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <Badge
      color={COLORS[tone]}
      variant="filled"
      radius="sm"
      style={{ whiteSpace: 'nowrap', minWidth: 'max-content' }}
    >
      {children}
    </Badge>
  );
}

export function ActiveBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? (
    <StatusBadge tone="ok">{t('status.active')}</StatusBadge>
  ) : (
    <StatusBadge tone="off">{t('status.inactive')}</StatusBadge>
  );
}
