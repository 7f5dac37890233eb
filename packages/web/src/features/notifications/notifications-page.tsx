import { Anchor, Box, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, errorMessage, LoadingState } from '../../shared/query-state.js';
import { StatusBadge } from '../../shared/status-badge.js';
import {
  type Notification,
  notificationKeys,
  notificationListQuery,
  notificationsApi,
} from './api.js';

const route = getRouteApi('/app/notifications');

/** Every signed-in user's own notifications: reminders, returned reports, reports to verify. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const queryClient = useQueryClient();
  const query = useQuery(notificationListQuery(search));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unread = query.data?.unread ?? 0;

  async function markAll() {
    setError(null);
    setBusy(true);
    try {
      await notificationsApi.markAllRead();
      await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.unreadCount', { count: unread })}
        actions={
          <Button
            variant="default"
            leftSection={<IconChecks size={16} aria-hidden="true" />}
            onClick={() => void markAll()}
            loading={busy}
            disabled={unread === 0}
          >
            {t('notifications.markAll')}
          </Button>
        }
      />
      <FormError message={error} />
      <SegmentedControl
        mb="md"
        value={search.unread ? 'unread' : 'all'}
        onChange={(v) => void navigate({ search: { unread: v === 'unread' ? 'true' : undefined } })}
        data={[
          { value: 'all', label: t('notifications.all') },
          { value: 'unread', label: t('notifications.onlyUnread') },
        ]}
        aria-label={t('notifications.show')}
      />
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !query.data ? (
        <LoadingState />
      ) : query.data.items.length === 0 ? (
        <Text>{t('notifications.empty')}</Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          data-testid="notification-list"
        >
          {query.data.items.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </Stack>
      )}
      {query.data && query.data.meta.total > query.data.meta.pageSize ? (
        <Group justify="space-between" mt="md">
          <Button
            variant="default"
            disabled={query.data.meta.page <= 1}
            onClick={() =>
              void navigate({ search: (prev) => ({ ...prev, page: query.data.meta.page - 1 }) })
            }
          >
            {t('table.previous')}
          </Button>
          <Text size="sm">{t('table.page', { page: query.data.meta.page })}</Text>
          <Button
            variant="default"
            disabled={query.data.meta.page * query.data.meta.pageSize >= query.data.meta.total}
            onClick={() =>
              void navigate({ search: (prev) => ({ ...prev, page: query.data.meta.page + 1 }) })
            }
          >
            {t('table.next')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}

function NotificationItem({ notification: n }: { notification: Notification }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const unread = n.readAt === null;

  const markRead = async () => {
    await notificationsApi.markRead(n.id);
    await queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  };

  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={unread ? { borderLeft: '4px solid var(--mantine-color-indigo-8)' } : undefined}
      data-unread={unread || undefined}
    >
      <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
        <Box style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Group gap="xs" wrap="wrap">
            {unread ? <StatusBadge tone="info">{t('notifications.new')}</StatusBadge> : null}
            <Text fw={700} size="sm" className="wrap-anywhere">
              {fmt.bi(n.title)}
            </Text>
          </Group>
          <Text size="sm" mt={4} className="wrap-anywhere" style={{ whiteSpace: 'pre-line' }}>
            {fmt.bi(n.body)}
          </Text>
          <Text size="xs" c="dimmed" mt={4}>
            {fmt.dateTime(n.createdAt)}
          </Text>
        </Box>
        <Group gap="xs">
          {n.link ? (
            <Anchor
              href={n.link}
              size="sm"
              onClick={(e) => {
                e.preventDefault();
                const link = n.link ?? '/';
                if (unread) void markRead();
                void navigate({ href: link });
              }}
            >
              {t('notifications.open')}
            </Anchor>
          ) : null}
          {unread ? (
            <Button size="compact-sm" variant="subtle" onClick={() => void markRead()}>
              {t('notifications.markRead')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}
