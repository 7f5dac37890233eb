import { Fieldset, MultiSelect, SimpleGrid, TagsInput, Text } from '@mantine/core';
import type { ImportField } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { fieldGroups } from './template-draft.js';

type Props = {
  columnMap: Record<string, string[]>;
  /** The sample file's headers; null when none was read (headers are then typed). */
  headers: string[] | null;
  /** Fields whose header the server suggested and the user has not changed yet. */
  suggested: ReadonlySet<string>;
  errors: Record<string, string>;
  onChange: (field: string, headers: string[]) => void;
  readOnly: boolean;
};

const MAX_HEADERS = 5;

/**
 * Pemetaan kolom: for every Sigap field, the column(s) of the other institution's file that
 * carry it (several are joined with spaces, for names split over columns).
 */
export function ColumnMapEditor(props: Props) {
  const { t } = useTranslation();
  return (
    <>
      {fieldGroups().map((group) => (
        <Fieldset key={group.id} legend={t(`caseImport.editor.group.${group.id}`)} mb="md">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {group.fields.map((field) => (
              <FieldInput key={field.key} field={field} {...props} />
            ))}
          </SimpleGrid>
        </Fieldset>
      ))}
    </>
  );
}

function FieldInput({
  field,
  columnMap,
  headers,
  suggested,
  errors,
  onChange,
  readOnly,
}: Props & { field: ImportField }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const value = columnMap[field.key] ?? [];
  const description = (
    <>
      {t(`caseImport.kinds.${field.kind}`)}
      {field.identifying ? ` ${t('caseImport.editor.identifying')}` : ''}
      {suggested.has(field.key) ? (
        <Text component="span" size="xs" c="teal.9" fw={700}>
          {` ${t('caseImport.editor.suggested')}`}
        </Text>
      ) : null}
    </>
  );
  const common = {
    label: fmt.bi(field.label),
    description,
    value,
    onChange: (next: string[]) => onChange(field.key, next),
    error: errors[`columnMap.${field.key}`],
    required: field.required,
    clearable: !readOnly,
    readOnly,
    'data-testid': `map-${field.key}`,
  };
  if (headers) {
    const data = [...new Set([...headers, ...value])];
    return (
      <MultiSelect
        {...common}
        data={data}
        searchable
        maxValues={MAX_HEADERS}
        nothingFoundMessage={t('caseImport.editor.noHeader')}
        placeholder={value.length ? undefined : t('caseImport.editor.notMapped')}
        clearButtonProps={{ 'aria-label': t('actions.clear') }}
      />
    );
  }
  return (
    <TagsInput
      {...common}
      maxTags={MAX_HEADERS}
      placeholder={value.length ? undefined : t('caseImport.editor.typeHeader')}
      clearButtonProps={{ 'aria-label': t('actions.clear') }}
    />
  );
}
