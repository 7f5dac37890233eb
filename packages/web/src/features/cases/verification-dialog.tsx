import { Radio, Stack, Textarea } from '@mantine/core';
import { VERIFICATION_STATES, VerificationRequest, type VerificationState } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { orNull } from '../../shared/form-parts.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { casesApi } from './api.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';

type Props = {
  caseId: string;
  /** A person of the case, or the case itself when absent. */
  personId?: string;
  /** What is verified, for the title ("Kasus 2024-…", "Korban 1"). */
  subject: string;
  current: VerificationState;
  onClose: () => void;
};

/** Verifikasi by the PIC data: verified, rejected with a reason, or back to unverified. */
export function VerificationDialog({ caseId, personId, subject, current, onClose }: Props) {
  const { t } = useTranslation();
  const written = useCaseWritten(caseId, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      state: current === 'unverified' ? 'verified' : current,
      reason: '',
    } as { state: string; reason: string },
    schema: VerificationRequest,
    toInput: (v) => ({ state: v.state, reason: orNull(v.reason) }),
  });
  return (
    <FormDialog
      title={t('cases.verify.title', { subject })}
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="verification-form"
      onSubmit={onSubmit(async (payload) => {
        if (personId) await casesApi.verifyPerson(personId, payload);
        else await casesApi.verifyCase(caseId, payload);
        await written(null, t('cases.verify.done'));
      })}
    >
      <Radio.Group label={t('cases.verify.state')} required {...form.getInputProps('state')}>
        <Stack gap={6} mt={6}>
          {VERIFICATION_STATES.map((s) => (
            <Radio key={s} value={s} label={t(`cases.verify.choice.${s}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('cases.verify.reason')}
        description={t('cases.verify.reasonHint')}
        required={form.values.state === 'rejected'}
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
      />
    </FormDialog>
  );
}
