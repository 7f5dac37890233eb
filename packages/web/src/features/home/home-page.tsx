import { Card, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { ROLE_LABELS } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { useScopeText } from '../../shared/scope-text.js';
import { taskForceDetailQuery } from '../task-forces/api.js';
import { HomeCards } from './home-cards.js';

export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const scopeText = useScopeText();
  const { user } = me;

  return (
    <>
      <PageHeader title={t('home.title', { name: user.fullName })} subtitle={t('home.intro')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="xl">
        <Paper withBorder p="md" component="section" aria-labelledby="home-profile">
          <Title order={2} size="h4" mb="sm" id="home-profile">
            {t('home.profile.heading')}
          </Title>
          <InfoList
            items={[
              {
                label: t('home.profile.institution'),
                value: user.institution.name,
                testId: 'home-institution',
              },
              {
                label: t('home.profile.role'),
                value: fmt.bi(ROLE_LABELS[user.role]),
                testId: 'home-role',
              },
              {
                label: t('home.profile.scope'),
                value: scopeText(user.scope),
                testId: 'home-scope',
              },
              { label: t('home.profile.email'), value: user.email },
              {
                label: t('home.profile.twoFactor'),
                value: me.twoFactor.enabled ? t('home.profile.on') : t('home.profile.off'),
              },
            ]}
          />
        </Paper>
        <TaskForceCard />
      </SimpleGrid>
      <Title order={2} size="h3" mb="sm">
        {t('home.cards.heading')}
      </Title>
      <HomeCards />
    </>
  );
}

function TaskForceCard() {
  const { t } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const tf = me.taskForce;
  const canRead = me.permissions.includes('taskForces.read');
  // The legal basis is on the detail; if it cannot be read the card still names the task force.
  const detail = useQuery({
    ...taskForceDetailQuery(tf?.id ?? ''),
    enabled: Boolean(tf) && canRead,
  });

  return (
    <Card
      withBorder
      p="md"
      component="section"
      aria-labelledby="home-task-force"
      data-testid="home-task-force"
    >
      <Title order={2} size="h4" mb="sm" id="home-task-force">
        {t('home.taskForce.heading')}
      </Title>
      {tf ? (
        <>
          <Text fw={700} mb="sm" className="wrap-anywhere">
            {tf.name}
          </Text>
          <InfoList
            items={[
              { label: t('home.taskForce.level'), value: t(`enums.taskForceLevel.${tf.level}`) },
              ...(detail.data
                ? [
                    {
                      label: t('home.taskForce.legalBasis'),
                      value: `${detail.data.legalBasisNumber} (${fmt.date(detail.data.legalBasisDate)})`,
                    },
                  ]
                : []),
            ]}
          />
          {canRead ? (
            <Group mt="md">
              <AnchorLink
                to="/task-forces/$taskForceId"
                params={{ taskForceId: tf.id }}
                search={{}}
              >
                {t('home.taskForce.open')}
              </AnchorLink>
            </Group>
          ) : null}
        </>
      ) : (
        <Text>{t('home.taskForce.none')}</Text>
      )}
    </Card>
  );
}
