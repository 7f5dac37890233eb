import { Checkbox, Fieldset, SimpleGrid, Text } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import type { Option } from '../../shared/option-lists.js';

type Props = {
  legend: string;
  description?: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: ReactNode;
  testId?: string;
};

/**
 * A multiple choice from a picklist as a fieldset of checkboxes: every choice visible at once
 * (the lists are short), named by its legend for screen readers, usable on a phone.
 */
export function CodeChecklist({
  legend,
  description,
  options,
  value,
  onChange,
  error,
  testId,
}: Props) {
  const id = useId();
  const toggle = (code: string, on: boolean) =>
    onChange(on ? [...value, code] : value.filter((c) => c !== code));
  return (
    <Fieldset
      legend={legend}
      variant="unstyled"
      aria-describedby={
        [description ? `${id}-d` : '', error ? `${id}-e` : ''].filter(Boolean).join(' ') ||
        undefined
      }
      data-testid={testId}
    >
      {description ? (
        <Text id={`${id}-d`} size="xs" c="dimmed" mb={6}>
          {description}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing={6} verticalSpacing={6}>
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            value={o.value}
            checked={value.includes(o.value)}
            onChange={(e) => toggle(o.value, e.currentTarget.checked)}
          />
        ))}
      </SimpleGrid>
      {error ? (
        <Text id={`${id}-e`} size="sm" c="red.8" mt={4}>
          {error}
        </Text>
      ) : null}
    </Fieldset>
  );
}
