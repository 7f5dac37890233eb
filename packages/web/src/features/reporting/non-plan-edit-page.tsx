import { Paper, Stack, Text } from '@mantine/core';
import { NonPlanActivityInput, STRATEGIES } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { nonPlanApi, nonPlanDetailQuery, reportKeys } from './api.js';
import {
  NonPlanFields,
  type NonPlanValues,
  nonPlanInput,
  nonPlanValues,
} from './non-plan-fields.js';
import { useNumbers } from './numbers.js';
import { RegionList } from './region-names.js';
import type { NonPlanActivityView } from './types.js';

const route = getRouteApi('/app/non-plan-activities/$activityId');

export function NonPlanEditPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.read" title={t('reporting.nonPlan.title')}>
      <NonPlanActivity />
    </RequirePermission>
  );
}

function Back() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/non-plan-activities" search={{}}>
      ← {t('reporting.nonPlan.title')}
    </AnchorLink>
  );
}

function NonPlanActivity() {
  const { t } = useTranslation();
  const me = useMe();
  const { activityId } = route.useParams();
  const query = useQuery(nonPlanDetailQuery(activityId));
  if (!query.data)
    return (
      <>
        <PageHeader title={t('reporting.nonPlan.title')} back={<Back />} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  const a = query.data;
  // the server's rule (assertMayRecordFor): the institution's own reporters, or an administrator
  const mayEdit =
    me.permissions.includes('reports.file') &&
    (me.user.role === 'admin' || a.institution.id === me.user.institution.id);
  return mayEdit ? <EditForm activity={a} /> : <ReadOnly activity={a} />;
}

function ReadOnly({ activity: a }: { activity: NonPlanActivityView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const strategy = STRATEGIES.find((s) => s.code === a.strategy);
  return (
    <>
      <PageHeader title={a.title} subtitle={a.institution.name} back={<Back />} />
      <Paper withBorder p="md">
        <InfoList
          items={[
            {
              label: t('reporting.fields.strategy'),
              value: strategy ? `${strategy.number}. ${fmt.bi(strategy)}` : a.strategy,
            },
            {
              label: t('reporting.nonPlan.fields.when'),
              value: a.endsOn
                ? `${fmt.date(a.startsOn)} – ${fmt.date(a.endsOn)}`
                : fmt.date(a.startsOn),
            },
            { label: t('reporting.fields.realisedBudget'), value: n.rupiah(a.realisedBudget) },
            {
              label: t('reporting.fields.regions'),
              value: <RegionList codes={a.regionCodes} empty={t('reporting.nonPlan.national')} />,
            },
            {
              label: t('reporting.fields.narrative'),
              value: (
                <Text component="span" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {a.narrative}
                </Text>
              ),
            },
          ]}
        />
      </Paper>
    </>
  );
}

function EditForm({ activity }: { activity: NonPlanActivityView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: nonPlanValues(activity),
    schema: NonPlanActivityInput,
    toInput: (v: NonPlanValues) => nonPlanInput(v),
  });
  const done = async () => {
    await queryClient.invalidateQueries({ queryKey: reportKeys.nonPlan });
    await navigate({ to: '/non-plan-activities', search: {} });
  };
  return (
    <>
      <PageHeader
        title={activity.title}
        subtitle={activity.institution.name}
        back={<Back />}
        actions={
          <ConfirmButton
            danger
            message={t('reporting.nonPlan.deleteConfirm', { title: activity.title })}
            onConfirm={async () => {
              await nonPlanApi.remove(activity.id);
              notifySuccess(t('reporting.nonPlan.deleted'));
              await done();
            }}
          >
            {t('reporting.nonPlan.delete')}
          </ConfirmButton>
        }
      />
      <Paper withBorder p="lg" maw={760}>
        <form
          noValidate
          aria-label={t('reporting.nonPlan.edit')}
          data-testid="non-plan-form"
          onSubmit={onSubmit(async (payload) => {
            await nonPlanApi.update(activity.id, payload);
            notifySuccess(t('form.saved'));
            await done();
          })}
        >
          <Stack gap="md">
            <NonPlanFields form={form} />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('actions.save')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/non-plan-activities', search: {} })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
