import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { REPORT_TRANSITIONS, type ReportAction } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { errorMessage } from '../../shared/query-state.js';
import { reportKeys, reportsApi } from './api.js';
import type { ReportDetail } from './types.js';

/** Forward steps look primary; sending a report back looks like what it is. */
const STYLE: Record<ReportAction, { variant: string; color?: string }> = {
  submit: { variant: 'filled' },
  resubmit: { variant: 'filled' },
  verify: { variant: 'filled' },
  approve: { variant: 'filled', color: 'teal.9' },
  return: { variant: 'outline', color: 'red.9' },
  reopen: { variant: 'outline', color: 'red.9' },
};

type Props = {
  report: ReportDetail;
  /** Runs before submit and resubmit: saves the reporter's unsaved changes first. */
  beforeSend: () => Promise<boolean>;
};

/** The workflow buttons the server says this user has now, each asking for its note. */
export function ReportActions({ report, beforeSend }: Props) {
  const { t } = useTranslation();
  const { bi } = useFormat();
  const [action, setAction] = useState<ReportAction | null>(null);
  if (report.actions.length === 0) return null;
  return (
    <>
      <Group gap="xs" data-testid="report-actions">
        {report.actions.map((a) => (
          <Button
            key={a}
            variant={STYLE[a].variant}
            color={STYLE[a].color}
            onClick={() => setAction(a)}
            data-action={a}
          >
            {bi(REPORT_TRANSITIONS[a].label)}
          </Button>
        ))}
      </Group>
      {action ? (
        <ActionDialog
          key={action}
          report={report}
          action={action}
          onClose={() => setAction(null)}
          beforeSend={beforeSend}
        />
      ) : null}
      <Text size="xs" c="dimmed" mt={4}>
        {t('reporting.actions.hint')}
      </Text>
    </>
  );
}

function ActionDialog({
  report,
  action,
  onClose,
  beforeSend,
}: {
  report: ReportDetail;
  action: ReportAction;
  onClose: () => void;
  beforeSend: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const { bi } = useFormat();
  const queryClient = useQueryClient();
  const rule = REPORT_TRANSITIONS[action];
  const required = rule.note === 'required';
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = bi(rule.label);

  async function confirm() {
    setError(null);
    if (required && note.trim() === '') {
      setNoteError(
        t(
          action === 'reopen'
            ? 'reporting.actions.reasonRequired'
            : 'reporting.actions.commentRequired',
        ),
      );
      return;
    }
    setBusy(true);
    try {
      if ((action === 'submit' || action === 'resubmit') && !(await beforeSend())) {
        setError(t('reporting.actions.saveFirst'));
        return;
      }
      const updated = await reportsApi.transition(report.id, action, note.trim() || null);
      queryClient.setQueryData(reportKeys.detail(report.id), updated);
      void queryClient.invalidateQueries({ queryKey: reportKeys.lists });
      void queryClient.invalidateQueries({ queryKey: ['monitoring'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      notifySuccess(t('reporting.actions.done', { action: label }));
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={label}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      centered
    >
      <Stack gap="md">
        <Text size="sm">{t(`reporting.actions.explain.${action}`)}</Text>
        <Textarea
          label={
            action === 'reopen'
              ? t('reporting.actions.reason')
              : action === 'return'
                ? t('reporting.actions.comment')
                : t('reporting.actions.note')
          }
          required={required}
          autosize
          minRows={3}
          maxRows={10}
          value={note}
          error={noteError}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setNoteError(null);
          }}
          data-autofocus
        />
        <FormError message={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={STYLE[action].color}
            onClick={() => void confirm()}
            loading={busy}
            data-testid="confirm-action"
          >
            {label}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
