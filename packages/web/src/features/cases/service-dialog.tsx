import { NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { type CaseDetail, ServiceCreate, ServiceUpdate, type ServiceView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { orNull } from '../../shared/form-parts.js';
import { todayIso } from '../../shared/format.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { RegionPicker } from '../regions/region-picker.js';
import { casesApi } from './api.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';
import { useFieldLabel, usePicklists } from './reference.js';
import { UnitSelect } from './unit-select.js';

type Values = {
  serviceType: string;
  providerUnitId: string;
  regionCode: string | null;
  status: string;
  startedOn: string;
  endedOn: string;
  notes: string;
};

type Props = {
  c: CaseDetail;
  personId: string;
  /** The victim's label in the title ("Korban 1"). */
  victimLabel: string;
  service: ServiceView | null;
  onClose: () => void;
};

/**
 * A service on the victim's road to recovery: its kind, provider, dates and status. Changing
 * the status (planned → in progress → completed) moves the victim's timeline on.
 */
export function ServiceDialog({ c, personId, victimLabel, service, onClose }: Props) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const written = useCaseWritten(c.id, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      serviceType: service?.serviceType.code ?? '',
      providerUnitId: service?.providerUnit?.id ?? '',
      regionCode: service?.regionCode ?? null,
      status: service?.status.code ?? 'planned',
      startedOn: service?.startedOn ?? '',
      endedOn: service?.endedOn ?? '',
      notes: service?.notes ?? '',
    } as Values,
    schema: service ? ServiceUpdate : (ServiceCreate as z.ZodType<ServiceUpdate>),
    toInput: (v) => ({
      ...(service ? {} : { personId }),
      serviceType: v.serviceType,
      providerUnitId: v.providerUnitId || null,
      ...(v.providerUnitId ? {} : { regionCode: v.regionCode }),
      status: v.status || undefined,
      startedOn: v.startedOn || null,
      endedOn: v.endedOn || null,
      notes: orNull(v.notes),
    }),
  });
  const v = form.values;
  return (
    <FormDialog
      title={
        service
          ? t('cases.services.edit', { victim: victimLabel })
          : t('cases.services.add', { victim: victimLabel })
      }
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="service-form"
      onSubmit={onSubmit(async (payload) => {
        if (service)
          await written(await casesApi.updateRecord(c.id, 'services', service.id, payload));
        else {
          const res = await casesApi.addRecord(c.id, 'services', payload);
          await written(res.case, t('form.created'));
        }
      })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={label('service', 'serviceType')}
          required
          data={[
            { value: '', label: t('cases.form.pick') },
            ...picklists.options('service_type', service?.serviceType.code ?? null),
          ]}
          {...form.getInputProps('serviceType')}
        />
        <NativeSelect
          label={label('service', 'status')}
          data={picklists.options('service_status', service?.status.code ?? null)}
          {...form.getInputProps('status')}
          data-testid="service-status"
        />
      </SimpleGrid>
      <UnitSelect
        label={label('service', 'providerUnitId')}
        emptyLabel={t('cases.form.noUnit')}
        value={v.providerUnitId}
        onChange={(id) => form.setFieldValue('providerUnitId', id)}
        error={form.errors.providerUnitId}
      />
      {v.providerUnitId === '' ? (
        <RegionPicker
          mode="province-or-regency"
          labelPrefix={label('service', 'regionCode')}
          value={v.regionCode}
          onChange={(code) => form.setFieldValue('regionCode', code)}
          error={form.errors.regionCode}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="date"
          label={label('service', 'startedOn')}
          {...form.getInputProps('startedOn')}
        />
        <TextInput
          type="date"
          label={label('service', 'endedOn')}
          max={todayIso()}
          {...form.getInputProps('endedOn')}
        />
      </SimpleGrid>
      <Textarea
        label={label('service', 'notes')}
        description={t('cases.form.noNamesHint')}
        autosize
        minRows={2}
        {...form.getInputProps('notes')}
      />
    </FormDialog>
  );
}
