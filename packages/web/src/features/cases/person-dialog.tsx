import {
  type CaseDetail,
  PersonCreate,
  type PersonRole,
  PersonUpdate,
  type PersonView,
} from '@sigap/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { casesApi } from './api.js';
import {
  type PersonValues,
  personCreateInput,
  personUpdateInput,
  personValues,
} from './case-values.js';
import { bindFields } from './form-binding.js';
import { FormDialog, useCaseWritten } from './form-dialog.js';
import { PersonFields } from './person-fields.js';

type Props = {
  c: CaseDetail;
  role: PersonRole;
  person: PersonView | null;
  onClose: () => void;
};

export function PersonDialog({ c, role, person, onClose }: Props) {
  return person ? (
    <EditPerson c={c} person={person} onClose={onClose} />
  ) : (
    <NewPerson c={c} role={role} onClose={onClose} />
  );
}

function NewPerson({ c, role, onClose }: { c: CaseDetail; role: PersonRole; onClose: () => void }) {
  const { t } = useTranslation();
  const written = useCaseWritten(c.id, onClose);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: personValues() as PersonValues,
    schema: PersonCreate,
    toInput: (v) => personCreateInput(v, role),
  });
  return (
    <FormDialog
      title={t(`cases.people.add.${role}`)}
      size="xl"
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="person-form"
      onSubmit={onSubmit(async (payload) => {
        const res = await casesApi.addRecord(c.id, 'people', payload);
        await written(res.case, t('form.created'));
      })}
    >
      <PersonFields bound={bindFields(form, '', form.values)} personRole={role} />
    </FormDialog>
  );
}

/**
 * Changes a person. When the case is shown masked, the identifying inputs start empty and only
 * what the user types is sent (the rest stays sealed unchanged on the server).
 */
function EditPerson({
  c,
  person,
  onClose,
}: {
  c: CaseDetail;
  person: PersonView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const written = useCaseWritten(c.id, onClose);
  const [initial] = useState(() => personValues(person));
  const hidden = person.identity === null && person.identityFields.length > 0;
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: initial as PersonValues,
    schema: PersonUpdate,
    toInput: (v) => personUpdateInput(v, initial, person.role),
  });
  return (
    <FormDialog
      title={t(`cases.people.edit.${person.role}`)}
      size="xl"
      onClose={onClose}
      formError={formError}
      submitting={submitting}
      testId="person-form"
      onSubmit={onSubmit(async (payload) => {
        await written(await casesApi.updateRecord(c.id, 'people', person.id, payload));
      })}
    >
      <PersonFields
        bound={bindFields(form, '', form.values)}
        personRole={person.role}
        identityHidden={hidden}
      />
    </FormDialog>
  );
}
