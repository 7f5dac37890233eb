import { NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type CaseDetail, ConsentCreate, ConsentUpdate, type ConsentView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { orNull } from '../../shared/form-parts.js';
import { todayIso } from '../../shared/format.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { casesApi } from './api.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';
import { useFieldLabel, usePicklists } from './reference.js';

type Values = { kind: string; given: string; recordedOn: string; note: string };

type Props = {
  c: CaseDetail;
  personId: string;
  victimLabel: string;
  consent: ConsentView | null;
  onClose: () => void;
};

/**
 * Persetujuan korban: to the processing of their data, to sharing it with the unit a referral
 * goes to. A refusal is recorded too (the latest record of a kind is the one that counts).
 */
export function ConsentDialog({ c, personId, victimLabel, consent, onClose }: Props) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const picklists = usePicklists();
  const written = useCaseWritten(c.id, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      kind: consent?.kind.code ?? '',
      given: consent ? String(consent.given) : 'true',
      recordedOn: consent?.recordedOn ?? todayIso(),
      note: consent?.note ?? '',
    } as Values,
    schema: consent ? ConsentUpdate : (ConsentCreate as z.ZodType<ConsentUpdate>),
    toInput: (v) => ({
      ...(consent ? {} : { personId }),
      kind: v.kind,
      given: v.given === 'true',
      recordedOn: v.recordedOn,
      note: orNull(v.note),
    }),
  });
  return (
    <FormDialog
      title={
        consent
          ? t('cases.consents.edit', { victim: victimLabel })
          : t('cases.consents.add', { victim: victimLabel })
      }
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="consent-form"
      onSubmit={onSubmit(async (payload) => {
        if (consent)
          await written(await casesApi.updateRecord(c.id, 'consents', consent.id, payload));
        else {
          const res = await casesApi.addRecord(c.id, 'consents', payload);
          await written(res.case, t('form.created'));
        }
      })}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label={label('consent', 'kind')}
          required
          data={[
            { value: '', label: t('cases.form.pick') },
            ...picklists.options('consent_kind', consent?.kind.code ?? null),
          ]}
          {...form.getInputProps('kind')}
        />
        <TextInput
          type="date"
          label={label('consent', 'recordedOn')}
          required
          max={todayIso()}
          {...form.getInputProps('recordedOn')}
        />
      </SimpleGrid>
      <Radio.Group label={label('consent', 'given')} required {...form.getInputProps('given')}>
        <Stack gap={6} mt={6}>
          <Radio value="true" label={t('cases.consents.given')} />
          <Radio value="false" label={t('cases.consents.refused')} />
        </Stack>
      </Radio.Group>
      <Textarea
        label={label('consent', 'note')}
        autosize
        minRows={2}
        {...form.getInputProps('note')}
      />
    </FormDialog>
  );
}
