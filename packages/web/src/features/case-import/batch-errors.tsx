import { Alert, Paper, Text, Title } from '@mantine/core';
import { IMPORT_FIELD_BY_KEY, type ImportPreview, type ImportRowError } from '@sigap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { FilterSelect } from '../../shared/list-toolbar.js';
import { useNumbers } from '../reporting/numbers.js';

const PER_PAGE = 50;
type Keyed = ImportRowError & { key: string };

/**
 * Every reason a row cannot be imported: row as the spreadsheet numbers it, column, Sigap field,
 * reason. Paged here (the server keeps the first 5,000 and counts the rest); filterable by
 * column, since one wrong column usually accounts for most of them.
 */
export function BatchErrors({ b }: { b: ImportPreview }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const [page, setPage] = useState(1);
  const [column, setColumn] = useState<string | undefined>();
  if (b.errorCount === 0) return null;
  const all: Keyed[] = b.errors.map((e, i) => ({ ...e, key: String(i) }));
  const columnsInErrors = [...new Set(all.map((e) => e.column ?? ''))].filter(Boolean).sort();
  const rows = column ? all.filter((e) => e.column === column) : all;
  const pages = Math.max(1, Math.ceil(rows.length / PER_PAGE));
  const current = Math.min(page, pages);
  const columns: Column<Keyed>[] = [
    { key: 'row', header: t('caseImport.errors.row'), nowrap: true, render: (e) => e.row },
    { key: 'column', header: t('caseImport.errors.column'), render: (e) => e.column ?? '—' },
    {
      key: 'field',
      header: t('caseImport.errors.field'),
      render: (e) => {
        const field = e.field ? IMPORT_FIELD_BY_KEY.get(e.field) : undefined;
        return field ? fmt.bi(field.label) : (e.field ?? '—');
      },
    },
    { key: 'reason', header: t('caseImport.errors.reason'), render: (e) => fmt.bi(e.message) },
  ];
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="errors-heading"
      data-testid="import-errors"
    >
      <Title order={2} size="h4" id="errors-heading" mb="sm">
        {t('caseImport.errors.heading', { count: b.errorCount })}
      </Title>
      {b.templateId && b.state === 'previewed' ? (
        <Text size="sm" mb="sm">
          <AnchorLink
            to="/case-imports/templates/$templateId"
            params={{ templateId: b.templateId }}
          >
            {t('caseImport.errors.editTemplate')}
          </AnchorLink>
        </Text>
      ) : null}
      {b.errorCount > b.errors.length ? (
        <Alert color="orange" variant="light" mb="sm">
          <Text size="sm" c="black">
            {t('caseImport.errors.truncated', {
              shown: n.number(b.errors.length),
              total: n.number(b.errorCount),
            })}
          </Text>
        </Alert>
      ) : null}
      {columnsInErrors.length > 1 ? (
        <div style={{ marginBottom: 'var(--mantine-spacing-sm)' }}>
          <FilterSelect
            label={t('caseImport.errors.filterColumn')}
            value={column}
            options={columnsInErrors.map((c) => ({ value: c, label: c }))}
            onChange={(v) => {
              setColumn(v);
              setPage(1);
            }}
          />
        </div>
      ) : null}
      <DataTable
        caption={t('caseImport.errors.caption')}
        columns={columns}
        rows={rows.slice((current - 1) * PER_PAGE, current * PER_PAGE)}
        rowKey={(e) => e.key}
        meta={{ page: current, pageSize: PER_PAGE, total: rows.length }}
        onPageChange={setPage}
        testId="import-errors-table"
      />
    </Paper>
  );
}
