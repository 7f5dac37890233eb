import { Button, Group } from '@mantine/core';
import type { CaseDetail, LegalStepView } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import type { OpenDialog, useCaseAbilities } from './case-dialogs.js';
import { DeleteRecordButton } from './delete-record-button.js';
import { RowButton } from './edit-button.js';
import { useFieldLabel } from './reference.js';
import { Section } from './section.js';

type Props = { c: CaseDetail; may: ReturnType<typeof useCaseAbilities>; open: OpenDialog };

/** Proses hukum, by date: police report to verdict, sentence and restitution. */
export function LegalStepsSection({ c, may, open }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const label = useFieldLabel();
  const rupiah = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  });
  const columns: Column<LegalStepView>[] = [
    { key: 'step', header: label('legalStep', 'step'), render: (s) => fmt.bi(s.step) },
    {
      key: 'date',
      header: label('legalStep', 'occurredOn'),
      nowrap: true,
      render: (s) => fmt.date(s.occurredOn),
    },
    {
      key: 'institution',
      header: label('legalStep', 'institutionId'),
      render: (s) => s.institution?.name ?? '—',
    },
    {
      key: 'ref',
      header: label('legalStep', 'referenceNumber'),
      render: (s) => s.referenceNumber ?? '—',
    },
    {
      key: 'outcome',
      header: t('cases.legal.outcome'),
      render: (s) =>
        [
          s.sentenceMonths !== null ? t('cases.legal.months', { count: s.sentenceMonths }) : null,
          s.amount !== null ? rupiah.format(s.amount) : null,
        ]
          .filter(Boolean)
          .join(' · ') || '—',
    },
    { key: 'details', header: label('legalStep', 'details'), render: (s) => s.details ?? '—' },
  ];
  if (may.write)
    columns.push({
      key: 'edit',
      header: t('cases.table.actions'),
      render: (s) => (
        <Group gap={4} wrap="nowrap">
          <RowButton what={fmt.bi(s.step)} onClick={() => open({ kind: 'legal', step: s })} />
          <DeleteRecordButton
            caseId={c.id}
            segment="legal-steps"
            itemId={s.id}
            what={fmt.bi(s.step)}
            message={t('cases.delete.legal', { what: fmt.bi(s.step) })}
            testId="legal-delete"
          />
        </Group>
      ),
    });
  return (
    <Section
      title={t('cases.legal.title')}
      testId="case-legal"
      actions={
        may.write ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => open({ kind: 'legal', step: null })}
          >
            {t('cases.legal.add')}
          </Button>
        ) : null
      }
    >
      <DataTable
        caption={t('cases.legal.title')}
        columns={columns}
        rows={c.legalSteps}
        rowKey={(s) => s.id}
      />
    </Section>
  );
}
