import { Paper, Stack, TextInput } from '@mantine/core';
import { RegionUpdate, type RegionView } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError, orNull } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { regionDetailQuery, regionKeys, regionsApi } from './api.js';

const route = getRouteApi('/app/regions/$regionCode/edit');

export function RegionEditPage() {
  const { t } = useTranslation();
  const { regionCode } = route.useParams();
  const query = useQuery(regionDetailQuery(regionCode));
  return (
    <RequirePermission permission="regions.manage" title={t('regions.edit.title')}>
      <PageHeader
        title={t('regions.edit.title')}
        subtitle={query.data ? `${query.data.name} (${query.data.code})` : regionCode}
        back={
          <AnchorLink to="/regions/$regionCode" params={{ regionCode }}>
            ← {query.data?.name ?? regionCode}
          </AnchorLink>
        }
      />
      {query.data ? (
        <EditForm region={query.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState />
      )}
    </RequirePermission>
  );
}

function EditForm({ region }: { region: RegionView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { name: region.name, validTo: region.validTo ?? '' },
    schema: RegionUpdate,
    toInput: (v) => ({ name: v.name, validTo: orNull(v.validTo) }),
  });
  const toDetail = () =>
    navigate({ to: '/regions/$regionCode', params: { regionCode: region.code } });

  return (
    <Paper withBorder p="lg" maw={560}>
      <form
        noValidate
        data-testid="region-edit-form"
        aria-label={t('regions.edit.title')}
        onSubmit={onSubmit(async (payload) => {
          await regionsApi.update(region.code, payload);
          await queryClient.invalidateQueries({ queryKey: regionKeys.all });
          notifySuccess(t('regions.edit.done'));
          await toDetail();
        })}
      >
        <Stack gap="md">
          <TextInput label={t('regions.fields.name')} required {...form.getInputProps('name')} />
          <TextInput
            type="date"
            label={t('regions.fields.validTo')}
            description={t('regions.fields.validToHint')}
            {...form.getInputProps('validTo')}
          />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('regions.edit.submit')}
            submitting={submitting}
            onCancel={() => void toDetail()}
          />
        </Stack>
      </form>
    </Paper>
  );
}
