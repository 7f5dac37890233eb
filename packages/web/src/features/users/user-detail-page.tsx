import { Group, Paper, Title } from '@mantine/core';
import { ROLE_LABELS } from '@sigap/domain';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useScopeText } from '../../shared/scope-text.js';
import { userDetailQuery } from './api.js';
import { UserAdminActions } from './user-admin-actions.js';
import { isLocked, UserStatusBadges } from './user-status.js';

const route = getRouteApi('/app/users/$userId');

export function UserDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="users.read" title={t('users.list.title')}>
      <UserDetail />
    </RequirePermission>
  );
}

function UserDetail() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const scopeText = useScopeText();
  const { userId } = route.useParams();
  const query = useQuery(userDetailQuery(userId));
  const back = <AnchorLink to="/users">← {t('users.detail.back')}</AnchorLink>;

  if (!query.data) {
    return (
      <>
        <PageHeader title={t('users.list.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const user = query.data;

  return (
    <>
      <PageHeader
        title={user.fullName}
        subtitle={<UserStatusBadges user={user} />}
        back={back}
        actions={
          can('users.manage') ? (
            <ButtonLink
              to="/users/$userId/edit"
              params={{ userId }}
              leftSection={<IconPencil size={16} aria-hidden="true" />}
            >
              {t('users.edit.title')}
            </ButtonLink>
          ) : null
        }
      />
      <Paper withBorder p="md" mb="md">
        <InfoList
          items={[
            { label: t('users.fields.email'), value: user.email },
            { label: t('users.fields.role'), value: fmt.bi(ROLE_LABELS[user.role]) },
            { label: t('users.fields.institution'), value: user.institution.name },
            { label: t('users.fields.scope'), value: scopeText(user.scope) },
            {
              label: t('users.fields.twoFactor'),
              value: user.totpEnabled
                ? t('users.status.twoFactorOn')
                : t('users.status.twoFactorOff'),
            },
            {
              label: t('users.fields.lastLogin'),
              value: user.lastLoginAt ? fmt.dateTime(user.lastLoginAt) : t('users.status.never'),
            },
            { label: t('users.fields.createdAt'), value: fmt.dateTime(user.createdAt) },
            ...(isLocked(user)
              ? [{ label: t('users.fields.lockedUntil'), value: fmt.dateTime(user.lockedUntil) }]
              : []),
          ]}
        />
      </Paper>
      {can('users.manage') ? (
        <Paper withBorder p="md" component="section" aria-labelledby="user-actions">
          <Title order={2} size="h4" mb="sm" id="user-actions">
            {t('users.detail.actions')}
          </Title>
          <Group gap="sm">
            <UserAdminActions user={user} />
          </Group>
        </Paper>
      ) : null}
    </>
  );
}
