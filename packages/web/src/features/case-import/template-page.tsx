import { Alert, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { templateQuery } from './api.js';
import { ImportSteps } from './import-steps.js';
import { useTemplateEditable } from './template-access.js';
import { draftOf, emptyDraft } from './template-draft.js';
import { TemplateEditor } from './template-editor.js';

const newRoute = getRouteApi('/app/case-imports/templates/new');
const editRoute = getRouteApi('/app/case-imports/templates/$templateId');

function Back() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/case-imports" search={{}}>
      ← {t('caseImport.title')}
    </AnchorLink>
  );
}

export function NewTemplatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.import" title={t('caseImport.editor.newTitle')}>
      <NewTemplate />
    </RequirePermission>
  );
}

function NewTemplate() {
  const { t } = useTranslation();
  const { copyOf } = newRoute.useSearch();
  const source = useQuery({ ...templateQuery(copyOf ?? ''), enabled: copyOf !== undefined });
  const header = (
    <PageHeader
      title={t('caseImport.editor.newTitle')}
      subtitle={
        source.data
          ? t('caseImport.editor.copySubtitle', { name: source.data.name })
          : t('caseImport.editor.newSubtitle')
      }
      back={<Back />}
    />
  );
  if (copyOf && source.isError)
    return (
      <>
        {header}
        <ErrorState error={source.error} onRetry={() => void source.refetch()} />
      </>
    );
  if (copyOf && !source.data)
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  return (
    <>
      {header}
      <ImportSteps current="template" />
      <TemplateEditor
        key={copyOf ?? 'new'}
        initial={source.data ? draftOf(source.data, true) : emptyDraft()}
        readOnly={false}
      />
    </>
  );
}

export function EditTemplatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.import" title={t('caseImport.editor.title')}>
      <EditTemplate />
    </RequirePermission>
  );
}

function EditTemplate() {
  const { t } = useTranslation();
  const { templateId } = editRoute.useParams();
  const query = useQuery(templateQuery(templateId));
  const editable = useTemplateEditable();
  if (query.isError)
    return (
      <>
        <PageHeader title={t('caseImport.editor.title')} back={<Back />} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  if (!query.data)
    return (
      <>
        <PageHeader title={t('caseImport.editor.title')} back={<Back />} />
        <LoadingState />
      </>
    );
  const tpl = query.data;
  const readOnly = !editable(tpl);
  return (
    <>
      <PageHeader
        title={tpl.name}
        subtitle={t('caseImport.editor.subtitle', { source: tpl.sourceSystem })}
        back={<Back />}
        actions={
          <>
            <ButtonLink to="/case-imports/new" search={{ templateId: tpl.id }}>
              {t('caseImport.templates.use')}
            </ButtonLink>
            <ButtonLink
              variant="default"
              to="/case-imports/templates/new"
              search={{ copyOf: tpl.id }}
            >
              {t('caseImport.templates.copy')}
            </ButtonLink>
          </>
        }
      />
      {readOnly ? (
        <Alert
          color="blue"
          variant="light"
          mb="lg"
          icon={<IconInfoCircle aria-hidden="true" />}
          title={
            tpl.builtIn ? t('caseImport.editor.builtInTitle') : t('caseImport.editor.otherTitle')
          }
        >
          <Text size="sm" c="black">
            {tpl.builtIn ? t('caseImport.editor.builtInBody') : t('caseImport.editor.otherBody')}
          </Text>
        </Alert>
      ) : null}
      <TemplateEditor
        key={tpl.updatedAt}
        initial={draftOf(tpl)}
        template={tpl}
        readOnly={readOnly}
      />
    </>
  );
}
