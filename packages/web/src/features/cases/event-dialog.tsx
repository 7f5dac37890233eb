import { NumberInput } from '@mantine/core';
import {
  type CaseDetail,
  CaseEventInput,
  CaseEventUpdate,
  type CaseEventView,
} from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { casesApi } from './api.js';
import { type EventValues, eventInput, eventValues } from './case-values.js';
import { EventFields } from './event-fields.js';
import { bindFields, numberOrNull } from './form-binding.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';
import { useFieldLabel } from './reference.js';

type Props = { c: CaseDetail; event: CaseEventView | null; onClose: () => void };

/** Adds an event at the end of the case's sequence, or changes one (and its place in it). */
export function EventDialog({ c, event, onClose }: Props) {
  return event ? (
    <EditEvent c={c} event={event} onClose={onClose} />
  ) : (
    <NewEvent c={c} onClose={onClose} />
  );
}

function NewEvent({ c, onClose }: { c: CaseDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const written = useCaseWritten(c.id, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: eventValues() as EventValues,
    schema: CaseEventInput,
    toInput: eventInput,
  });
  return (
    <FormDialog
      title={t('cases.events.add')}
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="event-form"
      onSubmit={onSubmit(async (payload) => {
        const res = await casesApi.addRecord(c.id, 'events', payload);
        await written(res.case, t('form.created'));
      })}
    >
      <EventFields bound={bindFields(form, '', form.values)} />
    </FormDialog>
  );
}

type EditValues = EventValues & { seq: number | string };

function EditEvent({
  c,
  event,
  onClose,
}: {
  c: CaseDetail;
  event: CaseEventView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const written = useCaseWritten(c.id, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { ...eventValues(event), seq: event.seq } as EditValues,
    schema: CaseEventUpdate,
    toInput: (v) => ({ ...eventInput(v), seq: numberOrNull(v.seq) ?? undefined }),
  });
  return (
    <FormDialog
      title={t('cases.events.edit', { n: event.seq })}
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="event-form"
      onSubmit={onSubmit(async (payload) => {
        await written(await casesApi.updateRecord(c.id, 'events', event.id, payload));
      })}
    >
      <EventFields bound={bindFields<EventValues>(form, '', form.values)} />
      <NumberInput
        label={label('event', 'seq')}
        description={t('cases.events.seqHint', { count: c.events.length })}
        min={1}
        max={c.events.length}
        allowDecimal={false}
        allowNegative={false}
        {...form.getInputProps('seq')}
      />
    </FormDialog>
  );
}
