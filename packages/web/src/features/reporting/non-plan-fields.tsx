import { NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { BUDGET_SOURCE_LABELS, BUDGET_SOURCES } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { useFormat } from '../../shared/format.js';
import { useOptions } from '../../shared/option-lists.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { RegionsField } from './region-names.js';
import type { NonPlanActivityView } from './types.js';

export type NonPlanValues = {
  institutionId: string;
  strategy: string;
  title: string;
  startsOn: string;
  endsOn: string;
  narrative: string;
  regionCodes: string[];
  realisedBudget: number | string;
  budgetSource: string;
};

export function nonPlanValues(a?: NonPlanActivityView): NonPlanValues {
  return {
    institutionId: a?.institution.id ?? '',
    strategy: a?.strategy ?? '',
    title: a?.title ?? '',
    startsOn: a?.startsOn ?? '',
    endsOn: a?.endsOn ?? '',
    narrative: a?.narrative ?? '',
    regionCodes: a?.regionCodes ?? [],
    realisedBudget: a?.realisedBudget ?? '',
    budgetSource: a?.budgetSource ?? '',
  };
}

/** Form values → NonPlanActivityInput; an empty institution is "my own" (the server's default). */
export function nonPlanInput(v: NonPlanValues) {
  return {
    ...(v.institutionId ? { institutionId: v.institutionId } : {}),
    strategy: v.strategy === '' ? undefined : v.strategy,
    title: v.title,
    startsOn: v.startsOn,
    endsOn: v.endsOn === '' ? null : v.endsOn,
    narrative: v.narrative,
    regionCodes: v.regionCodes,
    realisedBudget: v.realisedBudget === '' ? null : Number(v.realisedBudget),
    budgetSource: v.budgetSource === '' ? null : v.budgetSource,
  };
}

/** Kegiatan non-RAN: what was done outside the plan, under which strategy, where, at what cost. */
export function NonPlanFields({ form }: { form: UseFormReturnType<NonPlanValues> }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const fmt = useFormat();
  const options = useOptions();
  const separators =
    i18n.language === 'en'
      ? { thousandSeparator: ',', decimalSeparator: '.' }
      : { thousandSeparator: '.', decimalSeparator: ',' };
  const regionError = Object.entries(form.errors).find(([k]) => k.startsWith('regionCodes'))?.[1];
  return (
    <>
      {me.user.role === 'admin' ? (
        <InstitutionSelect
          label={t('reporting.fields.institution')}
          emptyLabel={t('reporting.nonPlan.ownInstitution', { name: me.user.institution.name })}
          value={form.values.institutionId}
          onChange={(id) => form.setFieldValue('institutionId', id)}
          error={form.errors.institutionId}
        />
      ) : null}
      <TextInput
        label={t('reporting.nonPlan.fields.title')}
        required
        {...form.getInputProps('title')}
      />
      <NativeSelect
        label={t('reporting.fields.strategy')}
        required
        data={[{ value: '', label: t('reporting.form.pick') }, ...options.strategies]}
        {...form.getInputProps('strategy')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput
          type="date"
          label={t('reporting.nonPlan.fields.startsOn')}
          required
          {...form.getInputProps('startsOn')}
        />
        <TextInput
          type="date"
          label={t('reporting.nonPlan.fields.endsOn')}
          description={t('reporting.nonPlan.fields.endsOnHint')}
          {...form.getInputProps('endsOn')}
        />
      </SimpleGrid>
      <Textarea
        label={t('reporting.fields.narrative')}
        required
        autosize
        minRows={4}
        maxRows={14}
        {...form.getInputProps('narrative')}
      />
      <RegionsField
        label={t('reporting.fields.regions')}
        description={t('reporting.nonPlan.fields.regionsHint')}
        value={form.values.regionCodes}
        onChange={(codes) => form.setFieldValue('regionCodes', codes)}
        error={regionError}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NumberInput
          label={t('reporting.fields.realisedBudget')}
          min={0}
          allowNegative={false}
          allowDecimal={false}
          prefix="Rp "
          {...separators}
          {...form.getInputProps('realisedBudget')}
        />
        <NativeSelect
          label={t('reporting.nonPlan.fields.budgetSource')}
          data={[
            { value: '', label: t('reporting.nonPlan.fields.noSource') },
            ...BUDGET_SOURCES.map((s) => ({ value: s, label: fmt.bi(BUDGET_SOURCE_LABELS[s]) })),
          ]}
          {...form.getInputProps('budgetSource')}
        />
      </SimpleGrid>
    </>
  );
}
