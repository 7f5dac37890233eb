import { Modal, Stack } from '@mantine/core';
import type { CaseDetail } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { notifySuccess } from '../../shared/notify.js';
import { afterCaseWrite } from './api.js';

type Props = {
  title: string;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  formError: string | null;
  submitting: boolean;
  submitLabel?: string;
  size?: 'md' | 'lg' | 'xl';
  testId?: string;
  children: ReactNode;
};

/** A record's form in a dialog over the case page (its title is the dialog's heading). */
export function FormDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={props.title}
      size={props.size ?? 'lg'}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      closeOnClickOutside={!props.submitting}
    >
      <form
        noValidate
        aria-label={props.title}
        onSubmit={props.onSubmit}
        data-testid={props.testId}
      >
        <Stack gap="md">
          {props.children}
          <FormError message={props.formError} />
          <FormActions
            submitLabel={props.submitLabel ?? t('actions.save')}
            submitting={props.submitting}
            onCancel={props.onClose}
          />
        </Stack>
      </form>
    </Modal>
  );
}

/** After a record of the case changed: caches refreshed, the user told, the dialog closed. */
export function useCaseWritten(caseId: string, onClose: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return async (updated: CaseDetail | null, message?: string) => {
    await afterCaseWrite(queryClient, updated, caseId);
    notifySuccess(message ?? t('form.saved'));
    onClose();
  };
}
