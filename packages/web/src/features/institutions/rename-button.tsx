import { Button, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { InstitutionRename, type InstitutionView } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError, orNull } from '../../shared/form-parts.js';
import { notifySuccess } from '../../shared/notify.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { institutionKeys, institutionsApi } from './api.js';

type Values = { name: string; abbreviation: string; validFrom: string; legalBasis: string };

/** A cabinet renames a ministry: the old name closes, the new one opens, the id stays. */
export function RenameButton({ institution }: { institution: InstitutionView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure(false);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: { name: '', abbreviation: '', validFrom: '', legalBasis: '' } as Values,
    schema: InstitutionRename,
    toInput: (v: Values) => ({ ...v, legalBasis: orNull(v.legalBasis) }),
  });

  return (
    <>
      <Button variant="default" onClick={open}>
        {t('institutions.rename.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('institutions.rename.title')}
        closeButtonProps={{ 'aria-label': t('actions.close') }}
      >
        <form
          noValidate
          data-testid="institution-rename-form"
          onSubmit={onSubmit(async (payload) => {
            await institutionsApi.rename(institution.id, payload);
            await queryClient.invalidateQueries({ queryKey: institutionKeys.all });
            notifySuccess(t('institutions.rename.done'));
            form.reset();
            close();
          })}
        >
          <Stack gap="sm">
            <Text size="sm">{t('institutions.rename.intro')}</Text>
            <TextInput
              label={t('institutions.fields.name')}
              required
              {...form.getInputProps('name')}
            />
            <TextInput
              label={t('institutions.fields.abbreviation')}
              required
              {...form.getInputProps('abbreviation')}
            />
            <TextInput
              type="date"
              label={t('institutions.fields.validFrom')}
              required
              {...form.getInputProps('validFrom')}
            />
            <TextInput
              label={`${t('institutions.fields.legalBasis')} (${t('form.optional')})`}
              placeholder={t('institutions.fields.legalBasisHint')}
              {...form.getInputProps('legalBasis')}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('institutions.rename.submit')}
              submitting={submitting}
              onCancel={close}
            />
          </Stack>
        </form>
      </Modal>
    </>
  );
}
