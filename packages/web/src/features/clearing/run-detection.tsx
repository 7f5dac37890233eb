import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ClearingRunResult } from '@sigap/domain';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { errorMessage } from '../../shared/query-state.js';
import { useNumbers } from '../reporting/numbers.js';
import { clearingApi, clearingKeys } from './api.js';

/**
 * Jalankan deteksi: blocking and scoring over all victim records; pairs at or above the
 * threshold enter the queue, pairs already decided are never proposed again.
 */
export function RunDetection({ onResult }: { onResult: (r: ClearingRunResult) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const [threshold, setThreshold] = useState<number | ''>('');
  const run = useMutation({
    mutationFn: () => clearingApi.run(threshold === '' ? undefined : threshold),
    onSuccess: async (r) => {
      onResult(r);
      close();
      await queryClient.invalidateQueries({ queryKey: clearingKeys.all });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    run.mutate();
  }
  return (
    <>
      <Button
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        onClick={() => {
          run.reset();
          open();
        }}
        data-testid="run-detection"
      >
        {t('clearing.run.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('clearing.run.title')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('clearing.run.intro')}</Text>
            <NumberInput
              label={t('clearing.run.threshold')}
              description={t('clearing.run.thresholdHint')}
              value={threshold}
              onChange={(v) => setThreshold(typeof v === 'number' ? v : '')}
              min={50}
              max={100}
              allowDecimal={false}
            />
            <FormError message={run.isError ? errorMessage(run.error) : null} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={run.isPending}>
                {t('actions.cancel')}
              </Button>
              <Button type="submit" loading={run.isPending} data-testid="run-detection-confirm">
                {t('clearing.run.start')}
              </Button>
            </Group>
            {run.isPending ? (
              <Text size="sm" role="status">
                {t('clearing.run.running')}
              </Text>
            ) : null}
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** What a run found, until the user closes it. */
export function RunResult({ result, onClose }: { result: ClearingRunResult; onClose: () => void }) {
  const { t } = useTranslation();
  const n = useNumbers();
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      mb="md"
      withCloseButton
      closeButtonLabel={t('actions.close')}
      onClose={onClose}
      title={t('clearing.run.doneTitle')}
      data-testid="run-result"
    >
      <Text size="sm" c="black">
        {t('clearing.run.done', {
          records: n.number(result.recordsInScope),
          comparisons: n.number(result.comparisons),
          proposed: n.number(result.proposed),
          created: n.number(result.created),
          removed: n.number(result.removed),
          threshold: result.threshold,
          seconds: n.number(Math.round(result.durationMs / 100) / 10),
        })}
      </Text>
    </Alert>
  );
}
