import { Group, Paper } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { ActiveBadge, StatusBadge } from '../../shared/status-badge.js';
import { serviceUnitDetailQuery } from './api.js';

const route = getRouteApi('/app/service-units/$serviceUnitId');

export function ServiceUnitDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="serviceUnits.read" title={t('serviceUnits.list.title')}>
      <ServiceUnitDetailView />
    </RequirePermission>
  );
}

function ServiceUnitDetailView() {
  const { t } = useTranslation();
  const can = useCan();
  const { serviceUnitId } = route.useParams();
  const query = useQuery(serviceUnitDetailQuery(serviceUnitId));
  const back = <AnchorLink to="/service-units">← {t('serviceUnits.detail.back')}</AnchorLink>;
  if (!query.data) {
    return (
      <>
        <PageHeader title={t('serviceUnits.list.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const u = query.data;

  return (
    <>
      <PageHeader
        title={u.name}
        back={back}
        subtitle={
          <Group gap={6}>
            <StatusBadge tone="info">{t(`enums.serviceUnitKind.${u.kind}`)}</StatusBadge>
            <ActiveBadge active={u.active} />
          </Group>
        }
        actions={
          can('serviceUnits.manage') ? (
            <ButtonLink
              to="/service-units/$serviceUnitId/edit"
              params={{ serviceUnitId }}
              leftSection={<IconPencil size={16} aria-hidden="true" />}
            >
              {t('serviceUnits.edit.title')}
            </ButtonLink>
          ) : null
        }
      />
      <Paper withBorder p="md">
        <InfoList
          items={[
            {
              label: t('serviceUnits.fields.region'),
              value: can('regions.read') ? (
                <AnchorLink to="/regions/$regionCode" params={{ regionCode: u.regionCode }}>
                  {u.regionName} ({u.regionCode})
                </AnchorLink>
              ) : (
                `${u.regionName} (${u.regionCode})`
              ),
            },
            {
              label: t('serviceUnits.fields.institutionShort'),
              value: u.institution ? (
                <AnchorLink
                  to="/institutions/$institutionId"
                  params={{ institutionId: u.institution.id }}
                >
                  {u.institution.name}
                </AnchorLink>
              ) : (
                '—'
              ),
            },
            { label: t('serviceUnits.fields.addressShort'), value: u.address ?? '—' },
            { label: t('serviceUnits.fields.phoneShort'), value: u.phone ?? '—' },
            {
              label: t('serviceUnits.fields.capacityShort'),
              value: u.capacity === null ? '—' : String(u.capacity),
            },
          ]}
        />
      </Paper>
    </>
  );
}
