import { Alert, Button, Paper } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQueryKey, useMe } from '../../app/api/me.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { useSignOut } from './api.js';
import { TotpSetupPanel } from './totp-setup-panel.js';

/** Where a user lands when their role requires two-factor and it is not set up yet. */
export function TwoFactorEnrolmentPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const pending = me.twoFactor.enrolmentPending;

  return (
    <>
      <PageHeader
        title={t('identity.enrol.title')}
        back={
          pending ? null : <AnchorLink to="/account">← {t('identity.account.title')}</AnchorLink>
        }
        actions={
          pending ? (
            <Button variant="default" onClick={() => void signOut()}>
              {t('identity.enrol.signOut')}
            </Button>
          ) : null
        }
      />
      <Paper withBorder p="lg" maw={640}>
        {pending ? (
          <Alert color="indigo" variant="light" mb="md" title={t('identity.enrol.required')} />
        ) : null}
        {me.twoFactor.enabled ? (
          <Alert color="teal" variant="light" title={t('identity.enrol.done')} />
        ) : (
          <TotpSetupPanel
            onEnabled={async () => {
              notifySuccess(t('identity.enrol.done'));
              await queryClient.invalidateQueries({ queryKey: meQueryKey });
              await navigate({ to: pending ? '/' : '/account' });
            }}
          />
        )}
      </Paper>
    </>
  );
}
