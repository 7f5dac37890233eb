import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { unreadQuery } from './api.js';

/** The header's bell: how many notifications wait unread, and the way to them. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useQuery(unreadQuery).data ?? 0;
  const label =
    unread > 0 ? t('notifications.bell.unread', { count: unread }) : t('notifications.bell.none');
  return (
    <Indicator
      label={<span aria-hidden="true">{unread > 99 ? '99+' : String(unread)}</span>}
      disabled={unread === 0}
      size={18}
      offset={6}
      color="red.9"
      inline
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="gray.8"
        size="lg"
        aria-label={label}
        title={label}
        data-testid="notification-bell"
        data-unread={unread}
      >
        <IconBell size={20} aria-hidden="true" />
      </ActionIcon>
    </Indicator>
  );
}
