import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { todayIso } from '../../shared/format.js';
import { InstitutionSelect } from '../institutions/institution-select.js';
import { RegionPicker } from '../regions/region-picker.js';
import { type CaseValues, CLOSED_STATUSES } from './case-values.js';
import { CodeChecklist } from './code-checklist.js';
import type { Bound } from './form-binding.js';
import { useFieldLabel, usePicklists } from './reference.js';
import { UnitSelect } from './unit-select.js';

type Props = {
  bound: Bound<CaseValues>;
  /** When editing a case shown masked, the summary is sealed: typing replaces it. */
  summaryHidden?: boolean;
};

/** A case's own fields: who reported it, where it belongs, its state and its forms. */
export function CaseFields({ bound, summaryHidden }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const v = bound.values;
  const pick = { value: '', label: t('cases.form.pick') };
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <InstitutionSelect
          label={label('case', 'institutionId')}
          emptyLabel={t('cases.form.ownInstitution', { name: me.user.institution.name })}
          value={v.institutionId}
          onChange={(id) => bound.set('institutionId', id)}
          error={bound.error('institutionId')}
        />
        <UnitSelect
          label={label('case', 'serviceUnitId')}
          emptyLabel={t('cases.form.noUnit')}
          description={t('cases.form.unitHint')}
          value={v.serviceUnitId}
          onChange={(id) => bound.set('serviceUnitId', id)}
          error={bound.error('serviceUnitId')}
          testId="case-unit"
        />
      </SimpleGrid>
      {v.serviceUnitId === '' ? (
        <RegionPicker
          mode="province-or-regency"
          labelPrefix={label('case', 'regionCode')}
          value={v.regionCode}
          onChange={(code) => bound.set('regionCode', code)}
          error={bound.error('regionCode')}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          type="date"
          label={label('case', 'reportedOn')}
          required
          max={todayIso()}
          {...bound.props('reportedOn')}
        />
        <NativeSelect
          label={label('case', 'source')}
          required
          data={[pick, ...picklists.options('case_source', v.source)]}
          {...bound.props('source')}
          data-testid="case-source"
        />
        <NativeSelect
          label={label('case', 'status')}
          data={picklists.options('case_status', v.status)}
          {...bound.props('status')}
        />
      </SimpleGrid>
      {CLOSED_STATUSES.includes(v.status) ? (
        <Textarea
          label={label('case', 'closureReason')}
          required
          autosize
          minRows={2}
          {...bound.props('closureReason')}
        />
      ) : null}
      <CodeChecklist
        legend={label('case', 'exploitationTypes')}
        options={picklists.options('exploitation_type', v.exploitationTypes)}
        value={v.exploitationTypes}
        onChange={(codes) => bound.set('exploitationTypes', codes)}
        error={bound.error('exploitationTypes')}
        testId="case-exploitation"
      />
      <CodeChecklist
        legend={label('case', 'modus')}
        options={picklists.options('modus', v.modus)}
        value={v.modus}
        onChange={(codes) => bound.set('modus', codes)}
        error={bound.error('modus')}
      />
      <CodeChecklist
        legend={label('case', 'meansOfControl')}
        options={picklists.options('means_of_control', v.meansOfControl)}
        value={v.meansOfControl}
        onChange={(codes) => bound.set('meansOfControl', codes)}
        error={bound.error('meansOfControl')}
      />
      <Textarea
        label={label('case', 'summary')}
        description={summaryHidden ? t('cases.form.summaryHidden') : t('cases.form.summaryHint')}
        autosize
        minRows={3}
        maxRows={12}
        {...bound.props('summary')}
      />
    </>
  );
}
