import { Paper, SimpleGrid, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { regionDetailQuery } from './api.js';
import { RegionBreadcrumbs } from './region-breadcrumbs.js';
import { LineageList } from './region-lineage-list.js';
import { useRegionLevelText } from './region-text.js';

const route = getRouteApi('/app/regions/$regionCode');

export function RegionDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="regions.read" title={t('regions.list.title')}>
      <RegionDetailView />
    </RequirePermission>
  );
}

function RegionDetailView() {
  const { t } = useTranslation();
  const can = useCan();
  const fmt = useFormat();
  const levelText = useRegionLevelText();
  const { regionCode } = route.useParams();
  const query = useQuery(regionDetailQuery(regionCode));
  const back = <AnchorLink to="/regions">← {t('regions.detail.back')}</AnchorLink>;
  if (!query.data) {
    return (
      <>
        <PageHeader title={t('regions.list.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const r = query.data;

  return (
    <>
      <PageHeader
        title={`${r.name} (${r.code})`}
        back={back}
        actions={
          can('regions.manage') ? (
            <ButtonLink
              to="/regions/$regionCode/edit"
              params={{ regionCode }}
              leftSection={<IconPencil size={16} aria-hidden="true" />}
            >
              {t('regions.edit.title')}
            </ButtonLink>
          ) : null
        }
      />
      <RegionBreadcrumbs parentCode={r.code} />
      <Paper withBorder p="md" mb="md">
        <InfoList
          cols={3}
          items={[
            { label: t('regions.fields.code'), value: r.code },
            { label: t('regions.fields.level'), value: levelText(r) },
            {
              label: t('regions.fields.parent'),
              value:
                r.parentCode !== null ? (
                  <AnchorLink to="/regions/$regionCode" params={{ regionCode: r.parentCode }}>
                    {r.parentName ?? r.parentCode} ({r.parentCode})
                  </AnchorLink>
                ) : (
                  t('regions.list.indonesia')
                ),
            },
            { label: t('regions.fields.validFrom'), value: fmt.date(r.validFrom) },
            {
              label: t('regions.fields.validTo'),
              value: r.validTo ? fmt.date(r.validTo) : t('regions.fields.inForce'),
            },
            {
              label: t('regions.fields.children'),
              value:
                r.childCount > 0 ? (
                  <AnchorLink to="/regions" search={{ parentCode: r.code }}>
                    {t('regions.list.children', { count: r.childCount })}
                  </AnchorLink>
                ) : (
                  t('regions.list.noChildren')
                ),
            },
          ]}
        />
      </Paper>
      <Title order={2} size="h4" mb="sm">
        {t('regions.detail.lineage')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <LineageList
          id="region-predecessors"
          title={t('regions.detail.predecessors')}
          empty={t('regions.detail.noPredecessors')}
          items={r.predecessors}
          side="predecessor"
        />
        <LineageList
          id="region-successors"
          title={t('regions.detail.successors')}
          empty={t('regions.detail.noSuccessors')}
          items={r.successors}
          side="successor"
        />
      </SimpleGrid>
    </>
  );
}
