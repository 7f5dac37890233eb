import { Checkbox, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { SERVICE_UNIT_KINDS, type ServiceUnitView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { orNull } from '../../shared/form-parts.js';
import { useOptions } from '../../shared/option-lists.js';
import { pick } from '../../shared/search.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { RegionPicker } from '../regions/region-picker.js';

export type ServiceUnitFormValues = {
  name: string;
  kind: string;
  regionCode: string | null;
  institutionId: string;
  address: string;
  phone: string;
  capacity: number | string;
  active: boolean;
};

export const EMPTY_SERVICE_UNIT: ServiceUnitFormValues = {
  name: '',
  kind: '',
  regionCode: null,
  institutionId: '',
  address: '',
  phone: '',
  capacity: '',
  active: true,
};

export function valuesFromUnit(u: ServiceUnitView): ServiceUnitFormValues {
  return {
    name: u.name,
    kind: u.kind,
    regionCode: u.regionCode,
    institutionId: u.institution?.id ?? '',
    address: u.address ?? '',
    phone: u.phone ?? '',
    capacity: u.capacity ?? '',
    active: u.active,
  };
}

/** Form values → the body ServiceUnitCreate/ServiceUnitUpdate expect. */
export function serviceUnitInput(v: ServiceUnitFormValues) {
  return {
    name: v.name,
    kind: pick(SERVICE_UNIT_KINDS, v.kind),
    regionCode: v.regionCode ?? undefined,
    institutionId: v.institutionId || null,
    address: orNull(v.address),
    phone: orNull(v.phone),
    capacity: typeof v.capacity === 'number' ? v.capacity : null,
  };
}

type Props = { form: UseFormReturnType<ServiceUnitFormValues>; withActive?: boolean };

export function ServiceUnitFields({ form, withActive }: Props) {
  const { t } = useTranslation();
  const options = useOptions();
  return (
    <>
      <TextInput label={t('serviceUnits.fields.name')} required {...form.getInputProps('name')} />
      <NativeSelect
        label={t('serviceUnits.fields.kind')}
        required
        data={[{ value: '', label: t('serviceUnits.pickKind') }, ...options.serviceUnitKinds]}
        {...form.getInputProps('kind')}
      />
      <RegionPicker
        mode="province-or-regency"
        value={form.values.regionCode}
        onChange={(code) => form.setFieldValue('regionCode', code)}
        error={form.errors.regionCode}
        required
      />
      <InstitutionSelect
        label={t('serviceUnits.fields.institution')}
        emptyLabel={t('serviceUnits.fields.noInstitution')}
        value={form.values.institutionId}
        onChange={(id) => form.setFieldValue('institutionId', id)}
        error={form.errors.institutionId}
      />
      <TextInput label={t('serviceUnits.fields.address')} {...form.getInputProps('address')} />
      <TextInput
        label={t('serviceUnits.fields.phone')}
        type="tel"
        {...form.getInputProps('phone')}
      />
      <NumberInput
        label={t('serviceUnits.fields.capacity')}
        min={0}
        max={100000}
        allowDecimal={false}
        allowNegative={false}
        hideControls
        {...form.getInputProps('capacity')}
      />
      {withActive ? (
        <Checkbox
          label={t('serviceUnits.fields.active')}
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
      ) : null}
    </>
  );
}
