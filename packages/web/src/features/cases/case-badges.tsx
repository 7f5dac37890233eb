import type { CodeView, ReferralStatus, VerificationState } from '@sigap/domain';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { StatusBadge } from '../../shared/status-badge.js';

const VERIFICATION_TONE = { unverified: 'off', verified: 'ok', rejected: 'danger' } as const;

export function VerificationBadge({ state }: { state: VerificationState }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={VERIFICATION_TONE[state]}>{t(`cases.verification.${state}`)}</StatusBadge>
  );
}

/** HTCDS case status: closed ones look closed, the others active. */
export function CaseStatusBadge({ status }: { status: CodeView }) {
  const { bi } = useFormat();
  const closed = status.code === 'closed' || status.code === 'closed_referred';
  return <StatusBadge tone={closed ? 'off' : 'info'}>{bi(status)}</StatusBadge>;
}

/** Anak: a victim under 18. Records of children are handled with extra caution. */
export function MinorBadge() {
  const { t } = useTranslation();
  return (
    <StatusBadge tone="danger">
      <IconAlertTriangle size={12} aria-hidden="true" style={{ verticalAlign: '-1px' }} />{' '}
      {t('cases.minor.badge')}
    </StatusBadge>
  );
}

const REFERRAL_TONE = {
  sent: 'info',
  accepted: 'ok',
  declined: 'danger',
  completed: 'off',
} as const satisfies Record<ReferralStatus, string>;

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={REFERRAL_TONE[status]}>{t(`cases.referralStatus.${status}`)}</StatusBadge>
  );
}

const SERVICE_TONE: Record<string, 'ok' | 'off' | 'danger' | 'info'> = {
  planned: 'off',
  in_progress: 'info',
  completed: 'ok',
  cancelled: 'danger',
};

export function ServiceStatusBadge({ status }: { status: CodeView }) {
  const { bi } = useFormat();
  return <StatusBadge tone={SERVICE_TONE[status.code] ?? 'info'}>{bi(status)}</StatusBadge>;
}
