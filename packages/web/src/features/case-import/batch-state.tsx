import type { ImportBatchView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../shared/status-badge.js';

type State = ImportBatchView['state'];

const TONES: Record<State, 'ok' | 'off' | 'danger' | 'info'> = {
  previewed: 'info',
  importing: 'info',
  failed: 'danger',
  completed: 'ok',
  rolled_back: 'off',
};

export function BatchStateBadge({ state }: { state: State }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[state]}>{t(`caseImport.state.${state}`)}</StatusBadge>;
}

/** Rows of the file gone through so far (the server counts bad rows it leaves out too). */
export function progressOf(b: ImportBatchView): number {
  if (b.state === 'completed') return 100;
  if (b.totalRows <= 0) return 0;
  return Math.min(100, Math.round((b.processedRows / b.totalRows) * 100));
}
