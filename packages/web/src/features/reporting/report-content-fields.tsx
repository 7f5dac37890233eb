import { NativeSelect, NumberInput, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { IndicatorDirection, ProgressReportContent } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { RegionsField } from './region-names.js';

export type ContentValues = {
  realisedValue: number | string;
  realisedBudget: number | string;
  narrative: string;
  kendala: string;
  tindakLanjut: string;
  regionCodes: string[];
};

export function contentValues(r?: Partial<ProgressReportContent>): ContentValues {
  return {
    realisedValue: r?.realisedValue ?? '',
    realisedBudget: r?.realisedBudget ?? '',
    narrative: r?.narrative ?? '',
    kendala: r?.kendala ?? '',
    tindakLanjut: r?.tindakLanjut ?? '',
    regionCodes: r?.regionCodes ?? [],
  };
}

const toNumber = (v: number | string): number | null =>
  v === '' ? null : typeof v === 'number' ? v : Number(v);

/** Form values → ProgressReportContent (an empty number is "not filled in yet": null). */
export function contentInput(v: ContentValues) {
  return {
    realisedValue: toNumber(v.realisedValue),
    realisedBudget: toNumber(v.realisedBudget),
    narrative: v.narrative,
    kendala: v.kendala,
    tindakLanjut: v.tindakLanjut,
    regionCodes: v.regionCodes,
  };
}

type Props = {
  form: UseFormReturnType<ContentValues>;
  unit: string;
  direction: IndicatorDirection;
};

/** What a reporter fills in: realisation, budget spent, what was done, kendala, tindak lanjut. */
export function ReportContentFields({ form, unit, direction }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const separators = en
    ? { thousandSeparator: ',', decimalSeparator: '.' }
    : { thousandSeparator: '.', decimalSeparator: ',' };
  const regionError = Object.entries(form.errors).find(([k]) => k.startsWith('regionCodes'))?.[1];
  return (
    <Stack gap="md">
      {direction === 'yes_no' ? (
        <NativeSelect
          label={t('reporting.fields.realisedValue')}
          description={t('reporting.form.yesNoHint')}
          data={[
            { value: '', label: t('reporting.form.pick') },
            { value: '1', label: t('status.yes') },
            { value: '0', label: t('status.no') },
          ]}
          value={String(form.values.realisedValue)}
          onChange={(e) => {
            const v = e.currentTarget.value;
            form.setFieldValue('realisedValue', v === '' ? '' : Number(v));
          }}
          error={form.errors.realisedValue}
        />
      ) : (
        <NumberInput
          label={`${t('reporting.fields.realisedValue')} (${unit})`}
          description={t('reporting.form.cumulativeHint')}
          min={0}
          allowNegative={false}
          {...separators}
          {...form.getInputProps('realisedValue')}
        />
      )}
      <NumberInput
        label={t('reporting.fields.realisedBudget')}
        description={t('reporting.form.budgetHint')}
        min={0}
        allowNegative={false}
        allowDecimal={false}
        prefix="Rp "
        {...separators}
        {...form.getInputProps('realisedBudget')}
      />
      <Textarea
        label={t('reporting.fields.narrative')}
        description={t('reporting.form.narrativeHint')}
        autosize
        minRows={4}
        maxRows={14}
        {...form.getInputProps('narrative')}
      />
      <Textarea
        label={t('reporting.fields.kendala')}
        autosize
        minRows={2}
        maxRows={10}
        {...form.getInputProps('kendala')}
      />
      <Textarea
        label={t('reporting.fields.tindakLanjut')}
        autosize
        minRows={2}
        maxRows={10}
        {...form.getInputProps('tindakLanjut')}
      />
      <RegionsField
        label={t('reporting.fields.regions')}
        description={t('reporting.form.regionsHint')}
        value={form.values.regionCodes}
        onChange={(codes) => form.setFieldValue('regionCodes', codes)}
        error={regionError}
      />
    </Stack>
  );
}
