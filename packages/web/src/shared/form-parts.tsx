import { Alert, Button, Group } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The form-level error (server message or "check the fields"), announced to screen readers. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden="true" />}
      role="alert"
      data-testid="form-error"
    >
      {message}
    </Alert>
  );
}

type ActionsProps = {
  submitLabel: string;
  submitting: boolean;
  onCancel?: () => void;
  extra?: ReactNode;
};

export function FormActions({ submitLabel, submitting, onCancel, extra }: ActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" gap="sm" mt="md">
      {extra}
      {onCancel ? (
        <Button variant="default" onClick={onCancel} disabled={submitting}>
          {t('actions.cancel')}
        </Button>
      ) : null}
      <Button type="submit" loading={submitting}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** `''` from an empty input becomes `null`, as the schemas expect for optional values. */
export function orNull(value: string): string | null {
  const v = value.trim();
  return v === '' ? null : v;
}
