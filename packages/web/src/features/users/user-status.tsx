import { Group } from '@mantine/core';
import type { UserView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { ActiveBadge, StatusBadge } from '../../shared/status-badge.js';

export function isLocked(user: UserView): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
}

export function UserStatusBadges({ user }: { user: UserView }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <ActiveBadge active={user.active} />
      {isLocked(user) ? <StatusBadge tone="danger">{t('users.status.locked')}</StatusBadge> : null}
      {user.totpEnabled ? (
        <StatusBadge tone="info">{t('users.status.twoFactorOn')}</StatusBadge>
      ) : null}
      {user.mustChangePassword ? (
        <StatusBadge tone="off">{t('users.status.mustChange')}</StatusBadge>
      ) : null}
    </Group>
  );
}
