import { Group, Stack, Text } from '@mantine/core';
import type { PageMeta, ReferralView } from '@sigap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { MinorBadge, ReferralStatusBadge } from './case-badges.js';
import { useFieldLabel } from './reference.js';

type Props = {
  caption: string;
  rows: ReferralView[] | undefined;
  /** The case number as a link (the inbox); the case page leaves it out. */
  withCase?: boolean;
  /** How the victim is named ("Korban 1" on the case page; sex and age in the inbox). */
  person?: (r: ReferralView) => string;
  actions?: (r: ReferralView) => ReactNode;
  meta?: PageMeta;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  onPageChange?: (page: number) => void;
  testId?: string;
};

/** Referrals as both sides see them: no name, only what a unit needs to decide. */
export function ReferralTable(props: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useFieldLabel();
  const place = (p: ReferralView['from']) =>
    [p.unit?.name, p.regionName ?? p.regionCode].filter(Boolean).join(' — ') || '—';
  const victim = (r: ReferralView) =>
    props.person?.(r) ??
    [
      r.person.sex ? fmt.bi(r.person.sex) : null,
      r.person.ageAtIdentification !== null
        ? t('cases.referrals.age', { count: r.person.ageAtIdentification })
        : null,
    ]
      .filter(Boolean)
      .join(', ');
  const columns: Column<ReferralView>[] = [
    ...(props.withCase
      ? [
          {
            key: 'case',
            header: t('cases.referrals.case'),
            nowrap: true,
            render: (r: ReferralView) => (
              <AnchorLink to="/cases/$caseId" params={{ caseId: r.caseId }} fw={600}>
                {r.caseNumber}
              </AnchorLink>
            ),
          },
        ]
      : []),
    {
      key: 'person',
      header: label('referral', 'personId'),
      render: (r) => (
        <Group gap={6}>
          <span>{victim(r) || '—'}</span>
          {r.person.isMinor ? <MinorBadge /> : null}
        </Group>
      ),
    },
    { key: 'from', header: label('referral', 'fromUnitId'), render: (r) => place(r.from) },
    { key: 'to', header: label('referral', 'toUnitId'), render: (r) => place(r.to) },
    {
      key: 'services',
      header: label('referral', 'serviceTypes'),
      render: (r) => (r.serviceTypes.length ? r.serviceTypes.map(fmt.bi).join(', ') : '—'),
    },
    {
      key: 'reason',
      header: label('referral', 'reason'),
      render: (r) => (
        <Stack gap={2} miw={180}>
          <Text size="sm" className="wrap-anywhere">
            {r.reason}
          </Text>
          {r.declineReason ? (
            <Text size="xs" c="red.9">
              {label('referral', 'declineReason')}: {r.declineReason}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {r.sharesIdentity
              ? t('cases.referrals.sharesIdentity')
              : t('cases.referrals.noIdentity')}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: label('referral', 'status'),
      render: (r) => (
        <Stack gap={2}>
          <ReferralStatusBadge status={r.status} />
          <Text size="xs" c="dimmed">
            {fmt.dateTime(r.completedAt ?? r.respondedAt ?? r.sentAt)}
          </Text>
        </Stack>
      ),
    },
  ];
  const { actions } = props;
  if (actions)
    columns.push({ key: 'actions', header: t('cases.table.actions'), render: (r) => actions(r) });
  return (
    <DataTable
      caption={props.caption}
      columns={columns}
      rows={props.rows}
      rowKey={(r) => r.id}
      meta={props.meta}
      loading={props.loading}
      error={props.error}
      onRetry={props.onRetry}
      onPageChange={props.onPageChange}
      testId={props.testId}
    />
  );
}
