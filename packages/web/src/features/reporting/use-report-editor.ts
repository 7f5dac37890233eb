import { useForm } from '@mantine/form';
import { ProgressReportContent } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/client.js';
import { currentLang } from '../../app/i18n/index.js';
import { errorMessage } from '../../shared/query-state.js';
import { zodErrors } from '../../shared/use-schema-form.js';
import { reportKeys, reportsApi } from './api.js';
import { type ContentValues, contentInput, contentValues } from './report-content-fields.js';
import type { ReportDetail } from './types.js';

export type ReportEditor = ReturnType<typeof useReportEditor>;

/**
 * The editable content of a draft or returned report. Saves send the version the user loaded;
 * when someone else saved in between the server answers 409, and the form then reloads the
 * current report (the user is told, and makes the change again on what is there now).
 */
export function useReportEditor(report: ReportDetail) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<ContentValues>({
    mode: 'controlled',
    initialValues: contentValues(report),
    clearInputErrorOnChange: true,
    validate: (values) => zodErrors(ProgressReportContent, contentInput(values), currentLang()),
  });

  // a newer version from the server (a transition, an upload, a reload) replaces an untouched form
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new version resets the form
  useEffect(() => {
    if (!form.isDirty()) {
      form.setValues(contentValues(report));
      form.resetDirty(contentValues(report));
    }
  }, [report.version]);

  /** Saves the form if it changed; false when it could not be saved (errors are shown). */
  async function save(): Promise<boolean> {
    setFormError(null);
    setConflict(null);
    if (!report.may.edit || !form.isDirty()) return true;
    if (form.validate().hasErrors) {
      setFormError(t('errors.formInvalid'));
      return false;
    }
    setSaving(true);
    try {
      const saved = await reportsApi.update(report.id, {
        version: report.version,
        ...contentInput(form.values),
      });
      form.resetDirty(contentValues(saved));
      form.setValues(contentValues(saved));
      queryClient.setQueryData(reportKeys.detail(report.id), saved);
      void queryClient.invalidateQueries({ queryKey: reportKeys.lists });
      return true;
    } catch (e) {
      if (isApiError(e) && e.status === 409) {
        const fresh = await queryClient.fetchQuery({
          queryKey: reportKeys.detail(report.id),
          queryFn: () => reportsApi.reload(report.id),
          staleTime: 0,
        });
        form.setValues(contentValues(fresh));
        form.resetDirty(contentValues(fresh));
        // said once the current version is on screen, so the message describes what is shown
        setConflict(e.message);
      } else if (isApiError(e) && e.fields.length > 0) {
        form.setErrors(Object.fromEntries(e.fields.map((f) => [f.path, f.message])));
        setFormError(e.message);
      } else setFormError(errorMessage(e));
      return false;
    } finally {
      setSaving(false);
    }
  }

  return { form, save, saving, formError, conflict, dismissConflict: () => setConflict(null) };
}
