import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { usePicklistLabel } from './picklist-label.js';

type Sample = Record<string, unknown>;

/** A sample value as text: lists joined, events as "type date place", nothing as a dash. */
function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : '—';
  if (typeof value === 'object') {
    const e = value as Record<string, unknown>;
    if ('eventType' in e)
      return [e.eventType, e.occurredOn, e.regionCode ?? e.countryCode]
        .filter((x) => x !== null && x !== undefined && x !== '')
        .map(String)
        .join(' ');
    return JSON.stringify(value);
  }
  return String(value);
}

const victimOf = (row: Sample): Sample =>
  row.victim && typeof row.victim === 'object' ? (row.victim as Sample) : {};

/**
 * The first rows as they would be written, identifying values masked by the server (S••• A•••),
 * so the user checks that the columns landed where they belong without seeing anyone's data.
 */
export function BatchSample({ rows }: { rows: Sample[] }) {
  const { t } = useTranslation();
  const label = usePicklistLabel();
  const code = (list: string, v: unknown): string =>
    typeof v === 'string' && v
      ? label(list, v)
      : Array.isArray(v)
        ? v.map((x) => code(list, x)).join(', ') || '—'
        : show(v);
  const columns: Column<Sample>[] = [
    { key: 'row', header: t('caseImport.errors.row'), nowrap: true, render: (r) => show(r.row) },
    {
      key: 'id',
      header: t('caseImport.sample.sourceRecordId'),
      nowrap: true,
      render: (r) => show(r.sourceRecordId),
    },
    {
      key: 'reported',
      header: t('caseImport.sample.reportedOn'),
      nowrap: true,
      render: (r) => show(r.reportedOn),
    },
    {
      key: 'status',
      header: t('caseImport.sample.status'),
      render: (r) => code('case_status', r.status),
    },
    { key: 'name', header: t('caseImport.sample.name'), render: (r) => show(victimOf(r).name) },
    { key: 'sex', header: t('caseImport.sample.sex'), render: (r) => code('sex', victimOf(r).sex) },
    {
      key: 'age',
      header: t('caseImport.sample.age'),
      nowrap: true,
      render: (r) => {
        const v = victimOf(r);
        return v.ageAtIdentification !== undefined && v.ageAtIdentification !== null
          ? show(v.ageAtIdentification)
          : show(v.birthDate);
      },
    },
    {
      key: 'citizenship',
      header: t('caseImport.sample.citizenship'),
      render: (r) => show(victimOf(r).citizenship),
    },
    {
      key: 'exploitation',
      header: t('caseImport.sample.exploitation'),
      render: (r) => code('exploitation_type', r.exploitationTypes),
    },
    { key: 'events', header: t('caseImport.sample.events'), render: (r) => show(r.events) },
  ];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sample-heading">
      <Title order={2} size="h4" id="sample-heading" mb={4}>
        {t('caseImport.sample.heading', { count: rows.length })}
      </Title>
      <Text size="sm" mb="sm">
        {t('caseImport.sample.intro')}
      </Text>
      <DataTable
        caption={t('caseImport.sample.heading', { count: rows.length })}
        columns={columns}
        rows={rows}
        rowKey={(r) => show(r.row)}
        testId="import-sample"
      />
    </Paper>
  );
}
