import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { srOnly } from '../../shared/sr-only.js';

/**
 * A small "Ubah" (or other) button whose accessible name also says what it changes ("Ubah
 * Korban 2"), while its visible text stays short; the visible words come first in the name.
 */
export function RowButton({
  label,
  what,
  onClick,
  testId,
}: {
  label?: ReactNode;
  what: string;
  onClick: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Button size="compact-sm" variant="subtle" onClick={onClick} data-testid={testId}>
      {label ?? t('actions.edit')}
      <span style={srOnly}> {what}</span>
    </Button>
  );
}
