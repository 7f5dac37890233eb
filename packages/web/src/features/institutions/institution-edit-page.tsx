import { Checkbox, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { INSTITUTION_KINDS, InstitutionUpdate, type InstitutionView } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { useOptions } from '../../shared/option-lists.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { institutionDetailQuery, institutionKeys, institutionsApi } from './api.js';
import { InstitutionSelect } from './institution-select.js';

const route = getRouteApi('/app/institutions/$institutionId/edit');

export function InstitutionEditPage() {
  const { t } = useTranslation();
  const { institutionId } = route.useParams();
  const query = useQuery(institutionDetailQuery(institutionId));
  return (
    <RequirePermission permission="institutions.manage" title={t('institutions.edit.title')}>
      <PageHeader
        title={t('institutions.edit.title')}
        subtitle={query.data?.name}
        back={
          <AnchorLink to="/institutions/$institutionId" params={{ institutionId }}>
            ← {query.data?.name ?? t('institutions.detail.back')}
          </AnchorLink>
        }
      />
      {query.data ? (
        <EditForm institution={query.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState />
      )}
    </RequirePermission>
  );
}

type Values = { kind: string; active: boolean; successorId: string };

function EditForm({ institution }: { institution: InstitutionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const options = useOptions();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      kind: institution.kind,
      active: institution.active,
      successorId: institution.successor?.id ?? '',
    } as Values,
    schema: InstitutionUpdate,
    toInput: (v: Values) => ({
      kind: pick(INSTITUTION_KINDS, v.kind),
      active: v.active,
      successorId: v.successorId === '' ? null : v.successorId,
    }),
  });
  const toDetail = () =>
    navigate({ to: '/institutions/$institutionId', params: { institutionId: institution.id } });

  return (
    <Paper withBorder p="lg" maw={640}>
      <form
        noValidate
        data-testid="institution-edit-form"
        aria-label={t('institutions.edit.title')}
        onSubmit={onSubmit(async (payload) => {
          await institutionsApi.update(institution.id, payload);
          await queryClient.invalidateQueries({ queryKey: institutionKeys.all });
          notifySuccess(t('institutions.edit.done'));
          await toDetail();
        })}
      >
        <Stack gap="md">
          <Text size="sm">{t('institutions.edit.intro')}</Text>
          <NativeSelect
            label={t('institutions.fields.kind')}
            data={options.institutionKinds}
            {...form.getInputProps('kind')}
          />
          <Checkbox
            label={t('institutions.fields.active')}
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <InstitutionSelect
            label={t('institutions.fields.successor')}
            emptyLabel={t('institutions.fields.successorNone')}
            exclude={institution.id}
            value={form.values.successorId}
            onChange={(id) => form.setFieldValue('successorId', id)}
            error={form.errors.successorId}
          />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('institutions.edit.submit')}
            submitting={submitting}
            onCancel={() => void toDetail()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
