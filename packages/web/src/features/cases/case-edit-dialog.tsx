import { type CaseDetail, CaseUpdate } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../app/api/client.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { caseKeys, casesApi } from './api.js';
import { CaseFields } from './case-fields.js';
import { type CaseValues, caseInput, caseValues } from './case-values.js';
import { bindFields } from './form-binding.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';

/**
 * Changes a case's own fields. The version it was loaded at goes along: when someone changed
 * the case meanwhile the server refuses (409) and says to reload, instead of overwriting.
 */
export function CaseEditDialog({ c, onClose }: { c: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const written = useCaseWritten(c.id, onClose);
  // The version the form was filled from, kept even when the page reloads the case behind it.
  const [version] = useState(c.version);
  const [initial] = useState(() => caseValues(c));
  const summaryHidden = c.identity === 'masked' && c.hasSummary;
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: initial as CaseValues,
    schema: CaseUpdate,
    toInput: (v) => ({
      ...caseInput(v),
      // a sealed summary not shown is sent only when the user typed a new one
      ...(v.summary.trim() !== initial.summary.trim() ? { summary: v.summary.trim() || null } : {}),
      version,
    }),
  });
  return (
    <FormDialog
      title={t('cases.edit.title', { number: c.caseNumber })}
      size="xl"
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="case-edit-form"
      onSubmit={onSubmit(async (payload) => {
        try {
          await written(await casesApi.update(c.id, payload));
        } catch (e) {
          // Changed meanwhile: the page reloads the case; this form keeps its version (and so
          // keeps being refused) until the user closes it and starts from the current case.
          if (isApiError(e) && e.status === 409)
            void queryClient.invalidateQueries({ queryKey: caseKeys.details(c.id) });
          throw e;
        }
      })}
    >
      <CaseFields bound={bindFields(form, '', form.values)} summaryHidden={summaryHidden} />
    </FormDialog>
  );
}
