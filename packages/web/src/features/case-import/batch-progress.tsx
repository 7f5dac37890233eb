import { Alert, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ImportPreview } from '@sigap/domain';
import { IconAlertCircle, IconArrowBackUp, IconPlayerPlay } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { useFormat } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { useNumbers } from '../reporting/numbers.js';
import { importApi, importKeys } from './api.js';
import { progressOf } from './batch-state.js';

/** The server treats a run without progress for this long as stopped (confirm-import.ts). */
const STALLED_AFTER_MS = 2 * 60 * 1000;

/** No progress seen for a while (the server process may have stopped): offer a resume. */
function useStalled(b: ImportPreview): boolean {
  const last = useRef({ rows: b.processedRows, at: Date.now() });
  const [now, setNow] = useState(() => Date.now());
  if (b.processedRows !== last.current.rows)
    last.current = { rows: b.processedRows, at: Date.now() };
  useEffect(() => {
    if (b.state !== 'importing') return;
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, [b.state]);
  return b.state === 'importing' && now - last.current.at > STALLED_AFTER_MS;
}

/** Step 4: how far the import has come, why it stopped, resume and rollback. */
export function BatchProgress({ b }: { b: ImportPreview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const stalled = useStalled(b);
  const percent = progressOf(b);
  const running = b.state === 'importing';
  const refresh = () => queryClient.invalidateQueries({ queryKey: importKeys.all });

  async function resume() {
    await importApi.resume(b.id);
    await refresh();
    notifySuccess(t('caseImport.progress.resumed'));
  }
  async function rollback() {
    await importApi.rollback(b.id);
    await refresh();
    notifySuccess(t('caseImport.progress.rolledBack'));
  }

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="progress-heading"
      data-testid="import-progress"
    >
      <Title order={2} size="h4" id="progress-heading" mb="sm">
        {t('caseImport.progress.heading')}
      </Title>
      <Stack gap="sm">
        {b.state === 'rolled_back' ? (
          <Alert color="gray" variant="light" title={t('caseImport.progress.rolledBackTitle')}>
            <Text size="sm" c="black">
              {t('caseImport.progress.rolledBackBody', { date: fmt.dateTime(b.finishedAt) })}
            </Text>
          </Alert>
        ) : (
          <>
            <Progress
              value={percent}
              size="lg"
              color={
                b.state === 'failed' ? 'red.9' : b.state === 'completed' ? 'teal.9' : 'indigo.8'
              }
              striped={running}
              animated={running}
              aria-label={t('caseImport.progress.bar')}
              data-testid="import-progress-bar"
            />
            <Text size="sm" role="status" aria-live="polite">
              {t('caseImport.progress.rows', {
                processed: n.number(b.processedRows),
                total: n.number(b.totalRows),
                percent,
              })}
              {running ? ` ${t('caseImport.progress.running')}` : ''}
            </Text>
            <Text size="sm">
              {t('caseImport.progress.cases', {
                created: n.number(b.createdCases),
                updated: n.number(b.updatedCases),
              })}
              {b.finishedAt
                ? ` ${t('caseImport.progress.finished', { date: fmt.dateTime(b.finishedAt) })}`
                : ''}
            </Text>
          </>
        )}
        {b.failure ? (
          <Alert
            color="red"
            variant="light"
            role="alert"
            icon={<IconAlertCircle aria-hidden="true" />}
            title={t('caseImport.progress.failedTitle')}
          >
            <Text size="sm" c="black">
              {fmt.bi(b.failure)}
            </Text>
          </Alert>
        ) : null}
        {stalled ? (
          <Text size="sm" c="orange.9">
            {t('caseImport.progress.stalled')}
          </Text>
        ) : null}
        <Group gap="sm">
          {b.state === 'failed' || stalled ? (
            <ConfirmButton
              variant="filled"
              leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
              message={t('caseImport.progress.resumeConfirm', {
                processed: n.number(b.processedRows),
              })}
              onConfirm={resume}
              testId="import-resume"
            >
              {t('caseImport.progress.resume')}
            </ConfirmButton>
          ) : null}
          {b.state === 'completed' || b.state === 'failed' || stalled ? (
            <ConfirmButton
              danger
              leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
              message={t('caseImport.progress.rollbackConfirm')}
              onConfirm={rollback}
              testId="import-rollback"
            >
              {t('caseImport.progress.rollback')}
            </ConfirmButton>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
