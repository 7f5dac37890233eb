import { Alert, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import type { CandidateDetail } from '@sigap/domain';
import { IconArrowBackUp, IconArrowMerge, IconUsers } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { useFormat } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { clearingApi, clearingKeys } from './api.js';

/**
 * The PIC's decision: merge (one record survives; the other's whole cluster joins it and the
 * statistics count the person once) or not the same person. A merge can be undone exactly.
 */
export function DecisionPanel({ pair }: { pair: CandidateDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const queryClient = useQueryClient();
  const [survivor, setSurvivor] = useState<'a' | 'b'>('a');
  const refresh = () => queryClient.invalidateQueries({ queryKey: clearingKeys.all });
  const other = survivor === 'a' ? pair.b : pair.a;
  const kept = survivor === 'a' ? pair.a : pair.b;
  const mergeId = pair.mergeId;

  async function merge() {
    await clearingApi.merge(pair.id, survivor);
    await refresh();
    notifySuccess(t('clearing.decision.merged'));
  }
  async function notSame() {
    await clearingApi.notSame(pair.id);
    await refresh();
    notifySuccess(t('clearing.decision.markedNotSame'));
  }
  async function undo(mergeId: string) {
    await clearingApi.undo(mergeId);
    await refresh();
    notifySuccess(t('clearing.decision.undone'));
  }

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="decision-heading"
      data-testid="decision"
    >
      <Title order={2} size="h4" id="decision-heading" mb="sm">
        {t('clearing.decision.heading')}
      </Title>
      {pair.state === 'open' ? (
        <Stack gap="md">
          <Radio.Group
            label={t('clearing.decision.survivor')}
            description={t('clearing.decision.survivorHint')}
            value={survivor}
            onChange={(v) => setSurvivor(v === 'b' ? 'b' : 'a')}
          >
            <Stack gap={6} mt={6}>
              <Radio
                value="a"
                label={t('clearing.decision.keep', {
                  record: t('clearing.recordA'),
                  number: pair.a.caseNumber,
                })}
              />
              <Radio
                value="b"
                label={t('clearing.decision.keep', {
                  record: t('clearing.recordB'),
                  number: pair.b.caseNumber,
                })}
              />
            </Stack>
          </Radio.Group>
          <Group gap="sm">
            <ConfirmButton
              variant="filled"
              leftSection={<IconArrowMerge size={16} aria-hidden="true" />}
              message={t('clearing.decision.mergeConfirm', {
                kept: kept.caseNumber,
                other: other.caseNumber,
                count: other.clusterSize,
              })}
              onConfirm={merge}
              testId="merge"
            >
              {t('clearing.decision.merge')}
            </ConfirmButton>
            <ConfirmButton
              leftSection={<IconUsers size={16} aria-hidden="true" />}
              message={t('clearing.decision.notSameConfirm')}
              onConfirm={notSame}
              testId="not-same"
            >
              {t('clearing.decision.notSame')}
            </ConfirmButton>
          </Group>
        </Stack>
      ) : (
        <Stack gap="sm">
          <Alert color={pair.state === 'merged' ? 'teal' : 'gray'} variant="light">
            <Text size="sm" c="black">
              {pair.state === 'merged'
                ? t('clearing.decision.wasMerged', { date: fmt.dateTime(pair.decidedAt) })
                : t('clearing.decision.wasNotSame', { date: fmt.dateTime(pair.decidedAt) })}
            </Text>
          </Alert>
          {mergeId ? (
            <Group>
              <ConfirmButton
                danger
                leftSection={<IconArrowBackUp size={16} aria-hidden="true" />}
                message={t('clearing.decision.undoConfirm')}
                onConfirm={() => undo(mergeId)}
                testId="undo-merge"
              >
                {t('clearing.decision.undo')}
              </ConfirmButton>
            </Group>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}
