import { TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { orNull } from '../../shared/form-parts.js';

export type TaskForceFormValues = {
  level: string;
  regionCode: string | null;
  name: string;
  legalBasisNumber: string;
  legalBasisDate: string;
  legalBasisTitle: string;
  active: boolean;
};

/** Name and legal basis: the fields both the create and the edit form have. */
export function TaskForceBasisFields({ form }: { form: UseFormReturnType<TaskForceFormValues> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('taskForces.fields.name')} required {...form.getInputProps('name')} />
      <TextInput
        label={t('taskForces.fields.legalBasisNumber')}
        placeholder={t('taskForces.fields.legalBasisNumberHint')}
        required
        {...form.getInputProps('legalBasisNumber')}
      />
      <TextInput
        type="date"
        label={t('taskForces.fields.legalBasisDate')}
        required
        {...form.getInputProps('legalBasisDate')}
      />
      <TextInput
        label={`${t('taskForces.fields.legalBasisTitle')} (${t('form.optional')})`}
        {...form.getInputProps('legalBasisTitle')}
      />
    </>
  );
}

export function basisInput(v: TaskForceFormValues) {
  return {
    name: v.name,
    legalBasisNumber: v.legalBasisNumber,
    legalBasisDate: v.legalBasisDate,
    legalBasisTitle: orNull(v.legalBasisTitle),
  };
}
