import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IMPORT_FIELDS } from '@sigap/domain';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { picklistsQuery } from './api.js';
import { type CodeRow, newRowKey } from './template-draft.js';

/** Lists whose codes a file may spell its own way: the picklists of import fields, and places. */
const PICKLIST_LISTS = [
  ...new Set(IMPORT_FIELDS.flatMap((f) => (f.picklist ? [f.picklist] : []))),
] as string[];
const OTHER_LISTS = ['region', 'country', 'service_unit'] as const;
const LISTS = [...PICKLIST_LISTS, ...OTHER_LISTS];

type Props = {
  codeMap: Record<string, CodeRow[]>;
  errors: Record<string, string>;
  onChange: (list: string, rows: CodeRow[]) => void;
  readOnly: boolean;
};

function useListLabel() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (list: string) => {
    const field = IMPORT_FIELDS.find((f) => f.picklist === list);
    if (field) return fmt.bi(field.label);
    return (OTHER_LISTS as readonly string[]).includes(list)
      ? t(`caseImport.codes.lists.${list as (typeof OTHER_LISTS)[number]}`)
      : list;
  };
}

/**
 * Pemetaan kode: the other institution's codes ("L", "1", "TKI") to Sigap's. Values that already
 * match a code, a label or a common spelling need no row; the preview lists any that do not.
 */
export function CodeMapEditor({ codeMap, errors, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const label = useListLabel();
  const [adding, setAdding] = useState<string>(LISTS[0] ?? 'sex');
  const used = LISTS.filter((l) => (codeMap[l]?.length ?? 0) > 0);
  const add = (list: string) =>
    onChange(list, [...(codeMap[list] ?? []), { key: newRowKey(), from: '', to: '' }]);
  return (
    <Stack gap="md">
      <Text size="sm">{t('caseImport.codes.intro')}</Text>
      {used.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('caseImport.codes.none')}
        </Text>
      ) : null}
      {used.map((list) => (
        <Fieldset key={list} legend={label(list)} data-testid={`codes-${list}`}>
          <Stack gap="xs">
            {(codeMap[list] ?? []).map((row, i) => (
              <CodeRowInputs
                key={row.key}
                list={list}
                row={row}
                index={i + 1}
                error={errors[`codeMap.${list}.${row.from}`]}
                readOnly={readOnly}
                onChange={(next) =>
                  onChange(
                    list,
                    (codeMap[list] ?? []).map((r) => (r.key === row.key ? next : r)),
                  )
                }
                onRemove={() =>
                  onChange(
                    list,
                    (codeMap[list] ?? []).filter((r) => r.key !== row.key),
                  )
                }
              />
            ))}
            {readOnly ? null : (
              <Group>
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconPlus size={14} aria-hidden="true" />}
                  onClick={() => add(list)}
                >
                  {t('caseImport.codes.addTo', { list: label(list) })}
                </Button>
              </Group>
            )}
          </Stack>
        </Fieldset>
      ))}
      {readOnly ? null : (
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('caseImport.codes.list')}
            value={adding}
            onChange={(e) => setAdding(e.currentTarget.value)}
            data={LISTS.map((l) => ({ value: l, label: label(l) }))}
            w={280}
          />
          <Button
            variant="default"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => add(adding)}
            data-testid="add-code"
          >
            {t('caseImport.codes.add')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function CodeRowInputs(props: {
  list: string;
  row: CodeRow;
  index: number;
  error: string | undefined;
  readOnly: boolean;
  onChange: (row: CodeRow) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const picklists = useQuery({ ...picklistsQuery, enabled: PICKLIST_LISTS.includes(props.list) });
  const { row } = props;
  const items = picklists.data?.[props.list];
  const n = props.index;
  return (
    <Group align="flex-start" gap="sm" wrap="wrap">
      <TextInput
        label={t('caseImport.codes.from', { n })}
        value={row.from}
        onChange={(e) => props.onChange({ ...row, from: e.currentTarget.value })}
        readOnly={props.readOnly}
        maxLength={200}
        w={220}
      />
      {items ? (
        <NativeSelect
          label={t('caseImport.codes.to', { n })}
          value={row.to}
          onChange={(e) => props.onChange({ ...row, to: e.currentTarget.value })}
          data={[
            { value: '', label: t('caseImport.codes.pick') },
            ...items.map((item) => ({
              value: item.code,
              label: `${fmt.bi(item)} (${item.code})`,
              disabled: !item.active && item.code !== row.to,
            })),
          ]}
          error={props.error}
          disabled={props.readOnly}
          w={300}
        />
      ) : (
        <TextInput
          label={t('caseImport.codes.to', { n })}
          description={
            (OTHER_LISTS as readonly string[]).includes(props.list)
              ? t(`caseImport.codes.hints.${props.list as (typeof OTHER_LISTS)[number]}`)
              : undefined
          }
          value={row.to}
          onChange={(e) => props.onChange({ ...row, to: e.currentTarget.value })}
          error={props.error}
          readOnly={props.readOnly}
          maxLength={100}
          w={300}
        />
      )}
      {props.readOnly ? null : (
        <ActionIcon
          variant="subtle"
          color="red.9"
          mt={26}
          onClick={props.onRemove}
          aria-label={t('caseImport.codes.remove', { n })}
        >
          <IconTrash size={16} aria-hidden="true" />
        </ActionIcon>
      )}
    </Group>
  );
}
