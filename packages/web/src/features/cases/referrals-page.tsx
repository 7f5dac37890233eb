import { Button, Group, Modal, Stack, Tabs, Textarea } from '@mantine/core';
import { REFERRAL_STATUSES, ReferralDecline, type ReferralView } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { FilterSelect } from '../../shared/list-toolbar.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { caseKeys, casesApi, referralListQuery } from './api.js';
import { ReferralTable } from './referral-table.js';

const route = getRouteApi('/app/referrals');

export function ReferralsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.read" title={t('cases.inbox.title')}>
      <Referrals />
    </RequirePermission>
  );
}

/**
 * Rujukan masuk (to units of my region) and keluar (of my cases). The receiving side accepts
 * (its region then reaches the case), declines with a reason, or marks the services done.
 */
function Referrals() {
  const { t } = useTranslation();
  const can = useCan();
  const queryClient = useQueryClient();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const direction = search.direction ?? 'incoming';
  const query = useQuery(referralListQuery(search));
  const [declining, setDeclining] = useState<ReferralView | null>(null);

  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: caseKeys.referrals });
    await queryClient.invalidateQueries({ queryKey: caseKeys.all });
  };
  const answer = async (r: ReferralView, a: 'accept' | 'complete') => {
    await casesApi.answerReferral(r.id, a);
    await refresh();
    notifySuccess(t(a === 'accept' ? 'cases.inbox.accepted' : 'cases.inbox.completed'));
  };
  const actions = (r: ReferralView) => {
    if (direction !== 'incoming' || !can('cases.write')) return null;
    const what = `${r.caseNumber}`;
    if (r.status === 'sent')
      return (
        <Group gap={4} wrap="nowrap">
          <ConfirmButton
            size="compact-sm"
            variant="filled"
            message={t('cases.inbox.acceptConfirm', { number: r.caseNumber })}
            confirmLabel={t('cases.inbox.accept')}
            onConfirm={() => answer(r, 'accept')}
            aria-label={`${t('cases.inbox.accept')} ${what}`}
            testId="referral-accept"
          >
            {t('cases.inbox.accept')}
          </ConfirmButton>
          <Button
            size="compact-sm"
            variant="outline"
            color="red.9"
            onClick={() => setDeclining(r)}
            aria-label={`${t('cases.inbox.decline')} ${what}`}
          >
            {t('cases.inbox.decline')}
          </Button>
        </Group>
      );
    if (r.status === 'accepted')
      return (
        <ConfirmButton
          size="compact-sm"
          message={t('cases.inbox.completeConfirm', { number: r.caseNumber })}
          confirmLabel={t('cases.inbox.complete')}
          onConfirm={() => answer(r, 'complete')}
          aria-label={`${t('cases.inbox.complete')} ${what}`}
        >
          {t('cases.inbox.complete')}
        </ConfirmButton>
      );
    return null;
  };

  return (
    <>
      <PageHeader title={t('cases.inbox.title')} subtitle={t('cases.inbox.subtitle')} />
      <Tabs
        value={direction}
        onChange={(v) =>
          void navigate({
            search: { direction: v === 'outgoing' ? 'outgoing' : undefined, status: search.status },
          })
        }
        mb="md"
      >
        <Tabs.List aria-label={t('cases.inbox.direction')}>
          <Tabs.Tab value="incoming">{t('cases.inbox.incoming')}</Tabs.Tab>
          <Tabs.Tab value="outgoing">{t('cases.inbox.outgoing')}</Tabs.Tab>
        </Tabs.List>
        {(['incoming', 'outgoing'] as const).map((d) => (
          <Tabs.Panel key={d} value={d} pt="md">
            {d === direction ? (
              <Stack gap={0}>
                <Group mb="md" align="flex-end">
                  <FilterSelect
                    label={t('cases.inbox.status')}
                    value={search.status}
                    options={REFERRAL_STATUSES.map((s) => ({
                      value: s,
                      label: t(`cases.referralStatus.${s}`),
                    }))}
                    onChange={(v) =>
                      void navigate({
                        search: (prev) => ({
                          ...prev,
                          page: undefined,
                          status: pick(REFERRAL_STATUSES, v),
                        }),
                      })
                    }
                  />
                </Group>
                <ReferralTable
                  caption={t(`cases.inbox.${d}`)}
                  testId={`referrals-${d}`}
                  withCase
                  rows={query.data?.items}
                  meta={query.data?.meta}
                  loading={query.isFetching}
                  error={query.error}
                  onRetry={() => void query.refetch()}
                  onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
                  actions={d === 'incoming' && can('cases.write') ? actions : undefined}
                />
              </Stack>
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
      {declining ? (
        <DeclineDialog
          referral={declining}
          onClose={() => setDeclining(null)}
          onDone={async () => {
            await refresh();
            notifySuccess(t('cases.inbox.declined'));
            setDeclining(null);
          }}
        />
      ) : null}
    </>
  );
}

function DeclineDialog(props: {
  referral: ReferralView;
  onClose: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { reason: '' },
    schema: ReferralDecline,
    toInput: (v) => ({ reason: v.reason }),
  });
  const title = t('cases.inbox.declineTitle', { number: props.referral.caseNumber });
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
    >
      <form
        noValidate
        aria-label={title}
        onSubmit={onSubmit(async (payload) => {
          await casesApi.declineReferral(props.referral.id, payload);
          await props.onDone();
        })}
      >
        <Stack gap="md">
          <Textarea
            label={t('cases.inbox.declineReason')}
            description={t('cases.form.noNamesHint')}
            required
            autosize
            minRows={3}
            {...form.getInputProps('reason')}
            data-autofocus
          />
          <FormError message={formError} />
          <FormActions
            submitLabel={t('cases.inbox.decline')}
            submitting={submitting}
            onCancel={props.onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}
