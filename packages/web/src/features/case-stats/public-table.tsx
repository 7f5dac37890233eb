import { Paper, Text, Title } from '@mantine/core';
import type { PublicCaseStatsView } from '@sigap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { useNumbers } from '../reporting/numbers.js';

type Cell = PublicCaseStatsView['victims']['total'];
type Row = { key: string; label: string; cells: Cell[]; total: Cell };

/** A published cell: the count, "<5" (a small count) or "x" (hidden to protect a small one). */
export function PublicCellText({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const n = useNumbers();
  if (typeof cell === 'number') return <>{n.number(cell)}</>;
  if (cell.startsWith('<')) return <span title={t('caseStats.public.smallCell')}>{cell}</span>;
  return <span title={t('caseStats.public.hiddenCell')}>{cell}</span>;
}

/** One breakdown by year, as published: rows × years and a total column. */
export function PublicTable(props: {
  id: string;
  title: string;
  additive: boolean;
  years: number[];
  rows: Row[];
  /** Shown above the table (a chart of the same figures). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const columns: Column<Row>[] = [
    { key: 'label', header: props.title, render: (r) => r.label },
    ...props.years.map((y, j) => ({
      key: String(y),
      header: String(y),
      nowrap: true,
      render: (r: Row) => {
        const cell = r.cells[j];
        return cell === undefined ? '—' : <PublicCellText cell={cell} />;
      },
    })),
    {
      key: 'total',
      header: t('caseStats.public.total'),
      nowrap: true,
      render: (r) => <PublicCellText cell={r.total} />,
    },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id} data-testid={props.id}>
      <Title order={2} size="h3" id={props.id} mb={4}>
        {props.title}
      </Title>
      {props.additive ? null : (
        <Text size="sm" c="dimmed" mb="xs">
          {t('caseStats.notAdditive')}
        </Text>
      )}
      {props.children}
      <DataTable caption={props.title} columns={columns} rows={props.rows} rowKey={(r) => r.key} />
    </Paper>
  );
}

export function usePublicRows() {
  const fmt = useFormat();
  return (table: PublicCaseStatsView['tables'][number]): Row[] =>
    table.rows.map((r) => ({
      key: r.key ?? '∅',
      label: fmt.bi(r.label),
      cells: r.cells,
      total: r.total,
    }));
}
