import { Badge, Box, Group, Text } from '@mantine/core';
import {
  REPORT_STATE_LABELS,
  type ReportState,
  TRAFFIC_LIGHT_LABELS,
  type TrafficLight,
} from '@sigap/domain';
import { useFormat } from '../../shared/format.js';
import { srOnly } from '../../shared/sr-only.js';
import { useNumbers } from './numbers.js';

/** Dark shades only: white text on each stays above 4.5:1. */
const STATE_COLORS: Record<ReportState, string> = {
  draft: 'gray.7',
  submitted: 'indigo.8',
  returned: 'red.9',
  verified: 'violet.9',
  approved: 'teal.9',
};

export function ReportStateBadge({ state }: { state: ReportState }) {
  const { bi } = useFormat();
  return (
    <Badge
      color={STATE_COLORS[state]}
      variant="filled"
      radius="sm"
      style={{ whiteSpace: 'nowrap', minWidth: 'max-content' }}
      data-state={state}
    >
      {bi(REPORT_STATE_LABELS[state])}
    </Badge>
  );
}

/** The lights as colours (charts use the same ones). */
export const LIGHT_COLORS: Record<TrafficLight, string> = {
  green: '#099268',
  yellow: '#f59f00',
  red: '#e03131',
  grey: '#868e96',
};

/**
 * A percent with its traffic light: a coloured dot and, so colour is never the only sign, the
 * light's name (in full, or in the dot's title where space is short).
 */
export function LightValue({
  value,
  light,
  compact,
}: {
  value: number | null;
  light: TrafficLight;
  compact?: boolean;
}) {
  const { bi } = useFormat();
  const n = useNumbers();
  const name = bi(TRAFFIC_LIGHT_LABELS[light]);
  return (
    <Group gap={6} wrap="nowrap" data-light={light} title={name} pos="relative">
      <Box
        component="span"
        aria-hidden="true"
        w={12}
        h={12}
        style={{ borderRadius: '50%', background: LIGHT_COLORS[light], flex: 'none' }}
      />
      <Text component="span" size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {n.percent(value)}
      </Text>
      {compact ? (
        <span style={srOnly}>{name}</span>
      ) : (
        <Text component="span" size="xs" c="dimmed">
          {name}
        </Text>
      )}
    </Group>
  );
}
