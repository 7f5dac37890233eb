import { useMediaQuery } from '@mantine/hooks';

/** Room for a bar chart's names: whole names on a wide screen, shortened ones on a phone. */
export function useLabelWidth(): number {
  const wide = useMediaQuery('(min-width: 62em)') ?? false;
  const medium = useMediaQuery('(min-width: 36em)') ?? false;
  return wide ? 260 : medium ? 160 : 96;
}
