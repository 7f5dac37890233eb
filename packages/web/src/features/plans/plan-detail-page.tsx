import { Alert, Button, Paper, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet, IconHistory } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, errorMessage, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { downloadPlanXlsx, planDetailQuery } from './api.js';
import { useMayManagePlan } from './plan-access.js';
import { usePlanFormat } from './plan-format.js';
import { PlanMatrix } from './plan-matrix.js';
import { TrafficLightForm } from './traffic-light-form.js';
import type { PlanDetail as PlanDetailView } from './types.js';

const route = getRouteApi('/app/plans/$planId');

export function PlanDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="plans.read" title={t('plans.list.title')}>
      <PlanDetail />
    </RequirePermission>
  );
}

function PlanDetail() {
  const { t } = useTranslation();
  const { planId } = route.useParams();
  const { revision } = route.useSearch();
  const query = useQuery(planDetailQuery(planId, revision));
  const back = (
    <AnchorLink to="/plans" search={{}}>
      ← {t('plans.detail.back')}
    </AnchorLink>
  );

  if (!query.data) {
    return (
      <>
        <PageHeader title={t('plans.list.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const plan = query.data;
  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={<PlanSubtitle plan={plan} />}
        back={back}
        actions={<PlanActions plan={plan} />}
      />
      {plan.shownRevision !== plan.revision ? (
        <Alert color="yellow" variant="light" mb="md" title={t('plans.detail.oldRevisionTitle')}>
          {t('plans.detail.oldRevision', { shown: plan.shownRevision, current: plan.revision })}{' '}
          <AnchorLink to="/plans/$planId" params={{ planId }} search={{}}>
            {t('plans.detail.showCurrent')}
          </AnchorLink>
        </Alert>
      ) : null}
      <PlanInfo plan={plan} />
      <PlanMatrix plan={plan} />
    </>
  );
}

function PlanSubtitle({ plan }: { plan: PlanDetailView }) {
  const f = usePlanFormat();
  return (
    <>
      <StatusBadge tone={plan.kind === 'ran' ? 'info' : 'ok'}>{f.kind(plan.kind)}</StatusBadge>{' '}
      {f.region(plan)} · {f.period(plan)}
    </>
  );
}

function PlanActions({ plan }: { plan: PlanDetailView }) {
  const { t } = useTranslation();
  const mayManage = useMayManagePlan();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function exportXlsx() {
    setBusy(true);
    setError(null);
    try {
      await downloadPlanXlsx(plan.id, `rencana-aksi-${plan.startYear}-${plan.endYear}.xlsx`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button
        variant="default"
        loading={busy}
        onClick={() => void exportXlsx()}
        leftSection={<IconDownload size={16} aria-hidden="true" />}
        data-testid="plan-export"
      >
        {t('plans.detail.export')}
      </Button>
      {mayManage(plan.regionCode) ? (
        <ButtonLink
          to="/plans/import"
          search={{ planId: plan.id }}
          variant="default"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
        >
          {t('plans.detail.reviseViaExcel')}
        </ButtonLink>
      ) : null}
      <ButtonLink
        to="/plans/$planId/revisions"
        params={{ planId: plan.id }}
        search={{}}
        variant="default"
        leftSection={<IconHistory size={16} aria-hidden="true" />}
      >
        {t('plans.detail.history')}
      </ButtonLink>
      {error ? (
        <div style={{ flexBasis: '100%' }}>
          <FormError message={error} />
        </div>
      ) : null}
    </>
  );
}

function PlanInfo({ plan }: { plan: PlanDetailView }) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="plan-info">
      <Title order={2} size="h4" mb="sm" id="plan-info">
        {t('plans.detail.info')}
      </Title>
      <InfoList
        cols={3}
        items={[
          { label: t('plans.fields.kind'), value: f.kind(plan.kind) },
          { label: t('plans.fields.region'), value: f.region(plan) },
          { label: t('plans.fields.period'), value: f.period(plan) },
          {
            label: t('plans.fields.legalBasis'),
            value: plan.legalBasis ?? t('plans.noLegalBasis'),
          },
          {
            label: t('plans.fields.reporting'),
            value: t('plans.reporting.summary', {
              frequency: f.frequency(plan.reporting.frequency),
              deadline: plan.reporting.deadlineDays,
              grace: plan.reporting.closingGraceDays,
            }),
          },
          {
            label: t('plans.fields.trafficLight'),
            value: t('plans.reporting.trafficLight', {
              green: plan.trafficLight.green,
              yellow: plan.trafficLight.yellow,
            }),
          },
          {
            label: t('plans.fields.revision'),
            value: t('plans.detail.revisionOf', {
              number: plan.revision,
              date: f.dateTime(plan.updatedAt),
            }),
            testId: 'plan-revision',
          },
        ]}
      />
      <TrafficLightSetting plan={plan} />
    </Paper>
  );
}

function TrafficLightSetting({ plan }: { plan: PlanDetailView }) {
  const { t } = useTranslation();
  const mayManage = useMayManagePlan();
  const [open, setOpen] = useState(false);
  if (!mayManage(plan.regionCode) || plan.shownRevision !== plan.revision) return null;
  return open ? (
    <TrafficLightForm plan={plan} onDone={() => setOpen(false)} />
  ) : (
    <Button variant="subtle" size="compact-sm" mt="xs" onClick={() => setOpen(true)}>
      {t('plans.trafficLightForm.open')}
    </Button>
  );
}
