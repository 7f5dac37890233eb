import { Badge, Text } from '@mantine/core';
import type { MatchEvidenceView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { useNumbers } from '../reporting/numbers.js';

type Outcome = MatchEvidenceView['outcome'];
const NO_WRAP = { whiteSpace: 'nowrap', minWidth: 'max-content' } as const;

/** Dark shades: white text on them stays above 4.5:1. */
const OUTCOME_COLORS: Record<Outcome, string> = {
  match: 'teal.9',
  partial: 'grape.9',
  mismatch: 'red.9',
  missing: 'gray.7',
};

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={OUTCOME_COLORS[outcome]} variant="filled" radius="sm" style={NO_WRAP}>
      {t(`clearing.outcome.${outcome}`)}
    </Badge>
  );
}

/** A score out of 100, coloured by how sure it is (the colour is never the only cue). */
export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const color = score >= 90 ? 'indigo.9' : score >= 75 ? 'indigo.7' : 'gray.7';
  return (
    <Badge color={color} variant="filled" radius="sm" size="lg" style={NO_WRAP}>
      {t('clearing.score', { score })}
    </Badge>
  );
}

/** +1.50 / −0.75: the weight's sign is what the reviewer reads first. */
export function useWeight() {
  const { i18n } = useTranslation();
  const f = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  return (w: number) => f.format(w);
}

type Keyed = MatchEvidenceView & { key: string };

/**
 * Why the pair scored what it did: each compared field, how it came out, its weight (log2
 * likelihood ratio: +1 doubles the odds that the records are one person, −1 halves them).
 */
export function EvidenceTable({
  evidence,
  caption,
}: {
  evidence: MatchEvidenceView[];
  caption: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const weight = useWeight();
  const rows: Keyed[] = [...evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
    .map((e, i) => ({ ...e, key: `${e.field}-${i}` }));
  const total = evidence.reduce((sum, e) => sum + e.weight, 0);
  const columns: Column<Keyed>[] = [
    {
      key: 'field',
      header: t('clearing.evidence.field'),
      nowrap: true,
      render: (e) => t(`clearing.fields.${e.field}`),
    },
    {
      key: 'outcome',
      header: t('clearing.evidence.outcome'),
      render: (e) => <OutcomeBadge outcome={e.outcome} />,
    },
    {
      key: 'weight',
      header: t('clearing.evidence.weight'),
      nowrap: true,
      render: (e) => (
        <Text size="sm" fw={700} c={e.weight > 0 ? 'teal.9' : e.weight < 0 ? 'red.9' : undefined}>
          {weight(e.weight)}
        </Text>
      ),
    },
    { key: 'detail', header: t('clearing.evidence.detail'), render: (e) => fmt.bi(e.detail) },
  ];
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(e) => e.key}
        testId="evidence"
      />
      <Text size="sm" mt="xs">
        {t('clearing.evidence.total', { total: weight(total), count: n.number(evidence.length) })}
      </Text>
    </>
  );
}
