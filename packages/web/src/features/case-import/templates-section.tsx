import { Group, Paper, Text, Title } from '@mantine/core';
import type { ImportTemplateView } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { importApi, importKeys, templatesQuery } from './api.js';
import { useTemplateEditable } from './template-access.js';

/** Templat pemetaan: one per source system, reused for every file it sends. */
export function TemplatesSection() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useQuery(templatesQuery);
  const queryClient = useQueryClient();
  const editable = useTemplateEditable();

  async function remove(template: ImportTemplateView) {
    await importApi.deleteTemplate(template.id);
    await queryClient.invalidateQueries({ queryKey: importKeys.templates });
    notifySuccess(t('caseImport.templates.deleted', { name: template.name }));
  }

  const columns: Column<ImportTemplateView>[] = [
    {
      key: 'name',
      header: t('caseImport.fields.templateName'),
      render: (tpl) => (
        <Group gap={6}>
          <AnchorLink to="/case-imports/templates/$templateId" params={{ templateId: tpl.id }}>
            {tpl.name}
          </AnchorLink>
          {tpl.builtIn ? (
            <StatusBadge tone="info">{t('caseImport.templates.builtIn')}</StatusBadge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'source',
      header: t('caseImport.fields.sourceSystem'),
      nowrap: true,
      render: (tpl) => tpl.sourceSystem,
    },
    {
      key: 'fields',
      header: t('caseImport.templates.mapped'),
      nowrap: true,
      render: (tpl) => Object.keys(tpl.columnMap).length,
    },
    {
      key: 'updated',
      header: t('caseImport.fields.updatedAt'),
      nowrap: true,
      render: (tpl) => fmt.dateTime(tpl.updatedAt),
    },
    {
      key: 'actions',
      header: t('caseImport.fields.actions'),
      render: (tpl) => (
        <Group gap={6} wrap="nowrap">
          <ButtonLink
            size="xs"
            variant="default"
            to="/case-imports/new"
            search={{ templateId: tpl.id }}
            aria-label={t('caseImport.templates.useFor', { name: tpl.name })}
          >
            {t('caseImport.templates.use')}
          </ButtonLink>
          <ButtonLink
            size="xs"
            variant="default"
            to="/case-imports/templates/new"
            search={{ copyOf: tpl.id }}
            aria-label={t('caseImport.templates.copyOf', { name: tpl.name })}
          >
            {t('caseImport.templates.copy')}
          </ButtonLink>
          {editable(tpl) ? (
            <ConfirmButton
              size="xs"
              danger
              message={t('caseImport.templates.deleteConfirm', { name: tpl.name })}
              onConfirm={() => remove(tpl)}
              aria-label={t('caseImport.templates.deleteOf', { name: tpl.name })}
              confirmLabel={t('caseImport.templates.delete')}
            >
              {t('caseImport.templates.delete')}
            </ConfirmButton>
          ) : null}
        </Group>
      ),
    },
  ];

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="templates-heading">
      <Group justify="space-between" mb={4} gap="xs">
        <Title order={2} size="h3" id="templates-heading">
          {t('caseImport.templates.heading')}
        </Title>
        <ButtonLink
          size="xs"
          variant="default"
          to="/case-imports/templates/new"
          search={{}}
          leftSection={<IconPlus size={14} aria-hidden="true" />}
        >
          {t('caseImport.templates.new')}
        </ButtonLink>
      </Group>
      <Text size="sm" mb="sm">
        {t('caseImport.templates.intro')}
      </Text>
      <DataTable
        caption={t('caseImport.templates.heading')}
        columns={columns}
        rows={query.data?.items}
        rowKey={(tpl) => tpl.id}
        error={query.error}
        onRetry={() => void query.refetch()}
        testId="templates-table"
      />
    </Paper>
  );
}
