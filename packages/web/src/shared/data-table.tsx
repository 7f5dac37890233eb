import { ActionIcon, Box, Group, Pagination, Table, Text } from '@mantine/core';
import type { PageMeta } from '@sigap/domain';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from './query-state.js';
import { srOnly } from './sr-only.js';

export type Column<T> = {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** Keep narrow columns (codes, dates) on one line. */
  nowrap?: boolean;
};

type Props<T> = {
  /** Names the table for screen readers (visually hidden caption). */
  caption: string;
  columns: Column<T>[];
  rows: T[] | undefined;
  rowKey: (row: T) => string;
  meta?: PageMeta;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  onPageChange?: (page: number) => void;
  /** Rows that open to show more (e.g. an audit entry's before/after). */
  renderDetail?: (row: T) => ReactNode;
  testId?: string;
};

/**
 * A list page's table. It scrolls sideways inside its own box on a narrow phone, so the page
 * itself never does; the box is focusable so keyboard users can scroll it too.
 */
export function DataTable<T>(props: Props<T>) {
  const { t } = useTranslation();
  const { caption, columns, rows, rowKey, meta, renderDetail } = props;
  const [open, setOpen] = useState<Set<string>>(new Set());
  if (props.error) return <ErrorState error={props.error} onRetry={props.onRetry} />;
  if (!rows) return <LoadingState />;

  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const span = columns.length + (renderDetail ? 1 : 0);

  return (
    <Box data-testid={props.testId}>
      <Box
        style={{ overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label={caption}
        aria-busy={props.loading || undefined}
      >
        <Table striped highlightOnHover verticalSpacing="xs" miw={560}>
          <Table.Caption style={srOnly}>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {renderDetail ? (
                <Table.Th w={44}>
                  <span style={srOnly}>{t('actions.expand')}</span>
                </Table.Th>
              ) : null}
              {columns.map((c) => (
                <Table.Th key={c.key} style={{ whiteSpace: 'nowrap' }}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={span}>
                  <Text py="md" ta="center">
                    {t('table.empty')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ) : null}
            {rows.map((row) => {
              const key = rowKey(row);
              const expanded = open.has(key);
              return (
                <Fragment key={key}>
                  <Table.Tr>
                    {renderDetail ? (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          color="gray.8"
                          onClick={() => toggle(key)}
                          aria-expanded={expanded}
                          aria-controls={`detail-${key}`}
                          aria-label={expanded ? t('actions.collapse') : t('actions.expand')}
                        >
                          {expanded ? (
                            <IconChevronDown size={16} aria-hidden="true" />
                          ) : (
                            <IconChevronRight size={16} aria-hidden="true" />
                          )}
                        </ActionIcon>
                      </Table.Td>
                    ) : null}
                    {columns.map((c) => (
                      <Table.Td
                        key={c.key}
                        style={c.nowrap ? { whiteSpace: 'nowrap' } : { overflowWrap: 'break-word' }}
                      >
                        {c.render(row)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                  {renderDetail && expanded ? (
                    <Table.Tr id={`detail-${key}`}>
                      <Table.Td colSpan={span}>{renderDetail(row)}</Table.Td>
                    </Table.Tr>
                  ) : null}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Box>
      {meta ? <Pager meta={meta} onPageChange={props.onPageChange} /> : null}
    </Box>
  );
}

function Pager({ meta, onPageChange }: { meta: PageMeta; onPageChange?: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(meta.total / meta.pageSize));
  const from = meta.total === 0 ? 0 : (meta.page - 1) * meta.pageSize + 1;
  const to = Math.min(meta.total, meta.page * meta.pageSize);
  const labels = {
    first: t('table.first'),
    previous: t('table.previous'),
    next: t('table.next'),
    last: t('table.last'),
  };
  return (
    <Group justify="space-between" mt="sm" gap="xs">
      <Text size="sm" aria-live="polite">
        {t('table.range', { from, to, total: meta.total })}
      </Text>
      {pages > 1 ? (
        <Box component="nav" aria-label={t('table.pagination')}>
          <Pagination
            total={pages}
            value={meta.page}
            onChange={onPageChange}
            size="sm"
            siblings={1}
            boundaries={1}
            getItemProps={(page) => ({
              'aria-label': t('table.page', { page }),
              'aria-current': page === meta.page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({ 'aria-label': labels[control] })}
          />
        </Box>
      ) : null}
    </Group>
  );
}
