import { Paper, Stack, Text } from '@mantine/core';
import { UserUpdate, type UserView } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { userDetailQuery, userKeys, usersApi } from './api.js';
import { EMPTY_USER, UserFields, type UserFormValues, userCoreInput } from './user-fields.js';

const route = getRouteApi('/app/users/$userId/edit');

export function UserEditPage() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const query = useQuery(userDetailQuery(userId));
  const back = (
    <AnchorLink to="/users/$userId" params={{ userId }}>
      ← {query.data?.fullName ?? t('users.detail.back')}
    </AnchorLink>
  );
  return (
    <RequirePermission permission="users.manage" title={t('users.edit.title')}>
      <PageHeader title={t('users.edit.title')} back={back} />
      {query.data ? (
        <UserEditForm user={query.data} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <LoadingState />
      )}
    </RequirePermission>
  );
}

function UserEditForm({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      ...EMPTY_USER,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      institutionId: user.institution.id,
      scopeLevel: user.scope.level,
      scopeRegionCode: user.scope.regionCode,
    } as UserFormValues,
    schema: UserUpdate,
    toInput: userCoreInput,
  });

  return (
    <Paper withBorder p="lg" maw={640}>
      <form
        noValidate
        data-testid="user-edit-form"
        aria-label={t('users.edit.title')}
        onSubmit={onSubmit(async (payload) => {
          await usersApi.update(user.id, payload);
          await queryClient.invalidateQueries({ queryKey: userKeys.all });
          notifySuccess(t('users.edit.done'));
          await navigate({ to: '/users/$userId', params: { userId: user.id } });
        })}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('users.fields.email')}: <strong>{user.email}</strong>
          </Text>
          <UserFields form={form} />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('users.edit.submit')}
            submitting={submitting}
            onCancel={() => void navigate({ to: '/users/$userId', params: { userId: user.id } })}
          />
        </Stack>
      </form>
    </Paper>
  );
}
