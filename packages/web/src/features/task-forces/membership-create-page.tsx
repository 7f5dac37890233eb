import { NativeSelect, Paper, Stack, TextInput } from '@mantine/core';
import { MEMBERSHIP_ROLES, MembershipCreate, type TaskForceDetail } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FormActions, FormError, orNull } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { taskForceDetailQuery, taskForceKeys, taskForcesApi } from './api.js';

const route = getRouteApi('/app/task-forces/$taskForceId/memberships/new');

export function MembershipCreatePage() {
  const { t } = useTranslation();
  const { taskForceId } = route.useParams();
  const query = useQuery(taskForceDetailQuery(taskForceId));
  return (
    <RequirePermission permission="taskForces.manage" title={t('taskForces.membership.title')}>
      <PageHeader
        title={t('taskForces.membership.title')}
        subtitle={query.data?.name}
        back={
          <AnchorLink to="/task-forces/$taskForceId" params={{ taskForceId }}>
            ← {query.data?.name ?? t('taskForces.detail.back')}
          </AnchorLink>
        }
      />
      {query.data ? (
        <MembershipForm taskForce={query.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState />
      )}
    </RequirePermission>
  );
}

type Values = {
  institutionId: string;
  role: string;
  position: string;
  subTaskForceId: string;
  legalBasis: string;
  validFrom: string;
  validTo: string;
};

function MembershipForm({ taskForce }: { taskForce: z.infer<typeof TaskForceDetail> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useOptions();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      institutionId: '',
      role: '',
      position: '',
      subTaskForceId: '',
      legalBasis: taskForce.legalBasisNumber,
      validFrom: taskForce.legalBasisDate,
      validTo: '',
    } as Values,
    schema: MembershipCreate,
    toInput: (v: Values) => ({
      institutionId: v.institutionId || undefined,
      role: pick(MEMBERSHIP_ROLES, v.role),
      position: orNull(v.position),
      subTaskForceId: v.subTaskForceId || null,
      legalBasis: v.legalBasis,
      validFrom: v.validFrom,
      validTo: orNull(v.validTo),
    }),
  });
  const toDetail = () =>
    navigate({ to: '/task-forces/$taskForceId', params: { taskForceId: taskForce.id } });

  return (
    <Paper withBorder p="lg" maw={640}>
      <form
        noValidate
        data-testid="membership-create-form"
        aria-label={t('taskForces.membership.title')}
        onSubmit={onSubmit(async (payload) => {
          await taskForcesApi.addMembership(taskForce.id, payload);
          await queryClient.invalidateQueries({ queryKey: taskForceKeys.all });
          notifySuccess(t('taskForces.membership.done'));
          await toDetail();
        })}
      >
        <Stack gap="md">
          <InstitutionSelect
            required
            value={form.values.institutionId}
            onChange={(id) => form.setFieldValue('institutionId', id)}
            error={form.errors.institutionId}
          />
          <NativeSelect
            label={t('taskForces.detail.role')}
            required
            data={[
              { value: '', label: t('taskForces.membership.pickRole') },
              ...options.membershipRoles,
            ]}
            {...form.getInputProps('role')}
          />
          <TextInput
            label={t('taskForces.membership.position')}
            placeholder={t('taskForces.membership.positionHint')}
            {...form.getInputProps('position')}
          />
          {taskForce.subTaskForces.length > 0 ? (
            <NativeSelect
              label={t('taskForces.membership.subTaskForce')}
              data={[
                { value: '', label: t('taskForces.membership.noSubTaskForce') },
                ...taskForce.subTaskForces.map((s) => ({ value: s.id, label: s.name })),
              ]}
              {...form.getInputProps('subTaskForceId')}
            />
          ) : null}
          <TextInput
            label={t('taskForces.membership.legalBasis')}
            required
            {...form.getInputProps('legalBasis')}
          />
          <TextInput
            type="date"
            label={t('taskForces.membership.validFrom')}
            required
            {...form.getInputProps('validFrom')}
          />
          <TextInput
            type="date"
            label={t('taskForces.membership.validTo')}
            {...form.getInputProps('validTo')}
          />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('taskForces.membership.submit')}
            submitting={submitting}
            onCancel={() => void toDetail()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
