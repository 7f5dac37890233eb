import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  EvidenceScoreInput,
  RUBRIC_CRITERIA,
  RUBRIC_CRITERION_LABELS,
  RUBRIC_LEVEL_LABELS,
  type RubricCriterion,
} from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { errorMessage } from '../../shared/query-state.js';
import { reportKeys, reportsApi } from './api.js';
import { useNumbers } from './numbers.js';
import type { ReportDetail } from './types.js';

type Levels = Record<RubricCriterion, string>;

/** The verifier's rubric (after RANHAM): four criteria scored 0–3; the total weights achievement. */
export function EvidenceScoreForm({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const current = report.evidenceScores;
  const [levels, setLevels] = useState<Levels>(() => ({
    relevance: current ? String(current.relevance) : '',
    completeness: current ? String(current.completeness) : '',
    validity: current ? String(current.validity) : '',
    timeliness: current ? String(current.timeliness) : '',
  }));
  const [note, setNote] = useState(current?.note ?? '');
  const [missing, setMissing] = useState<RubricCriterion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setError(null);
    const empty = RUBRIC_CRITERIA.filter((c) => levels[c] === '');
    setMissing(empty);
    if (empty.length > 0) {
      setError(t('errors.formInvalid'));
      return;
    }
    const parsed = EvidenceScoreInput.safeParse({
      ...Object.fromEntries(RUBRIC_CRITERIA.map((c) => [c, Number(levels[c])])),
      note: note.trim() || null,
    });
    if (!parsed.success) {
      setError(t('errors.formInvalid'));
      return;
    }
    setBusy(true);
    try {
      const updated = await reportsApi.score(report.id, parsed.data);
      queryClient.setQueryData(reportKeys.detail(report.id), updated);
      notifySuccess(t('reporting.score.saved'));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="score-heading"
      data-testid="score-form"
    >
      <Title order={2} size="h4" id="score-heading" mb={4}>
        {t('reporting.score.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {report.evidenceScore === null
          ? t('reporting.score.intro')
          : t('reporting.score.current', { score: n.percent(report.evidenceScore) })}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {RUBRIC_CRITERIA.map((c) => (
            <NativeSelect
              key={c}
              label={fmt.bi(RUBRIC_CRITERION_LABELS[c].label)}
              description={fmt.bi(RUBRIC_CRITERION_LABELS[c].question)}
              required
              value={levels[c]}
              error={missing.includes(c) ? t('reporting.score.pickLevel') : undefined}
              data={[
                { value: '', label: t('reporting.form.pick') },
                ...RUBRIC_LEVEL_LABELS.map((l, i) => ({ value: String(i), label: fmt.bi(l) })),
              ]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setLevels((prev) => ({ ...prev, [c]: v }));
                setMissing((prev) => prev.filter((m) => m !== c));
              }}
            />
          ))}
        </SimpleGrid>
        <Textarea
          label={t('reporting.score.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <FormError message={error} />
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={busy}>
            {t('reporting.score.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
