import { Alert, Checkbox, Textarea } from '@mantine/core';
import { type CaseDetail, type PersonView, ReferralCreate } from '@sigap/domain';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { RegionPicker } from '../regions/region-picker.js';
import { casesApi } from './api.js';
import { CodeChecklist } from './code-checklist.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';
import { useFieldLabel, usePicklists } from './reference.js';
import { UnitSelect } from './unit-select.js';

type Values = {
  toUnitId: string;
  serviceTypes: string[];
  reason: string;
  shareIdentity: boolean;
};

/** The victim's latest consent of a kind (a later refusal withdraws an earlier consent). */
export function latestConsent(person: PersonView, kind: string) {
  return [...person.consents]
    .filter((c) => c.kind.code === kind)
    .sort((a, b) => (a.recordedOn + a.createdAt).localeCompare(b.recordedOn + b.createdAt))
    .at(-1);
}

type Props = { c: CaseDetail; person: PersonView; victimLabel: string; onClose: () => void };

/**
 * Rujukan: refers a victim to a service unit, often back to the region they come from. The
 * identifying data goes along only with the victim's consent to share it; without one the
 * server refuses a referral that would share it, and says so on the checkbox.
 */
export function ReferralDialog({ c, person, victimLabel, onClose }: Props) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const written = useCaseWritten(c.id, onClose);
  const [region, setRegion] = useState<string | null>(null);
  const consented = latestConsent(person, 'share_for_referral')?.given === true;
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      toUnitId: '',
      serviceTypes: [],
      reason: '',
      shareIdentity: consented,
    } as Values,
    schema: ReferralCreate,
    toInput: (v) => ({ personId: person.id, ...v }),
  });
  return (
    <FormDialog
      title={t('cases.referrals.send', { victim: victimLabel })}
      submitLabel={t('cases.referrals.sendSubmit')}
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="referral-form"
      onSubmit={onSubmit(async (payload) => {
        const res = await casesApi.sendReferral(c.id, payload);
        await written(res.case, t('cases.referrals.sent'));
      })}
    >
      <RegionPicker
        mode="province-or-regency"
        labelPrefix={t('cases.referrals.destinationRegion')}
        value={region}
        onChange={(code) => {
          setRegion(code);
          form.setFieldValue('toUnitId', '');
        }}
      />
      <UnitSelect
        label={label('referral', 'toUnitId')}
        emptyLabel={t('cases.form.pick')}
        description={t('cases.referrals.unitHint')}
        required
        regionCode={region}
        referralTargets
        value={form.values.toUnitId}
        onChange={(id) => form.setFieldValue('toUnitId', id)}
        error={form.errors.toUnitId}
        testId="referral-unit"
      />
      <CodeChecklist
        legend={label('referral', 'serviceTypes')}
        options={picklists.options('service_type')}
        value={form.values.serviceTypes}
        onChange={(codes) => form.setFieldValue('serviceTypes', codes)}
        error={form.errors.serviceTypes}
      />
      <Textarea
        label={label('referral', 'reason')}
        description={t('cases.form.noNamesHint')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('reason')}
      />
      <Alert
        color={consented ? 'teal' : 'orange'}
        variant="light"
        icon={<IconInfoCircle aria-hidden="true" />}
      >
        {consented ? t('cases.referrals.consentGiven') : t('cases.referrals.consentMissing')}
      </Alert>
      <Checkbox
        label={label('referral', 'shareIdentity')}
        description={t('cases.referrals.shareHint')}
        {...form.getInputProps('shareIdentity', { type: 'checkbox' })}
        data-testid="referral-share"
      />
    </FormDialog>
  );
}
