import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ImportInspection, ImportTemplateView } from '@sigap/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/client.js';
import { FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { notifySuccess } from '../../shared/notify.js';
import { errorMessage } from '../../shared/query-state.js';
import { importApi, importKeys } from './api.js';
import { CodeMapEditor } from './code-map-editor.js';
import { ColumnMapEditor } from './column-map-editor.js';
import { SampleFile } from './sample-file.js';
import {
  inputOf,
  REQUIRED_FIELDS,
  SOURCE_SYSTEM_PATTERN,
  type TemplateDraft,
} from './template-draft.js';
import { TemplateOptions } from './template-options.js';

type Props = {
  initial: TemplateDraft;
  /** The saved template being changed; absent for a new one. */
  template?: ImportTemplateView;
  readOnly: boolean;
};

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h4" id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.children}
    </Paper>
  );
}

/** Templat pemetaan: basics, how the file is read, a sample file, columns, codes. */
export function TemplateEditor({ initial, template, readOnly }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(initial);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [suggested, setSuggested] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      template
        ? importApi.updateTemplate(template.id, inputOf(draft))
        : importApi.createTemplate(inputOf(draft)),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: importKeys.templates });
      notifySuccess(t('caseImport.editor.saved', { name: saved.name }));
      if (!template) await navigate({ to: '/case-imports/new', search: { templateId: saved.id } });
    },
    onError: (e) => {
      setFormError(errorMessage(e));
      if (isApiError(e)) setErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.message])));
    },
  });

  function read(inspection: ImportInspection) {
    setHeaders(inspection.headers);
    const added = new Set<string>();
    const columnMap = { ...draft.columnMap };
    for (const [field, header] of Object.entries(inspection.suggestedColumnMap))
      if (!columnMap[field]?.length) {
        columnMap[field] = [header];
        added.add(field);
        clearError(`columnMap.${field}`);
      }
    setDraft({ ...draft, columnMap });
    setSuggested(added);
  }

  const clearError = (path: string) =>
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _gone, ...rest } = e;
      return rest;
    });

  function setColumn(field: string, next: string[]) {
    setDraft((d) => ({ ...d, columnMap: { ...d.columnMap, [field]: next } }));
    clearError(`columnMap.${field}`);
    setSuggested((s) => new Set([...s].filter((x) => x !== field)));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (!draft.name.trim()) next.name = t('caseImport.editor.nameRequired');
    if (!SOURCE_SYSTEM_PATTERN.test(draft.sourceSystem.trim()))
      next.sourceSystem = t('caseImport.editor.sourceSystemInvalid');
    for (const key of REQUIRED_FIELDS)
      if (!draft.columnMap[key]?.some((h) => h.trim()))
        next[`columnMap.${key}`] = t('caseImport.editor.requiredField');
    setErrors(next);
    if (Object.keys(next).length) return setFormError(t('errors.formInvalid'));
    setFormError(null);
    save.mutate();
  }

  return (
    <form onSubmit={submit} noValidate data-testid="template-form">
      <Stack gap="lg">
        <Section id="tpl-basics" title={t('caseImport.editor.basics')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('caseImport.fields.templateName')}
              value={draft.name}
              onChange={(e) => {
                setDraft({ ...draft, name: e.currentTarget.value });
                clearError('name');
              }}
              error={errors.name}
              required
              maxLength={120}
              readOnly={readOnly}
              data-testid="template-name"
            />
            <TextInput
              label={t('caseImport.fields.sourceSystem')}
              description={t('caseImport.editor.sourceSystemHint')}
              value={draft.sourceSystem}
              onChange={(e) => {
                setDraft({ ...draft, sourceSystem: e.currentTarget.value });
                clearError('sourceSystem');
              }}
              error={errors.sourceSystem}
              required
              maxLength={60}
              readOnly={readOnly}
              data-testid="template-source"
            />
          </SimpleGrid>
        </Section>
        <Section id="tpl-options" title={t('caseImport.editor.reading')}>
          <TemplateOptions
            options={draft.options}
            onChange={(options) => setDraft({ ...draft, options })}
            readOnly={readOnly}
          />
        </Section>
        {readOnly ? null : (
          <Section id="tpl-sample" title={t('caseImport.sampleFile.heading')}>
            <SampleFile
              headerRow={draft.options.headerRow}
              sheet={draft.options.sheet}
              onRead={read}
            />
          </Section>
        )}
        <Section id="tpl-columns" title={t('caseImport.editor.columns')}>
          <Text size="sm" mb="sm">
            {headers
              ? t('caseImport.editor.columnsFromFile', { count: headers.length })
              : t('caseImport.editor.columnsTyped')}
          </Text>
          <ColumnMapEditor
            columnMap={draft.columnMap}
            headers={headers}
            suggested={suggested}
            errors={errors}
            onChange={setColumn}
            readOnly={readOnly}
          />
        </Section>
        <Section id="tpl-codes" title={t('caseImport.codes.heading')}>
          <CodeMapEditor
            codeMap={draft.codeMap}
            errors={errors}
            onChange={(list, rows) =>
              setDraft((d) => ({ ...d, codeMap: { ...d.codeMap, [list]: rows } }))
            }
            readOnly={readOnly}
          />
        </Section>
        {readOnly ? null : (
          <>
            <FormError
              message={Object.keys(errors).length > 0 || save.isError ? formError : null}
            />
            <Group>
              <Button type="submit" loading={save.isPending} data-testid="save-template">
                {template ? t('actions.save') : t('caseImport.editor.create')}
              </Button>
              {template ? (
                <Text size="sm" c="dimmed">
                  {t('caseImport.editor.lastSaved', { date: fmt.dateTime(template.updatedAt) })}
                </Text>
              ) : null}
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
