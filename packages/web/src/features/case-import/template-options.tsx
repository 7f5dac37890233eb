import { NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import type { ImportOptions } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { pick } from '../../shared/search.js';

type Props = {
  options: ImportOptions;
  onChange: (options: ImportOptions) => void;
  readOnly: boolean;
};

const DELIMITERS = ['auto', ',', ';', '\t'] as const;
const ENCODINGS = ['auto', 'utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;

/** How the file is read: separator, encoding, date order, header row, sheet. */
export function TemplateOptions({ options, onChange, readOnly }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<ImportOptions>) => onChange({ ...options, ...patch });
  const delimiterLabel = (d: (typeof DELIMITERS)[number]) =>
    d === 'auto'
      ? t('caseImport.options.auto')
      : d === '\t'
        ? t('caseImport.batch.tab')
        : d === ','
          ? t('caseImport.options.comma')
          : t('caseImport.options.semicolon');
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      <NativeSelect
        label={t('caseImport.options.delimiter')}
        value={options.delimiter}
        onChange={(e) => set({ delimiter: pick(DELIMITERS, e.currentTarget.value) ?? 'auto' })}
        data={DELIMITERS.map((d) => ({ value: d, label: delimiterLabel(d) }))}
        disabled={readOnly}
      />
      <NativeSelect
        label={t('caseImport.options.encoding')}
        value={options.encoding}
        onChange={(e) => set({ encoding: pick(ENCODINGS, e.currentTarget.value) ?? 'auto' })}
        data={ENCODINGS.map((x) => ({
          value: x,
          label: x === 'auto' ? t('caseImport.options.auto') : x.toUpperCase(),
        }))}
        disabled={readOnly}
      />
      <NativeSelect
        label={t('caseImport.options.dateOrder')}
        description={t('caseImport.options.dateOrderHint')}
        value={options.dateOrder}
        onChange={(e) => set({ dateOrder: e.currentTarget.value === 'MDY' ? 'MDY' : 'DMY' })}
        data={[
          { value: 'DMY', label: t('caseImport.options.dmy') },
          { value: 'MDY', label: t('caseImport.options.mdy') },
        ]}
        disabled={readOnly}
      />
      <NumberInput
        label={t('caseImport.options.headerRow')}
        description={t('caseImport.options.headerRowHint')}
        value={options.headerRow}
        onChange={(v) => set({ headerRow: typeof v === 'number' ? v : 1 })}
        min={1}
        max={100}
        readOnly={readOnly}
      />
      <TextInput
        label={t('caseImport.options.sheet')}
        description={t('caseImport.options.sheetHint')}
        value={options.sheet ?? ''}
        onChange={(e) => set({ sheet: e.currentTarget.value || undefined })}
        maxLength={100}
        readOnly={readOnly}
      />
    </SimpleGrid>
  );
}
