import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './form-parts.js';
import { errorMessage } from './query-state.js';

type Props = Omit<ButtonProps, 'onClick'> & {
  children: ReactNode;
  /** What will happen, in one or two sentences. */
  message: ReactNode;
  confirmLabel?: string;
  /** Runs on confirmation; a thrown error is shown in the dialog. */
  onConfirm: () => Promise<void>;
  danger?: boolean;
  testId?: string;
};

/** A button that asks before doing something that cannot be undone. */
export function ConfirmButton({
  children,
  message,
  confirmLabel,
  onConfirm,
  danger,
  testId,
  ...buttonProps
}: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      close();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        variant="default"
        color={danger ? 'red.9' : undefined}
        {...buttonProps}
        onClick={open}
        data-testid={testId}
      >
        {children}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('confirm.title')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
        centered
      >
        <Stack gap="md">
          <Text>{message}</Text>
          <FormError message={error} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('actions.cancel')}
            </Button>
            <Button
              color={danger ? 'red.9' : undefined}
              onClick={() => void confirm()}
              loading={busy}
            >
              {confirmLabel ?? (typeof children === 'string' ? children : t('actions.confirm'))}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
