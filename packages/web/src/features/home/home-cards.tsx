import { Card, SimpleGrid, Text } from '@mantine/core';
import {
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconClipboardText,
  IconFolders,
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
import { useTranslation } from 'react-i18next';
import { type Permission, useMe } from '../../app/api/me.js';
import { AnchorLink } from '../../shared/links.js';

const CARDS = [
  { key: 'plans', to: '/plans', icon: IconChecklist, read: 'plans.read', manage: 'plans.manage' },
  {
    key: 'reportingTasks',
    to: '/reports/tasks',
    icon: IconClipboardCheck,
    read: 'reports.file',
    manage: 'reports.file',
  },
  {
    key: 'reports',
    to: '/reports',
    icon: IconReport,
    read: 'reports.read',
    manage: 'reports.file',
  },
  {
    key: 'verification',
    to: '/verification',
    icon: IconRosetteDiscountCheck,
    read: 'reports.verify',
    manage: 'reports.verify',
  },
  {
    key: 'monitoring',
    to: '/monitoring',
    icon: IconChartBar,
    read: 'monitoring.read',
    manage: 'monitoring.read',
  },
  {
    key: 'nonPlan',
    to: '/non-plan-activities',
    icon: IconClipboardText,
    read: 'reports.read',
    manage: 'reports.file',
  },
  { key: 'cases', to: '/cases', icon: IconFolders, read: 'cases.read', manage: 'cases.write' },
  {
    key: 'referrals',
    to: '/referrals',
    icon: IconSend,
    read: 'cases.read',
    manage: 'cases.write',
  },
  { key: 'users', to: '/users', icon: IconUsers, read: 'users.read', manage: 'users.manage' },
  {
    key: 'institutions',
    to: '/institutions',
    icon: IconBuildingCommunity,
    read: 'institutions.read',
    manage: 'institutions.manage',
  },
  {
    key: 'taskForces',
    to: '/task-forces',
    icon: IconUsersGroup,
    read: 'taskForces.read',
    manage: 'taskForces.manage',
  },
  {
    key: 'regions',
    to: '/regions',
    icon: IconMap2,
    read: 'regions.read',
    manage: 'regions.manage',
  },
  {
    key: 'serviceUnits',
    to: '/service-units',
    icon: IconLifebuoy,
    read: 'serviceUnits.read',
    manage: 'serviceUnits.manage',
  },
  { key: 'audit', to: '/audit', icon: IconListDetails, read: 'audit.read', manage: null },
] as const satisfies ReadonlyArray<{
  key: string;
  to: string;
  icon: unknown;
  read: Permission;
  manage: Permission | null;
}>;

/** One card per section the user may open; the text says whether they may also change it. */
export function HomeCards() {
  const { t } = useTranslation();
  const me = useMe();
  const has = (p: Permission | null) => p !== null && me.permissions.includes(p);
  const cards = CARDS.filter((c) => has(c.read));

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="home-cards">
      {cards.map((c) => (
        <Card key={c.key} withBorder p="md" component="article">
          <c.icon size={28} aria-hidden="true" color="var(--mantine-color-indigo-8)" />
          <AnchorLink to={c.to} fw={700} size="lg" mt="xs">
            {t(`home.cards.${c.key}.title`)}
          </AnchorLink>
          <Text size="sm" mt={4}>
            {c.key !== 'audit' && has(c.manage)
              ? t(`home.cards.${c.key}.manage`)
              : t(`home.cards.${c.key}.read`)}
          </Text>
        </Card>
      ))}
      <Card withBorder p="md" component="article">
        <IconShieldLock size={28} aria-hidden="true" color="var(--mantine-color-indigo-8)" />
        <AnchorLink to="/account" fw={700} size="lg" mt="xs">
          {t('home.cards.account.title')}
        </AnchorLink>
        <Text size="sm" mt={4}>
          {t('home.cards.account.read')}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
