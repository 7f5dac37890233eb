import { Button, FileInput, Group, Stack, Text } from '@mantine/core';
import type { ImportInspection } from '@sigap/domain';
import { IconFileSearch } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { errorMessage } from '../../shared/query-state.js';
import { importApi } from './api.js';

type Props = {
  headerRow: number;
  sheet: string | undefined;
  onRead: (inspection: ImportInspection) => void;
};

/**
 * A sample file of the source system: the server reads its header row (nothing is stored) and
 * suggests which header carries which Sigap field, reading it with the template's header row
 * and sheet. Optional: headers may also be typed.
 */
export function SampleFile({ headerRow, sheet, onRead }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const inspect = useMutation({
    mutationFn: (f: File) => importApi.inspect(f, headerRow, sheet?.trim() || undefined),
    onSuccess: onRead,
  });
  function read() {
    if (!file) return setFileError(t('caseImport.new.pickFile'));
    if (!/\.(csv|xlsx)$/i.test(file.name)) return setFileError(t('caseImport.new.wrongType'));
    setFileError(null);
    inspect.mutate(file);
  }
  return (
    <Stack gap="sm">
      <Text size="sm">{t('caseImport.sampleFile.intro')}</Text>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <FileInput
          label={t('caseImport.sampleFile.file')}
          placeholder={t('caseImport.new.filePlaceholder')}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
          accept=".csv,.xlsx"
          value={file}
          onChange={(f) => {
            setFile(f);
            inspect.reset();
          }}
          clearable
          clearButtonProps={{ 'aria-label': t('actions.clear') }}
          error={fileError}
          w={320}
          data-testid="sample-file"
        />
      </Group>
      <FormError message={inspect.isError ? errorMessage(inspect.error) : null} />
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconFileSearch size={16} aria-hidden="true" />}
          onClick={read}
          loading={inspect.isPending}
          data-testid="read-headers"
        >
          {t('caseImport.sampleFile.read')}
        </Button>
        {inspect.data ? (
          <Text size="sm" role="status">
            {t('caseImport.sampleFile.found', {
              count: inspect.data.headers.length,
              suggested: Object.keys(inspect.data.suggestedColumnMap).length,
            })}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}
