import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconShieldLock, IconUser } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useSignOut } from '../../features/identity/api.js';
import { useMe } from '../api/me.js';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('shell.userMenu', { name: me.user.fullName })}
          data-testid="user-menu"
        >
          <Group gap={6} wrap="nowrap">
            <Avatar size={32} radius="xl" color="indigo.8" variant="filled" aria-hidden="true">
              <IconUser size={18} />
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="md" maw={180} truncate>
              {me.user.fullName}
            </Text>
            <IconChevronDown size={14} aria-hidden="true" />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item
          leftSection={<IconShieldLock size={16} aria-hidden="true" />}
          onClick={() => void navigate({ to: '/account' })}
        >
          {t('shell.account')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden="true" />}
          onClick={() => void signOut()}
        >
          {t('shell.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
