import { Stack, Text } from '@mantine/core';
import type { CandidatePersonRef } from '@sigap/domain';
import { useFormat } from '../../shared/format.js';

/** One side of a pair without identifying data: case number, institution, source, date. */
export function PersonRefText({ p }: { p: CandidatePersonRef }) {
  const fmt = useFormat();
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600}>
        {p.caseNumber}
      </Text>
      <Text size="xs">
        {p.institution.name}
        {p.sourceSystem ? ` · ${p.sourceSystem}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {[fmt.date(p.reportedOn), p.caseRegionCode].filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}
