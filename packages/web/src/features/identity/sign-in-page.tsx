import { Paper, Text, Title } from '@mantine/core';
import type { Me } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryKey, meQueryOptions } from '../../app/api/me.js';
import { PublicLayout } from '../../app/layout/public-layout.js';
import { useDocumentTitle } from '../../shared/page-header.js';
import { CodeStep } from './code-step.js';
import { PasswordStep } from './password-step.js';
import { safeRedirect } from './routes.js';

const route = getRouteApi('/sign-in');

/** E-mail and password, then (when the account has it) the authenticator code. */
export function SignInPage() {
  const { t } = useTranslation();
  const router = useRouter();
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const me = useQuery(meQueryOptions);
  const [step, setStep] = useState<'password' | 'code'>('password');
  const title = step === 'password' ? t('identity.signIn.title') : t('identity.signIn.codeTitle');
  useDocumentTitle(title);

  const target = safeRedirect(search.redirect);
  useEffect(() => {
    if (me.data) router.history.replace(target);
  }, [me.data, router, target]);

  function done(next: Me) {
    queryClient.setQueryData(meQueryKey, next);
  }

  return (
    <PublicLayout>
      <Title order={1} mb="xs">
        {title}
      </Title>
      <Text mb="lg">
        {step === 'password' ? t('identity.signIn.intro') : t('identity.signIn.codeIntro')}
      </Text>
      <Paper withBorder p="lg" shadow="xs">
        {step === 'password' ? (
          <PasswordStep onSignedIn={done} onCodeRequired={() => setStep('code')} />
        ) : (
          <CodeStep onSignedIn={done} onBack={() => setStep('password')} />
        )}
      </Paper>
    </PublicLayout>
  );
}
