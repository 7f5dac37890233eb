import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../app/api/client.js';
import { type Permission, useCan } from '../app/api/me.js';
import { PageHeader } from './page-header.js';
import { ErrorState } from './query-state.js';

/**
 * A page the user's role does not open (a typed or bookmarked address). The server refuses the
 * data anyway; this says so before asking it.
 */
export function RequirePermission(props: {
  permission: Permission;
  title: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const can = useCan();
  if (can(props.permission)) return props.children;
  return (
    <>
      <PageHeader title={props.title} />
      <ErrorState error={new ApiRequestError(403, 'FORBIDDEN', t('errors.missingPermission'))} />
    </>
  );
}
