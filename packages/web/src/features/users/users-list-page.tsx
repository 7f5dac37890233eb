import { Stack, Text } from '@mantine/core';
import { ROLE_LABELS, ROLES, type UserView } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useScopeText } from '../../shared/scope-text.js';
import { pick } from '../../shared/search.js';
import { institutionOptionsQuery } from '../institutions/api.js';
import { userListQuery } from './api.js';
import type { UsersSearch } from './search.js';
import { UserStatusBadges } from './user-status.js';

const route = getRouteApi('/app/users');

export function UsersListPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="users.read" title={t('users.list.title')}>
      <UsersList />
    </RequirePermission>
  );
}

function UsersList() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const options = useOptions();
  const scopeText = useScopeText();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(userListQuery(search));
  const institutions = useQuery({ ...institutionOptionsQuery, enabled: can('institutions.read') });

  const set = (patch: Partial<UsersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });

  const columns: Column<UserView>[] = [
    {
      key: 'name',
      header: t('users.fields.fullName'),
      render: (u) => (
        <Stack gap={0}>
          <AnchorLink to="/users/$userId" params={{ userId: u.id }} fw={600}>
            {u.fullName}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {u.email}
          </Text>
        </Stack>
      ),
    },
    { key: 'role', header: t('users.fields.role'), render: (u) => fmt.bi(ROLE_LABELS[u.role]) },
    {
      key: 'institution',
      header: t('users.fields.institution'),
      render: (u) => u.institution.name,
    },
    { key: 'scope', header: t('users.fields.scope'), render: (u) => scopeText(u.scope) },
    {
      key: 'status',
      header: t('users.fields.status'),
      render: (u) => <UserStatusBadges user={u} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.list.title')}
        subtitle={t('users.list.subtitle')}
        actions={
          can('users.manage') ? (
            <ButtonLink to="/users/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
              {t('users.list.create')}
            </ButtonLink>
          ) : null
        }
      />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('users.list.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('users.fields.role')}
          value={search.role}
          options={options.roles}
          onChange={(v) => set({ role: pick(ROLES, v) })}
        />
        {institutions.data ? (
          <FilterSelect
            label={t('users.fields.institution')}
            value={search.institutionId}
            options={institutions.data.items.map((i) => ({ value: i.id, label: i.name }))}
            onChange={(institutionId) => set({ institutionId })}
          />
        ) : null}
        <FilterSelect
          label={t('filters.status')}
          value={search.active}
          options={options.active}
          onChange={(v) => set({ active: pick(['true', 'false'], v) })}
        />
      </ListToolbar>
      <DataTable
        caption={t('users.list.caption')}
        testId="users-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(u) => u.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
