import { Alert, Button, Checkbox, Group, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import type { ImportPreview } from '@sigap/domain';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { errorMessage } from '../../shared/query-state.js';
import { useNumbers } from '../reporting/numbers.js';
import { importApi, importKeys } from './api.js';

/**
 * Konfirmasi impor. With bad rows the server refuses unless the user explicitly chooses to
 * import the valid rows alone (`validOnly`); the bad ones stay listed on the import.
 */
export function ConfirmForm({ b }: { b: ImportPreview }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const bad = b.totalRows - b.validRows;
  const [validOnly, setValidOnly] = useState(false);
  const [existing, setExisting] = useState<'skip' | 'update'>('skip');
  const [choiceError, setChoiceError] = useState<string | null>(null);
  const confirm = useMutation({
    mutationFn: () => importApi.confirm(b.id, { validOnly: bad > 0 && validOnly, existing }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: importKeys.all });
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    if (bad > 0 && !validOnly) return setChoiceError(t('caseImport.confirm.chooseValidOnly'));
    setChoiceError(null);
    confirm.mutate();
  }

  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="confirm-heading"
      data-testid="import-confirm"
    >
      <Title order={2} size="h4" id="confirm-heading" mb="sm">
        {t('caseImport.confirm.heading')}
      </Title>
      {b.validRows === 0 ? (
        <Alert
          color="red"
          variant="light"
          role="alert"
          icon={<IconAlertTriangle aria-hidden="true" />}
          title={t('caseImport.confirm.noneValidTitle')}
        >
          <Text size="sm" c="black">
            {t('caseImport.confirm.noneValidBody')}
          </Text>
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {bad > 0 ? (
              <Alert
                color="orange"
                variant="light"
                icon={<IconAlertTriangle aria-hidden="true" />}
                title={t('caseImport.confirm.badTitle', { count: bad })}
              >
                <Text size="sm" c="black">
                  {t('caseImport.confirm.badBody')}
                </Text>
              </Alert>
            ) : (
              <Alert
                color="teal"
                variant="light"
                icon={<IconCircleCheck aria-hidden="true" />}
                title={t('caseImport.confirm.allValidTitle')}
              >
                <Text size="sm" c="black">
                  {t('caseImport.confirm.allValidBody', { count: b.validRows })}
                </Text>
              </Alert>
            )}
            {bad > 0 ? (
              <Checkbox
                label={t('caseImport.confirm.validOnly', {
                  count: bad,
                  valid: n.number(b.validRows),
                  bad: n.number(bad),
                })}
                checked={validOnly}
                onChange={(e) => setValidOnly(e.currentTarget.checked)}
                error={choiceError}
                data-testid="valid-only"
              />
            ) : null}
            <Radio.Group
              label={t('caseImport.confirm.existing')}
              description={t('caseImport.confirm.existingHint')}
              value={existing}
              onChange={(v) => setExisting(v === 'update' ? 'update' : 'skip')}
            >
              <Stack gap={6} mt={6}>
                <Radio value="skip" label={t('caseImport.confirm.existingSkip')} />
                <Radio value="update" label={t('caseImport.confirm.existingUpdate')} />
              </Stack>
            </Radio.Group>
            <Text size="sm">{t('caseImport.confirm.background')}</Text>
            <FormError message={confirm.isError ? errorMessage(confirm.error) : null} />
            <Group>
              <Button type="submit" loading={confirm.isPending} data-testid="confirm-import">
                {t('caseImport.confirm.submit', { count: b.validRows })}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
