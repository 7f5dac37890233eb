import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { notifySuccess } from '../../shared/notify.js';
import { ReportContentFields } from './report-content-fields.js';
import type { ReportDetail } from './types.js';
import type { ReportEditor } from './use-report-editor.js';

/** The reporter's form while the report is a draft or was returned. */
export function ReportEditForm({ report, editor }: { report: ReportDetail; editor: ReportEditor }) {
  const { t } = useTranslation();
  const { form } = editor;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="edit-heading">
      <Title order={2} size="h4" id="edit-heading" mb={4}>
        {t('reporting.detail.content')}
      </Title>
      <Text size="sm" mb="sm">
        {report.state === 'returned'
          ? t('reporting.edit.returnedIntro')
          : t('reporting.edit.draftIntro')}
      </Text>
      {editor.conflict ? (
        <Alert
          color="orange"
          variant="light"
          mb="md"
          title={t('reporting.edit.conflictTitle')}
          role="alert"
          withCloseButton
          closeButtonLabel={t('actions.close')}
          onClose={editor.dismissConflict}
          data-testid="edit-conflict"
        >
          <Text size="sm" c="black">
            {editor.conflict} {t('reporting.edit.reloaded')}
          </Text>
        </Alert>
      ) : null}
      <form
        noValidate
        data-testid="report-edit-form"
        aria-labelledby="edit-heading"
        onSubmit={(e) => {
          e.preventDefault();
          void editor.save().then((ok) => {
            if (ok) notifySuccess(t('form.saved'));
          });
        }}
      >
        <Stack gap="md">
          <ReportContentFields
            form={form}
            unit={report.indicator.unit}
            direction={report.indicator.direction}
          />
          <FormError message={editor.formError} />
          <Group justify="flex-end" gap="sm">
            {form.isDirty() ? (
              <Text size="xs" c="dimmed" role="status">
                {t('reporting.edit.unsaved')}
              </Text>
            ) : null}
            <Button type="submit" loading={editor.saving}>
              {t('reporting.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
