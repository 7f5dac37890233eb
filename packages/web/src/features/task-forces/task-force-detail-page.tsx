import { Group, Paper, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { ActiveBadge, StatusBadge } from '../../shared/status-badge.js';
import { taskForceDetailQuery } from './api.js';
import { AsOfPicker } from './as-of-picker.js';
import { MembershipsTable } from './memberships-table.js';
import { SubTaskForceButton } from './sub-task-force-button.js';
import { SubTaskForceList } from './sub-task-force-list.js';

const route = getRouteApi('/app/task-forces/$taskForceId');

export function TaskForceDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="taskForces.read" title={t('taskForces.list.title')}>
      <TaskForceDetailView />
    </RequirePermission>
  );
}

function TaskForceDetailView() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const { taskForceId } = route.useParams();
  const { asOf } = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(taskForceDetailQuery(taskForceId, asOf));
  const back = <AnchorLink to="/task-forces">← {t('taskForces.detail.back')}</AnchorLink>;

  if (!query.data) {
    return (
      <>
        <PageHeader title={t('taskForces.list.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const tf = query.data;
  const manage = can('taskForces.manage');

  return (
    <>
      <PageHeader
        title={tf.name}
        back={back}
        subtitle={
          <Group gap={6}>
            <StatusBadge tone="info">{t(`enums.taskForceLevel.${tf.level}`)}</StatusBadge>
            <ActiveBadge active={tf.active} />
          </Group>
        }
        actions={
          manage ? (
            <ButtonLink
              to="/task-forces/$taskForceId/edit"
              params={{ taskForceId }}
              leftSection={<IconPencil size={16} aria-hidden="true" />}
            >
              {t('taskForces.edit.title')}
            </ButtonLink>
          ) : null
        }
      />
      <Section id="tf-basis" title={t('taskForces.detail.legalBasis')}>
        <InfoList
          cols={3}
          items={[
            { label: t('taskForces.fields.legalBasisNumber'), value: tf.legalBasisNumber },
            { label: t('taskForces.fields.legalBasisDate'), value: fmt.date(tf.legalBasisDate) },
            ...(tf.legalBasisTitle
              ? [{ label: t('taskForces.fields.legalBasisTitle'), value: tf.legalBasisTitle }]
              : []),
            {
              label: t('taskForces.fields.region'),
              value: tf.regionCode
                ? `${tf.regionName ?? ''} (${tf.regionCode})`
                : t('taskForces.fields.national'),
            },
          ]}
        />
      </Section>
      <Section
        id="tf-subs"
        title={t('taskForces.detail.subTaskForces')}
        action={manage ? <SubTaskForceButton taskForceId={tf.id} /> : null}
      >
        <SubTaskForceList subs={tf.subTaskForces} />
      </Section>
      <Section
        id="tf-members"
        title={t('taskForces.detail.memberships')}
        action={
          manage ? (
            <ButtonLink
              size="xs"
              to="/task-forces/$taskForceId/memberships/new"
              params={{ taskForceId }}
              leftSection={<IconPlus size={14} aria-hidden="true" />}
            >
              {t('taskForces.detail.addMembership')}
            </ButtonLink>
          ) : null
        }
      >
        <AsOfPicker
          value={asOf}
          onChange={(next) => void navigate({ search: { asOf: next }, replace: true })}
        />
        <MembershipsTable taskForce={tf} canManage={manage} />
      </Section>
      {query.isFetching ? <Text size="xs">{t('app.loading')}</Text> : null}
    </>
  );
}

type SectionProps = { id: string; title: string; action?: ReactNode; children: ReactNode };

function Section({ id, title, action, children }: SectionProps) {
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby={id}>
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}
