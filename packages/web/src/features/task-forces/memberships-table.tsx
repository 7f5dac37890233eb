import { Stack, Text } from '@mantine/core';
import type { MembershipView, TaskForceDetail } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { EndMembershipButton } from './end-membership-button.js';

type Detail = z.infer<typeof TaskForceDetail>;

const ROLE_ORDER = [
  'chair',
  'deputy_chair',
  'daily_chair',
  'secretariat',
  'sub_task_force_coordinator',
  'member',
];

/** Seats in protocol order (chairs first), then by start date. */
function sortMemberships(list: MembershipView[]): MembershipView[] {
  return [...list].sort(
    (a, b) =>
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) ||
      b.validFrom.localeCompare(a.validFrom) ||
      a.institution.name.localeCompare(b.institution.name),
  );
}

export function MembershipsTable({
  taskForce,
  canManage,
}: {
  taskForce: Detail;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const subName = (id: string | null) =>
    taskForce.subTaskForces.find((s) => s.id === id)?.name ?? t('taskForces.detail.none');

  const columns: Column<MembershipView>[] = [
    {
      key: 'institution',
      header: t('taskForces.detail.institution'),
      render: (m) => (
        <Stack gap={0}>
          <AnchorLink
            to="/institutions/$institutionId"
            params={{ institutionId: m.institution.id }}
          >
            {m.institution.name}
          </AnchorLink>
          {m.position ? (
            <Text size="xs" c="dimmed">
              {m.position}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'role',
      header: t('taskForces.detail.role'),
      render: (m) => t(`enums.membershipRole.${m.role}`),
    },
    {
      key: 'sub',
      header: t('taskForces.detail.subTaskForce'),
      render: (m) => subName(m.subTaskForceId),
    },
    {
      key: 'period',
      header: t('taskForces.detail.period'),
      nowrap: true,
      render: (m) =>
        t('taskForces.detail.range', {
          from: fmt.date(m.validFrom),
          to: m.validTo ? fmt.date(m.validTo) : t('status.open'),
        }),
    },
    { key: 'basis', header: t('taskForces.fields.legalBasis'), render: (m) => m.legalBasis },
    ...(canManage
      ? [
          {
            key: 'end',
            header: t('taskForces.membership.end'),
            render: (m: MembershipView) =>
              m.validTo === null ? (
                <EndMembershipButton taskForceId={taskForce.id} membership={m} />
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <DataTable
      caption={t('taskForces.detail.membershipsCaption')}
      columns={columns}
      rows={sortMemberships(taskForce.memberships)}
      rowKey={(m) => m.id}
      testId="task-force-memberships"
    />
  );
}
