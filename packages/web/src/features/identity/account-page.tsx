import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { ButtonLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { useScopeText } from '../../shared/scope-text.js';
import { identityApi, useAfterSignOut, useSignOut } from './api.js';
import { TwoFactorSection } from './two-factor-section.js';

export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const scopeText = useScopeText();
  const signOut = useSignOut();
  const afterSignOut = useAfterSignOut();

  return (
    <>
      <PageHeader title={t('identity.account.title')} />
      <Stack gap="md" maw={760}>
        <Section id="account-profile" title={t('identity.account.profile')}>
          <InfoList
            items={[
              { label: t('identity.account.name'), value: me.user.fullName },
              { label: t('identity.account.email'), value: me.user.email },
              { label: t('identity.account.institution'), value: me.user.institution.name },
              { label: t('identity.account.role'), value: fmt.bi(ROLE_LABELS[me.user.role]) },
              { label: t('identity.account.scope'), value: scopeText(me.user.scope) },
            ]}
          />
        </Section>
        <Section id="account-password" title={t('identity.account.passwordHeading')}>
          <Text size="sm" mb="sm">
            {t('identity.account.passwordBody')}
          </Text>
          <ButtonLink to="/account/password" variant="default">
            {t('identity.account.changePassword')}
          </ButtonLink>
        </Section>
        <Section id="account-2fa" title={t('identity.account.twoFactorHeading')}>
          <TwoFactorSection />
        </Section>
        <Section id="account-sessions" title={t('identity.account.sessionsHeading')}>
          <Text size="sm" mb="sm">
            {t('identity.account.sessionsBody')}
          </Text>
          <Group gap="sm">
            <Button variant="default" onClick={() => void signOut()}>
              {t('identity.account.signOut')}
            </Button>
            <ConfirmButton
              danger
              testId="sign-out-everywhere"
              message={t('identity.account.signOutAllConfirm')}
              confirmLabel={t('identity.account.signOutAll')}
              onConfirm={async () => {
                const { revoked } = await identityApi.logoutAll();
                notifySuccess(t('identity.account.signedOutAll', { count: revoked }));
                await afterSignOut();
              }}
            >
              {t('identity.account.signOutAll')}
            </ConfirmButton>
          </Group>
        </Section>
      </Stack>
    </>
  );
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
