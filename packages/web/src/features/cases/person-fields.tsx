import { Alert, NativeSelect, NumberInput, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { ageOn, isMinor, MAX_AGE, type PersonRole } from '@sigap/domain';
import { IconAlertTriangle, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../shared/format.js';
import { RegionPicker } from '../regions/region-picker.js';
import type { PersonValues } from './case-values.js';
import { CodeChecklist } from './code-checklist.js';
import type { Bound } from './form-binding.js';
import { useCountries, useFieldLabel, usePicklists } from './reference.js';

/** The age the form's values give today: birth date first, else the stated age. */
function formAge(v: PersonValues): number | null {
  if (v.birthDate) return ageOn(v.birthDate, todayIso());
  if (v.statedAge === '' || v.statedAge === null) return null;
  const n = Number(v.statedAge);
  return Number.isFinite(n) ? n : null;
}

type Props = {
  bound: Bound<PersonValues>;
  personRole: PersonRole;
  /** Editing a masked record: identifying inputs start empty and only typed ones change. */
  identityHidden?: boolean;
};

/**
 * A victim's, perpetrator's or witness's fields. The identifying ones (name, NIK, passport,
 * contact, address, birth date) are sealed by the server; browsers are asked not to remember
 * them. Victim-only and perpetrator-only fields appear for that role only.
 */
export function PersonFields({ bound, personRole: role, identityHidden }: Props) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const countries = useCountries();
  const v = bound.values;
  const pick = { value: '', label: t('cases.form.notRecorded') };
  const select = (field: keyof PersonValues & string, list: string) => (
    <NativeSelect
      label={label('person', field)}
      data={[pick, ...picklists.options(list, String(v[field] ?? ''))]}
      {...bound.props(field)}
    />
  );
  const secret = { autoComplete: 'off', spellCheck: false } as const;
  const age = formAge(v);
  const minor = role === 'victim' && age !== null && isMinor(age);

  return (
    <>
      {identityHidden ? (
        <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden="true" />}>
          {t('cases.form.identityHidden')}
        </Alert>
      ) : null}
      <TextInput label={label('person', 'name')} {...secret} {...bound.props('name')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        {select('sex', 'sex')}
        <TextInput
          type="date"
          label={label('person', 'birthDate')}
          max={todayIso()}
          {...secret}
          {...bound.props('birthDate')}
        />
        <NumberInput
          label={label('person', 'statedAge')}
          description={t('cases.form.statedAgeHint')}
          min={0}
          max={MAX_AGE}
          allowDecimal={false}
          allowNegative={false}
          disabled={v.birthDate !== ''}
          {...bound.props('statedAge')}
        />
      </SimpleGrid>
      {minor ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden="true" />}>
          {t('cases.minor.formCaution')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <NativeSelect
          label={label('person', 'citizenship')}
          disabled={countries.query.isPending}
          data={[pick, ...countries.options]}
          {...bound.props('citizenship')}
        />
        <TextInput
          label={label('person', 'nik')}
          inputMode="numeric"
          {...secret}
          {...bound.props('nik')}
        />
        <TextInput label={label('person', 'passport')} {...secret} {...bound.props('passport')} />
      </SimpleGrid>
      <TextInput label={label('person', 'contact')} {...secret} {...bound.props('contact')} />
      <Textarea
        label={label('person', 'address')}
        autosize
        minRows={2}
        {...secret}
        {...bound.props('address')}
      />
      <RegionPicker
        mode="place"
        labelPrefix={label('person', 'addressRegionCode')}
        value={v.addressRegionCode}
        onChange={(code) => bound.set('addressRegionCode', code)}
        error={bound.error('addressRegionCode')}
      />
      {role === 'victim' ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {select('disability', 'disability')}
          {select('traffickingStatus', 'trafficking_status')}
          {select('statusDecidedBy', 'status_decided_by')}
          {select('recruiterRelation', 'recruiter_relation')}
        </SimpleGrid>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {select('disability', 'disability')}
          {role === 'perpetrator' ? select('perpetratorKind', 'perpetrator_kind') : null}
        </SimpleGrid>
      )}
      {role === 'perpetrator' ? (
        <CodeChecklist
          legend={label('person', 'perpetratorRoles')}
          options={picklists.options('perpetrator_role', v.perpetratorRoles)}
          value={v.perpetratorRoles}
          onChange={(codes) => bound.set('perpetratorRoles', codes)}
          error={bound.error('perpetratorRoles')}
        />
      ) : null}
    </>
  );
}
