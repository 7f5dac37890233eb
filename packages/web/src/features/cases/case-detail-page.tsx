import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/client.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { caseDetailQuery, type IdentityMode } from './api.js';
import { BreakGlassPanel } from './break-glass.js';
import { BackToCases, CaseView } from './case-view.js';

const route = getRouteApi('/app/cases/$caseId');

export function CaseDetailPage() {
  const { t } = useTranslation();
  const { caseId } = route.useParams();
  return (
    <RequirePermission permission="cases.read" title={t('cases.detail.title')}>
      <CaseLoader key={caseId} caseId={caseId} />
    </RequirePermission>
  );
}

/**
 * The case, masked by default: nothing identifying is opened (and so nothing is audited) until
 * the user asks for it. A case outside the user's scope offers break-the-glass instead.
 */
function CaseLoader({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [identity, setIdentity] = useState<IdentityMode>('masked');
  const masked = useQuery(caseDetailQuery(caseId, 'masked'));
  const open = useQuery({ ...caseDetailQuery(caseId, 'open'), enabled: identity === 'open' });

  if (!masked.data) {
    const breakGlass = isApiError(masked.error) && masked.error.code === 'BREAK_GLASS_REQUIRED';
    return (
      <>
        <PageHeader title={t('cases.detail.title')} back={<BackToCases />} />
        {breakGlass && isApiError(masked.error) ? (
          <BreakGlassPanel caseId={caseId} message={masked.error.message} />
        ) : masked.isError ? (
          <ErrorState error={masked.error} onRetry={() => void masked.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  }
  const shown = identity === 'open' && open.data ? open.data : masked.data;
  return (
    <CaseView
      c={shown}
      identity={{
        mode: shown.identity,
        loading: identity === 'open' && open.isFetching,
        error: identity === 'open' ? open.error : null,
        show: () => (identity === 'open' ? void open.refetch() : setIdentity('open')),
        hide: () => setIdentity('masked'),
      }}
    />
  );
}
