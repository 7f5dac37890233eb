import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionOptionsQuery } from '../regions/api.js';
import { RegionPicker } from '../regions/region-picker.js';

/** "Jawa Tengah (33)", from the pickers' cached lists; the bare code while they load. */
export function RegionName({ code }: { code: string }) {
  const province = code.slice(0, 2);
  const provinces = useQuery(regionOptionsQuery('province'));
  const regencies = useQuery({
    ...regionOptionsQuery('regency', province),
    enabled: code.length > 2,
  });
  const list = code.length > 2 ? regencies.data?.items : provinces.data?.items;
  const name = list?.find((r) => r.code === code)?.name;
  return <>{name ? `${name} (${code})` : code}</>;
}

export function RegionList({ codes, empty }: { codes: string[]; empty: ReactNode }) {
  if (codes.length === 0) return <>{empty}</>;
  return (
    <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {codes.map((c) => (
        <Text component="li" key={c} size="sm">
          <RegionName code={c} />
        </Text>
      ))}
    </Stack>
  );
}

type FieldProps = {
  label: string;
  description?: string;
  value: string[];
  onChange: (codes: string[]) => void;
  error?: ReactNode;
};

/** Where the work happened: provinces or kabupaten/kota, picked one at a time. */
export function RegionsField({ label, description, value, onChange, error }: FieldProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(null);
  const add = () => {
    if (picked && !value.includes(picked)) onChange([...value, picked]);
    setPicked(null);
  };
  return (
    <Paper
      withBorder
      p="sm"
      component="fieldset"
      m={0}
      aria-describedby={error ? 'regions-error' : undefined}
    >
      <Text component="legend" fw={600} size="sm" px={4}>
        {label}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed" mb="xs">
          {description}
        </Text>
      ) : null}
      {value.length > 0 ? (
        <Group
          gap="xs"
          mb="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="report-regions"
        >
          {value.map((code) => (
            <Group
              component="li"
              key={code}
              gap={4}
              wrap="nowrap"
              px="xs"
              py={2}
              bg="gray.1"
              style={{ borderRadius: 4 }}
            >
              <Text size="sm" className="wrap-anywhere">
                <RegionName code={code} />
              </Text>
              <ActionIcon
                size="sm"
                variant="subtle"
                color="gray.8"
                aria-label={t('reporting.regions.remove', { code })}
                onClick={() => onChange(value.filter((c) => c !== code))}
              >
                <IconX size={14} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
        </Group>
      ) : (
        <Text size="sm" mb="sm">
          {t('reporting.regions.none')}
        </Text>
      )}
      <Group align="flex-end" gap="sm">
        <div style={{ flex: '1 1 14rem' }}>
          <RegionPicker
            mode="province-or-regency"
            value={picked}
            onChange={setPicked}
            labelPrefix={t('reporting.regions.add')}
          />
        </div>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={add}
          disabled={!picked}
        >
          {t('reporting.regions.addButton')}
        </Button>
      </Group>
      {error ? (
        <Text size="xs" c="red.9" mt={4} id="regions-error" role="alert">
          {error}
        </Text>
      ) : null}
    </Paper>
  );
}
