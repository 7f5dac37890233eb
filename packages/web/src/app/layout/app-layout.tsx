import { Anchor, AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationBell } from '../../features/notifications/notification-bell.js';
import { useMe } from '../api/me.js';
import { DemoBanner } from './demo-banner.js';
import { LanguageSwitch } from './language-switch.js';
import { NavLinks } from './nav-links.js';
import { UserMenu } from './user-menu.js';

const HEADER = 56;
const BANNER = 30;

/**
 * The shell: header (menu button, product, language, user), navigation that folds away behind
 * the burger below the `sm` breakpoint, and the page. `restricted` hides the navigation while
 * the user must first enrol two-factor or change the password.
 */
export function AppLayout({ children, restricted }: { children: ReactNode; restricted: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  const headerHeight = HEADER + (me.demo ? BANNER : 0);
  const navHidden = restricted || (mobile && !opened);

  return (
    <AppShell
      header={{ height: headerHeight }}
      navbar={{
        width: 250,
        breakpoint: 'sm',
        collapsed: { mobile: restricted || !opened, desktop: restricted },
      }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <Anchor
        href="#main-content"
        className="skip-link"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}
      >
        {t('shell.skipToContent')}
      </Anchor>
      <AppShell.Header>
        {me.demo ? <DemoBanner /> : null}
        <Group h={HEADER} px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            {restricted ? null : (
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
                aria-expanded={opened}
                aria-controls="main-nav"
              />
            )}
            <Anchor
              component={Link}
              to="/"
              aria-label={t('app.homeLink')}
              underline="never"
              c="indigo.8"
            >
              <Text component="span" fw={800} size="xl">
                {t('app.name')}
              </Text>
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {restricted ? null : <NotificationBell />}
            <LanguageSwitch />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id="main-nav"
        p="xs"
        aria-label={t('shell.mainNav')}
        inert={navHidden}
        style={{ overflowY: 'auto' }}
      >
        {restricted ? null : <NavLinks onNavigate={close} />}
      </AppShell.Navbar>
      <AppShell.Main>
        <Box id="main-content" tabIndex={-1} maw={1280} mx="auto" style={{ outline: 'none' }}>
          {children}
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
