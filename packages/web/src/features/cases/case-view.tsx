import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { CaseDetail } from '@sigap/domain';
import { IconAlertTriangle, IconEye, IconEyeOff, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState } from '../../shared/query-state.js';
import { BreakGlassBanner } from './break-glass.js';
import { CaseStatusBadge, MinorBadge, VerificationBadge } from './case-badges.js';
import { type CaseDialog, CaseDialogs, useCaseAbilities } from './case-dialogs.js';
import { CaseEventsSection } from './case-events-section.js';
import { CaseReferralsSection } from './case-referrals-section.js';
import { CaseSummarySection } from './case-summary-section.js';
import { LegalStepsSection } from './legal-steps-section.js';
import { OtherPeopleSection } from './other-people-section.js';
import { VictimsSection } from './victims-section.js';

export type IdentityControl = {
  mode: 'open' | 'masked';
  loading: boolean;
  error: unknown;
  show: () => void;
  hide: () => void;
};

export function BackToCases() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/cases" search={{}}>
      ← {t('cases.list.title')}
    </AnchorLink>
  );
}

export function CaseView({ c, identity }: { c: CaseDetail; identity: IdentityControl }) {
  const { t } = useTranslation();
  const may = useCaseAbilities(c);
  const [dialog, setDialog] = useState<CaseDialog | null>(null);
  const hasIdentity = c.hasSummary || c.people.some((p) => p.identityFields.length > 0);

  return (
    <>
      <PageHeader
        title={t('cases.detail.titleNumber', { number: c.caseNumber })}
        back={<BackToCases />}
        subtitle={
          <Group gap="xs" wrap="wrap">
            <CaseStatusBadge status={c.status} />
            <VerificationBadge state={c.verificationState} />
            {c.hasMinor ? <MinorBadge /> : null}
            <span>{c.institution.name}</span>
          </Group>
        }
        actions={
          <>
            {may.write ? (
              <Button onClick={() => setDialog({ kind: 'edit' })} data-testid="case-edit">
                {t('cases.detail.edit')}
              </Button>
            ) : null}
            {may.verify ? (
              <Button
                variant="default"
                data-testid="case-verify"
                onClick={() =>
                  setDialog({
                    kind: 'verify',
                    subject: t('cases.detail.titleNumber', { number: c.caseNumber }),
                    current: c.verificationState,
                  })
                }
              >
                {t('cases.verify.action')}
              </Button>
            ) : null}
          </>
        }
      />
      {c.access === 'grant' ? <BreakGlassBanner expiresAt={c.grantExpiresAt} /> : null}
      {c.access === 'referral' ? (
        <Alert color="indigo" variant="light" mb="md" icon={<IconInfoCircle aria-hidden="true" />}>
          {t('cases.detail.viaReferral')}
        </Alert>
      ) : null}
      {c.hasMinor ? (
        <Alert
          color="red"
          variant="light"
          mb="md"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('cases.minor.title')}
        >
          <Text size="sm" c="black">
            {t('cases.minor.caution')}
          </Text>
        </Alert>
      ) : null}
      {hasIdentity ? (
        <Paper withBorder p="sm" mb="md" data-testid="identity-control">
          <Group justify="space-between" gap="sm">
            <Text size="sm" style={{ flex: '1 1 20rem' }}>
              {identity.mode === 'open'
                ? t('cases.identity.openNote')
                : t('cases.identity.maskedNote')}
            </Text>
            {identity.mode === 'open' ? (
              <Button
                variant="default"
                leftSection={<IconEyeOff size={16} aria-hidden="true" />}
                onClick={identity.hide}
              >
                {t('cases.identity.hide')}
              </Button>
            ) : (
              <Button
                variant="outline"
                leftSection={<IconEye size={16} aria-hidden="true" />}
                loading={identity.loading}
                onClick={identity.show}
                data-testid="identity-show"
              >
                {t('cases.identity.show')}
              </Button>
            )}
          </Group>
          {identity.error ? (
            <Stack mt="sm">
              <ErrorState error={identity.error} />
            </Stack>
          ) : null}
        </Paper>
      ) : null}
      <Stack gap="lg">
        <CaseSummarySection c={c} />
        <CaseEventsSection c={c} may={may} open={setDialog} />
        <VictimsSection c={c} may={may} open={setDialog} />
        <OtherPeopleSection c={c} may={may} open={setDialog} />
        <LegalStepsSection c={c} may={may} open={setDialog} />
        <CaseReferralsSection c={c} />
      </Stack>
      <CaseDialogs c={c} dialog={dialog} onClose={() => setDialog(null)} />
    </>
  );
}
