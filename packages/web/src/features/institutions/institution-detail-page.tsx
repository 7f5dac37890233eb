import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { InstitutionDetail } from '@sigap/domain';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useCan } from '../../app/api/me.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { ActiveBadge, StatusBadge } from '../../shared/status-badge.js';
import { institutionDetailQuery } from './api.js';
import { InstitutionMemberships } from './institution-memberships.js';
import { NameHistory } from './name-history.js';
import { RenameButton } from './rename-button.js';

type Detail = z.infer<typeof InstitutionDetail>;
const route = getRouteApi('/app/institutions/$institutionId');

export function InstitutionDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="institutions.read" title={t('institutions.list.title')}>
      <InstitutionDetailView />
    </RequirePermission>
  );
}

function InstitutionDetailView() {
  const { t } = useTranslation();
  const can = useCan();
  const { institutionId } = route.useParams();
  const query = useQuery(institutionDetailQuery(institutionId));
  const back = <AnchorLink to="/institutions">← {t('institutions.detail.back')}</AnchorLink>;
  if (!query.data) {
    return (
      <>
        <PageHeader title={t('institutions.list.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const inst = query.data;
  const manage = can('institutions.manage');

  return (
    <>
      <PageHeader
        title={inst.name}
        back={back}
        subtitle={
          <Group gap={6}>
            <StatusBadge tone="info">{t(`enums.institutionKind.${inst.kind}`)}</StatusBadge>
            <ActiveBadge active={inst.active} />
          </Group>
        }
        actions={
          manage ? (
            <>
              <RenameButton institution={inst} />
              <ButtonLink
                to="/institutions/$institutionId/edit"
                params={{ institutionId }}
                leftSection={<IconPencil size={16} aria-hidden="true" />}
              >
                {t('institutions.edit.title')}
              </ButtonLink>
            </>
          ) : null
        }
      />
      <Paper withBorder p="md" mb="md">
        <InfoList
          cols={3}
          items={[
            { label: t('institutions.fields.code'), value: inst.code },
            { label: t('institutions.fields.abbreviation'), value: inst.abbreviation },
            {
              label: t('institutions.fields.region'),
              value: inst.regionCode ?? t('institutions.fields.national'),
            },
          ]}
        />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mb="md">
        <Section id="inst-names" title={t('institutions.detail.names')}>
          <NameHistory names={inst.names} />
        </Section>
        <Section id="inst-lineage" title={t('institutions.detail.lineage')}>
          <Lineage inst={inst} />
        </Section>
      </SimpleGrid>
      <Section id="inst-memberships" title={t('institutions.detail.memberships')}>
        <InstitutionMemberships memberships={inst.memberships} />
      </Section>
    </>
  );
}

function Lineage({ inst }: { inst: Detail }) {
  const { t } = useTranslation();
  if (!inst.successor && inst.predecessors.length === 0)
    return <Text size="sm">{t('institutions.detail.noLineage')}</Text>;
  const link = (i: { id: string; name: string }) => (
    <AnchorLink key={i.id} to="/institutions/$institutionId" params={{ institutionId: i.id }}>
      {i.name}
    </AnchorLink>
  );
  return (
    <InfoList
      cols={1}
      items={[
        ...(inst.predecessors.length > 0
          ? [
              {
                label: t('institutions.fields.predecessors'),
                value: <Stack gap={2}>{inst.predecessors.map(link)}</Stack>,
              },
            ]
          : []),
        ...(inst.successor
          ? [{ label: t('institutions.fields.successor'), value: link(inst.successor) }]
          : []),
      ]}
    />
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
