import { Text } from '@mantine/core';
import { type InstitutionDetail, MEMBERSHIP_ROLES } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { pick } from '../../shared/search.js';

type Membership = z.infer<typeof InstitutionDetail>['memberships'][number];

export function InstitutionMemberships({ memberships }: { memberships: Membership[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const roleLabel = (role: string) => {
    const known = pick(MEMBERSHIP_ROLES, role);
    return known ? t(`enums.membershipRole.${known}`) : role;
  };
  const columns: Column<Membership>[] = [
    {
      key: 'tf',
      header: t('institutions.detail.taskForce'),
      render: (m) => (
        <AnchorLink
          to="/task-forces/$taskForceId"
          params={{ taskForceId: m.taskForceId }}
          search={{}}
        >
          {m.taskForceName}
        </AnchorLink>
      ),
    },
    { key: 'role', header: t('institutions.detail.role'), render: (m) => roleLabel(m.role) },
    {
      key: 'period',
      header: t('institutions.detail.period2'),
      nowrap: true,
      render: (m) =>
        t('institutions.detail.period', {
          from: fmt.date(m.validFrom),
          to: m.validTo ? fmt.date(m.validTo) : t('status.open'),
        }),
    },
    { key: 'basis', header: t('institutions.fields.legalBasis'), render: (m) => m.legalBasis },
  ];
  if (memberships.length === 0)
    return <Text size="sm">{t('institutions.detail.noMemberships')}</Text>;
  const sorted = [...memberships].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <DataTable
      caption={t('institutions.detail.membershipsCaption')}
      columns={columns}
      rows={sorted}
      rowKey={(m) => m.id}
      testId="institution-memberships"
    />
  );
}
