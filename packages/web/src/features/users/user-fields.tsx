import { NativeSelect, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { SCOPE_LEVELS, type ScopeLevel } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useOptions } from '../../shared/option-lists.js';
import { pick } from '../../shared/search.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { RegionPicker } from '../regions/region-picker.js';

export type UserFormValues = {
  email: string;
  fullName: string;
  role: string;
  institutionId: string;
  scopeLevel: ScopeLevel;
  scopeRegionCode: string | null;
  password: string;
  mustChangePassword: boolean;
};

export const EMPTY_USER: UserFormValues = {
  email: '',
  fullName: '',
  role: '',
  institutionId: '',
  scopeLevel: 'national',
  scopeRegionCode: null,
  password: '',
  mustChangePassword: true,
};

/** Fields the create and edit forms share: who, which role, which institution, which scope. */
export function UserFields({ form }: { form: UseFormReturnType<UserFormValues> }) {
  const { t } = useTranslation();
  const options = useOptions();
  const { scopeLevel, scopeRegionCode } = form.values;
  return (
    <>
      <TextInput
        label={t('users.fields.fullName')}
        autoComplete="off"
        required
        {...form.getInputProps('fullName')}
      />
      <NativeSelect
        label={t('users.fields.role')}
        required
        data={[{ value: '', label: t('users.pickRole') }, ...options.roles]}
        {...form.getInputProps('role')}
      />
      <InstitutionSelect
        label={t('users.fields.institution')}
        required
        value={form.values.institutionId}
        onChange={(id) => form.setFieldValue('institutionId', id)}
        error={form.errors.institutionId}
      />
      <NativeSelect
        label={t('users.fields.scopeLevel')}
        required
        data={options.scopeLevels}
        value={scopeLevel}
        onChange={(e) => {
          form.setFieldValue('scopeLevel', pick(SCOPE_LEVELS, e.currentTarget.value) ?? 'national');
          form.setFieldValue('scopeRegionCode', null);
        }}
      />
      {scopeLevel === 'national' ? null : (
        <RegionPicker
          key={scopeLevel}
          mode={scopeLevel === 'province' ? 'province' : 'regency'}
          value={scopeRegionCode}
          onChange={(code) => form.setFieldValue('scopeRegionCode', code)}
          error={form.errors.scopeRegionCode}
          required
          testId="user-scope-region"
        />
      )}
    </>
  );
}

/** The part of the values that UserUpdate accepts (and UserCreate shares). */
export function userCoreInput(v: UserFormValues) {
  return {
    fullName: v.fullName,
    role: v.role === '' ? undefined : v.role,
    institutionId: v.institutionId === '' ? undefined : v.institutionId,
    scopeLevel: v.scopeLevel,
    scopeRegionCode: v.scopeLevel === 'national' ? null : v.scopeRegionCode,
  };
}
