import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso, useFormat } from '../../shared/format.js';

/**
 * Dates on which the national task force's composition is worth seeing: Perpres 69/2008 (in
 * force by 2010) and Perpres 22/2021 (June 2021). Perpres 49/2023 is "today" for now.
 */
const PRESETS = [
  { key: 'perpres69', date: '2010-01-01' },
  { key: 'perpres22', date: '2021-06-01' },
] as const;

type Props = { value: string | undefined; onChange: (asOf: string | undefined) => void };

export function AsOfPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = todayIso();
  const pressed = (date: string | undefined) => value === date;
  return (
    <Paper withBorder p="sm" mb="md" data-testid="as-of-picker">
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('taskForces.asOf.label')}
            description={t('taskForces.asOf.hint')}
            value={value ?? ''}
            onChange={(e) => onChange(e.currentTarget.value || undefined)}
            style={{ flex: '0 1 16rem' }}
          />
          <Group gap={6} role="group" aria-label={t('taskForces.asOf.presets')} wrap="wrap">
            <Button
              size="xs"
              variant={pressed(undefined) ? 'filled' : 'default'}
              aria-pressed={pressed(undefined)}
              onClick={() => onChange(undefined)}
            >
              {t('taskForces.asOf.all')}
            </Button>
            <Button
              size="xs"
              variant={pressed(today) ? 'filled' : 'default'}
              aria-pressed={pressed(today)}
              onClick={() => onChange(today)}
            >
              {t('taskForces.asOf.today')}
            </Button>
            {PRESETS.map((p) => (
              <Button
                key={p.key}
                size="xs"
                variant={pressed(p.date) ? 'filled' : 'default'}
                aria-pressed={pressed(p.date)}
                onClick={() => onChange(p.date)}
              >
                {t(`taskForces.asOf.${p.key}`)}
              </Button>
            ))}
          </Group>
        </Group>
        <Text size="sm" aria-live="polite">
          {value
            ? t('taskForces.asOf.showing', { date: fmt.date(value) })
            : t('taskForces.asOf.showingAll')}
        </Text>
      </Stack>
    </Paper>
  );
}
