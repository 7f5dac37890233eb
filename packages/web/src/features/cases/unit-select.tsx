import { NativeSelect } from '@mantine/core';
import { Page, ReferralTargetView, ServiceUnitView } from '@sigap/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api/client.js';
import { useCan } from '../../app/api/me.js';
import { errorMessage } from '../../shared/query-state.js';

/** Active service units the user can see (the server lists those in the user's scope). */
export function unitOptionsQuery(regionCode?: string | null) {
  const params = { active: 'true', pageSize: 200, regionCode: regionCode ?? undefined };
  return queryOptions({
    queryKey: ['service-units', 'options', params],
    queryFn: () => api.get('/api/service-units', Page(ServiceUnitView), params),
    staleTime: 5 * 60_000,
  });
}

/** Units anywhere in the country a victim can be referred to (names and regions only). */
export function referralTargetsQuery(regionCode?: string | null) {
  const params = { pageSize: 200, regionCode: regionCode ?? undefined };
  return queryOptions({
    queryKey: ['service-units', 'referral-targets', params],
    queryFn: () => api.get('/api/service-units/referral-targets', Page(ReferralTargetView), params),
    staleTime: 5 * 60_000,
  });
}

type Props = {
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** Only units in this region (and under it). */
  regionCode?: string | null;
  emptyLabel: string;
  description?: string;
  error?: ReactNode;
  required?: boolean;
  testId?: string;
  /** Referral destinations: every region, not only the user's scope. */
  referralTargets?: boolean;
};

export function UnitSelect(props: Props) {
  const { t } = useTranslation();
  const can = useCan();
  const scoped = useQuery({
    ...unitOptionsQuery(props.regionCode),
    enabled: !props.referralTargets && can('serviceUnits.read'),
  });
  const targets = useQuery({
    ...referralTargetsQuery(props.regionCode),
    enabled: !!props.referralTargets && can('cases.write'),
  });
  const query = props.referralTargets ? targets : scoped;
  const options = (query.data?.items ?? []).map((u) => ({
    value: u.id,
    label: `${u.name} — ${u.regionName}`,
  }));
  const loadError = query.isError
    ? t('cases.form.unitsFailed', { message: errorMessage(query.error) })
    : null;
  return (
    <NativeSelect
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error ?? loadError}
      required={props.required}
      disabled={query.isPending && query.fetchStatus !== 'idle'}
      data={[{ value: '', label: props.emptyLabel }, ...options]}
      data-testid={props.testId}
    />
  );
}
