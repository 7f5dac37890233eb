import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/query-state.js';
import { institutionOptionsQuery } from './api.js';

type Props = {
  value: string;
  onChange: (id: string) => void;
  label?: string;
  error?: ReactNode;
  required?: boolean;
  /** First choice when nothing is picked ("Choose…" or "None"). */
  emptyLabel?: string;
  /** Leave one institution out (an institution cannot succeed itself). */
  exclude?: string;
  testId?: string;
};

export function InstitutionSelect(props: Props) {
  const { t } = useTranslation();
  const query = useQuery(institutionOptionsQuery);
  const options = (query.data?.items ?? [])
    .filter((i) => i.id !== props.exclude)
    .map((i) => ({
      value: i.id,
      label: `${i.abbreviation && i.abbreviation !== i.name ? `${i.abbreviation} — ` : ''}${i.name}${i.active ? '' : ` (${t('status.inactive').toLowerCase()})`}`,
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const loadError = query.isError
    ? t('institution.loadFailed', { message: errorMessage(query.error) })
    : null;
  return (
    <NativeSelect
      label={props.label ?? t('institution.label')}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      error={props.error ?? loadError}
      required={props.required}
      disabled={query.isPending || query.isError}
      data={[{ value: '', label: props.emptyLabel ?? t('institution.pick') }, ...options]}
      data-testid={props.testId}
    />
  );
}
