import { Code, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { FilterSelect, ListToolbar } from '../../shared/list-toolbar.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pick } from '../../shared/search.js';
import { type AuditEntry, auditListQuery } from './api.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditSearch } from './search.js';

const route = getRouteApi('/app/audit');

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="audit.read" title={t('audit.title')}>
      <AuditLog />
    </RequirePermission>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(auditListQuery(search));
  const set = (patch: Partial<AuditSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }) });
  const entityLabel = (type: string) => {
    const known = pick(AUDIT_ENTITY_TYPES, type);
    return known ? t(`audit.entityTypes.${known}`) : type;
  };

  const columns: Column<AuditEntry>[] = [
    { key: 'at', header: t('audit.fields.at'), render: (e) => fmt.dateTime(e.at), nowrap: true },
    {
      key: 'actor',
      header: t('audit.fields.actor'),
      render: (e) => e.actorEmail ?? t('audit.system'),
    },
    {
      key: 'action',
      header: t('audit.fields.action'),
      render: (e) => <Code>{e.action}</Code>,
    },
    {
      key: 'entity',
      header: t('audit.fields.entityType'),
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{entityLabel(e.entityType)}</Text>
          {e.entityId ? (
            <Text size="xs" c="dimmed" ff="monospace">
              {e.entityId}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'ip', header: t('audit.fields.ip'), render: (e) => e.ip ?? '—', nowrap: true },
  ];

  return (
    <>
      <PageHeader title={t('audit.title')} subtitle={t('audit.subtitle')} />
      <ListToolbar
        q={search.q}
        onSearch={(q) => set({ q })}
        searchLabel={t('audit.searchLabel')}
        onReset={() => void navigate({ search: {} })}
      >
        <FilterSelect
          label={t('audit.fields.entityType')}
          value={search.entityType}
          options={AUDIT_ENTITY_TYPES.map((v) => ({ value: v, label: entityLabel(v) }))}
          onChange={(v) => set({ entityType: pick(AUDIT_ENTITY_TYPES, v) })}
        />
        <FilterSelect
          label={t('audit.fields.action')}
          value={search.action}
          options={AUDIT_ACTIONS.map((v) => ({ value: v, label: v }))}
          onChange={(action) => set({ action })}
        />
        <EntityIdFilter value={search.entityId} onChange={(entityId) => set({ entityId })} />
      </ListToolbar>
      <DataTable
        caption={t('audit.caption')}
        testId="audit-table"
        columns={columns}
        rows={query.data?.items}
        rowKey={(e) => String(e.id)}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        renderDetail={(e) => <AuditDiff entry={e} />}
      />
    </>
  );
}

/** Exact id filter, applied on Enter or when leaving the field (ids are long; no live search). */
function EntityIdFilter(props: {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.value ?? '');
  useEffect(() => setValue(props.value ?? ''), [props.value]);
  const apply = () => props.onChange(value.trim() || undefined);
  return (
    <TextInput
      label={t('audit.fields.entityId')}
      value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(e) => {
        if (e.key === 'Enter') apply();
      }}
      style={{ flex: '0 1 16rem' }}
    />
  );
}

function json(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, null, 2);
}

function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const parts = [
    { key: 'before', label: t('audit.fields.before'), text: json(entry.before) },
    { key: 'after', label: t('audit.fields.after'), text: json(entry.after) },
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="audit-diff">
      {parts.map((p) => (
        <Stack key={p.key} gap={4}>
          <Text size="sm" fw={700}>
            {p.label}
          </Text>
          {p.text ? (
            <Code block className="json-block">
              {p.text}
            </Code>
          ) : (
            <Text size="sm">{t('audit.empty')}</Text>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
