import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type ToolbarProps = {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  searchLabel?: string;
  /** Filter selects. */
  children?: ReactNode;
  onReset?: () => void;
};

/** Search box (searches as you type, after a pause) and the list's filters. */
export function ListToolbar({ q, onSearch, searchLabel, children, onReset }: ToolbarProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(q ?? '');
  useEffect(() => setValue(q ?? ''), [q]);
  const debounced = useDebouncedCallback((next: string) => {
    onSearch(next.trim() === '' ? undefined : next.trim());
  }, 350);

  return (
    <Paper
      role="search"
      withBorder
      p="sm"
      mb="md"
      aria-label={t('filters.label')}
      data-testid="list-toolbar"
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          type="search"
          label={searchLabel ?? t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={value}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            debounced(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSearch(value.trim() === '' ? undefined : value.trim());
          }}
          style={{ flex: '1 1 14rem' }}
        />
        {children}
        {onReset ? (
          <Button variant="default" onClick={onReset}>
            {t('filters.reset')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

type Option = { value: string; label: string };

type FilterProps = {
  label: string;
  value: string | undefined;
  options: Option[];
  onChange: (value: string | undefined) => void;
  /** Label of the "no filter" choice; "All" when not given. */
  allLabel?: string;
};

/** A native select (accessible and comfortable on phones) with an "all" choice. */
export function FilterSelect({ label, value, options, onChange, allLabel }: FilterProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label}
      value={value ?? ''}
      onChange={(e) => onChange(e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
      data={[{ value: '', label: allLabel ?? t('filters.all') }, ...options]}
      style={{ flex: '1 1 10rem', maxWidth: '20rem' }}
    />
  );
}
