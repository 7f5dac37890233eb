import { NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import {
  type CaseDetail,
  LegalStepCreate,
  LegalStepUpdate,
  type LegalStepView,
} from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { orNull } from '../../shared/form-parts.js';
import { todayIso } from '../../shared/format.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { casesApi } from './api.js';
import { numberOrNull } from './form-binding.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';
import { useFieldLabel, usePicklists } from './reference.js';

type Values = {
  step: string;
  occurredOn: string;
  institutionId: string;
  referenceNumber: string;
  details: string;
  sentenceMonths: number | string;
  amount: number | string;
};

function toInput(v: Values) {
  return {
    step: v.step,
    occurredOn: v.occurredOn,
    institutionId: v.institutionId || null,
    referenceNumber: orNull(v.referenceNumber),
    details: orNull(v.details),
    sentenceMonths: numberOrNull(v.sentenceMonths),
    amount: numberOrNull(v.amount),
  };
}

type Props = { c: CaseDetail; step: LegalStepView | null; onClose: () => void };

/** Proses hukum: police report, investigation, prosecution, verdict, sentence, restitution. */
export function LegalStepDialog({ c, step, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const written = useCaseWritten(c.id, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      step: step?.step.code ?? '',
      occurredOn: step?.occurredOn ?? '',
      institutionId: step?.institution?.id ?? '',
      referenceNumber: step?.referenceNumber ?? '',
      details: step?.details ?? '',
      sentenceMonths: step?.sentenceMonths ?? '',
      amount: step?.amount ?? '',
    } as Values,
    // a new step needs its kind and date; a change may leave them as they are
    schema: step ? LegalStepUpdate : (LegalStepCreate as z.ZodType<LegalStepUpdate>),
    toInput,
  });
  const separators =
    i18n.language === 'en'
      ? { thousandSeparator: ',', decimalSeparator: '.' }
      : { thousandSeparator: '.', decimalSeparator: ',' };
  return (
    <FormDialog
      title={step ? t('cases.legal.edit') : t('cases.legal.add')}
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="legal-step-form"
      onSubmit={onSubmit(async (payload) => {
        if (step) await written(await casesApi.updateRecord(c.id, 'legal-steps', step.id, payload));
        else {
          const res = await casesApi.addRecord(c.id, 'legal-steps', payload);
          await written(res.case, t('form.created'));
        }
      })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={label('legalStep', 'step')}
          required
          data={[
            { value: '', label: t('cases.form.pick') },
            ...picklists.options('legal_step', step?.step.code ?? null),
          ]}
          {...form.getInputProps('step')}
        />
        <TextInput
          type="date"
          label={label('legalStep', 'occurredOn')}
          required
          max={todayIso()}
          {...form.getInputProps('occurredOn')}
        />
      </SimpleGrid>
      <InstitutionSelect
        label={label('legalStep', 'institutionId')}
        emptyLabel={t('cases.form.notRecorded')}
        value={form.values.institutionId}
        onChange={(id) => form.setFieldValue('institutionId', id)}
        error={form.errors.institutionId}
      />
      <TextInput
        label={label('legalStep', 'referenceNumber')}
        {...form.getInputProps('referenceNumber')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label={label('legalStep', 'sentenceMonths')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('sentenceMonths')}
        />
        <NumberInput
          label={label('legalStep', 'amount')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          prefix="Rp "
          {...separators}
          {...form.getInputProps('amount')}
        />
      </SimpleGrid>
      <Textarea
        label={label('legalStep', 'details')}
        description={t('cases.form.noNamesHint')}
        autosize
        minRows={2}
        {...form.getInputProps('details')}
      />
    </FormDialog>
  );
}
