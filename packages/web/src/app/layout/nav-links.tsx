import { Divider, NavLink, Stack, Text } from '@mantine/core';
import {
  IconArrowMerge,
  IconBook,
  IconBuildingCommunity,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconClipboardText,
  IconFileImport,
  IconFolders,
  IconHome,
  IconLifebuoy,
  IconListDetails,
  IconMap2,
  IconReport,
  IconRosetteDiscountCheck,
  IconSend,
  IconShieldLock,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouterNavLink } from '../../shared/links.js';
import { type Permission, useMe } from '../api/me.js';

/** The task force's own work: plans, reports, monitoring. */
const WORK_ITEMS = [
  { to: '/plans', label: 'shell.plans', icon: IconChecklist, permission: 'plans.read' },
  { to: '/reports', label: 'reporting.nav.reports', icon: IconReport, permission: 'reports.read' },
  {
    to: '/verification',
    label: 'reporting.nav.verification',
    icon: IconRosetteDiscountCheck,
    permission: 'reports.verify',
  },
  {
    to: '/monitoring',
    label: 'monitoring.nav',
    icon: IconChartBar,
    permission: 'monitoring.read',
  },
  {
    to: '/non-plan-activities',
    label: 'reporting.nav.nonPlan',
    icon: IconClipboardText,
    permission: 'reports.read',
  },
  { to: '/cases', label: 'cases.nav.cases', icon: IconFolders, permission: 'cases.read' },
  { to: '/referrals', label: 'cases.nav.referrals', icon: IconSend, permission: 'cases.read' },
  {
    to: '/case-imports',
    label: 'caseImport.nav',
    icon: IconFileImport,
    permission: 'cases.import',
  },
  {
    to: '/case-stats',
    label: 'caseStats.nav',
    icon: IconChartPie,
    permission: 'caseStats.read',
  },
  {
    to: '/clearing',
    label: 'clearing.nav',
    icon: IconArrowMerge,
    permission: 'cases.verify',
  },
] as const satisfies ReadonlyArray<{
  to: string;
  label: string;
  permission: Permission;
  icon: unknown;
}>;

const ADMIN_ITEMS = [
  { to: '/users', label: 'shell.users', icon: IconUsers, permission: 'users.read' },
  {
    to: '/institutions',
    label: 'shell.institutions',
    icon: IconBuildingCommunity,
    permission: 'institutions.read',
  },
  {
    to: '/task-forces',
    label: 'shell.taskForces',
    icon: IconUsersGroup,
    permission: 'taskForces.read',
  },
  { to: '/regions', label: 'shell.regions', icon: IconMap2, permission: 'regions.read' },
  {
    to: '/service-units',
    label: 'shell.serviceUnits',
    icon: IconLifebuoy,
    permission: 'serviceUnits.read',
  },
  { to: '/audit', label: 'shell.audit', icon: IconListDetails, permission: 'audit.read' },
] as const satisfies ReadonlyArray<{
  to: string;
  label: string;
  permission: Permission;
  icon: unknown;
}>;

/** The API reference is for administrators and integrators. */
const API_DOCS_PERMISSIONS: Permission[] = ['users.manage', 'audit.read'];

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

/** Only the sections the user's role opens; the server enforces the same permissions. */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const items = ADMIN_ITEMS.filter((item) => me.permissions.includes(item.permission));
  const work = WORK_ITEMS.filter((item) => me.permissions.includes(item.permission));
  const showApiDocs = API_DOCS_PERMISSIONS.some((p) => me.permissions.includes(p));

  return (
    <Stack gap={2}>
      <RouterNavLink
        to="/"
        label={t('shell.home')}
        leftSection={<IconHome size={18} aria-hidden="true" />}
        active={isActive(pathname, '/')}
        onClick={onNavigate}
      />
      {work.map((item) => (
        <RouterNavLink
          key={item.to}
          to={item.to}
          label={t(item.label)}
          leftSection={<item.icon size={18} aria-hidden="true" />}
          active={isActive(pathname, item.to)}
          onClick={onNavigate}
        />
      ))}
      {items.length > 0 ? (
        <>
          <Divider my="xs" />
          <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" id="nav-admin-heading">
            {t('shell.admin')}
          </Text>
          <Stack gap={2} role="group" aria-labelledby="nav-admin-heading">
            {items.map((item) => (
              <RouterNavLink
                key={item.to}
                to={item.to}
                label={t(item.label)}
                leftSection={<item.icon size={18} aria-hidden="true" />}
                active={isActive(pathname, item.to)}
                onClick={onNavigate}
              />
            ))}
            {showApiDocs ? (
              <NavLink
                href="/api/docs"
                target="_blank"
                rel="noopener"
                label={t('shell.apiDocs')}
                aria-label={`${t('shell.apiDocs')} ${t('shell.opensNewTab')}`}
                leftSection={<IconBook size={18} aria-hidden="true" />}
              />
            ) : null}
          </Stack>
        </>
      ) : null}
      <Divider my="xs" />
      <RouterNavLink
        to="/account"
        label={t('shell.account')}
        leftSection={<IconShieldLock size={18} aria-hidden="true" />}
        active={isActive(pathname, '/account')}
        onClick={onNavigate}
      />
    </Stack>
  );
}
