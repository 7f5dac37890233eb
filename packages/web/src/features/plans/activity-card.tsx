import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { srOnly } from '../../shared/sr-only.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { type PlanFormat, usePlanFormat } from './plan-format.js';
import type { ActivityView } from './types.js';

/** The id an activity's card carries, so a RAD can link to the RAN activity it implements. */
export const activityAnchor = (code: string) => `aksi-${code}`;

type Props = { activity: ActivityView; years: number[] };

/** One activity (aksi): who is responsible, its budget per year and its indicators' targets. */
export function ActivityCard({ activity: a, years }: Props) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  // a phone reads indicators one under another; a wider screen compares targets across a row
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const headingId = `${activityAnchor(a.code)}-title`;
  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      id={activityAnchor(a.code)}
      aria-labelledby={headingId}
      data-testid="plan-activity"
      tabIndex={-1}
      style={{ scrollMarginTop: 100 }}
    >
      <Title order={5} id={headingId} className="wrap-anywhere" mb="xs">
        <Text span fw={700} mr={6}>
          {a.code}
        </Text>
        {a.title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing={6} m={0}>
        <Item label={t('plans.fields.responsible')}>
          {a.responsibleInstitution.name} ({a.responsibleInstitution.code})
        </Item>
        <Item label={t('plans.fields.related')}>
          {a.relatedInstitutions.length === 0
            ? '—'
            : a.relatedInstitutions.map((i) => `${i.name} (${i.code})`).join('; ')}
        </Item>
        {a.ranActivity ? (
          <Item label={t('plans.fields.ranActivity')}>
            <AnchorLink
              to="/plans/$planId"
              params={{ planId: a.ranActivity.planId }}
              search={{}}
              hash={activityAnchor(a.ranActivity.code)}
            >
              {a.ranActivity.code} — {a.ranActivity.title}
            </AnchorLink>
          </Item>
        ) : null}
        <Item label={t('plans.fields.budget')}>
          <Budget activity={a} years={years} f={f} />
        </Item>
      </SimpleGrid>
      {phone ? (
        <IndicatorStack activity={a} years={years} f={f} />
      ) : (
        <IndicatorTable activity={a} years={years} f={f} />
      )}
    </Paper>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="xs" c="dimmed" fw={700}>
        {label}
      </Text>
      <Text component="dd" m={0} size="sm" className="wrap-anywhere">
        {children}
      </Text>
    </Stack>
  );
}

function Budget({ activity, years, f }: Props & { f: PlanFormat }) {
  const { t } = useTranslation();
  const first = activity.budget[0];
  if (!first) return <>{t('plans.budget.noPagu')}</>;
  const byYear = new Map(activity.budget.map((b) => [b.year, b]));
  const noAmounts = activity.budget.every((b) => b.amount === null || b.amount === 0);
  if (noAmounts)
    return (
      <>
        {f.budgetSource(first.source)}:{' '}
        {first.attached ? t('plans.budget.attachedNoAmount') : t('plans.budget.noPagu')}
      </>
    );
  return (
    <Stack gap={4} component="span">
      <Group gap={6} component="span">
        <span>{f.budgetSource(first.source)}</span>
        {first.attached ? (
          <StatusBadge tone="info">{t('plans.budget.attached')}</StatusBadge>
        ) : null}
      </Group>
      <Group gap="xs" component="span" wrap="wrap">
        {years.map((y) => (
          <Text span size="sm" key={y} style={{ whiteSpace: 'nowrap' }}>
            <Text span fw={600}>
              {y}:
            </Text>{' '}
            {f.budgetAmount(byYear.get(y))}
          </Text>
        ))}
      </Group>
    </Stack>
  );
}

function IndicatorTable({ activity, years, f }: Props & { f: PlanFormat }) {
  const { t } = useTranslation();
  const caption = t('plans.detail.indicatorsOf', { code: activity.code });
  return (
    <Box mt="sm" style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={caption}>
      <Table verticalSpacing={4} horizontalSpacing="xs" miw={480 + years.length * 64} fz="sm">
        <Table.Caption style={srOnly}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th rowSpan={2}>{t('plans.fields.code')}</Table.Th>
            <Table.Th rowSpan={2}>{t('plans.fields.indicator')}</Table.Th>
            <Table.Th rowSpan={2}>{t('plans.fields.unit')}</Table.Th>
            <Table.Th rowSpan={2}>{t('plans.fields.direction')}</Table.Th>
            <Table.Th rowSpan={2}>{t('plans.fields.baseline')}</Table.Th>
            <Table.Th colSpan={years.length} scope="colgroup" ta="center">
              {t('plans.fields.targets')}
            </Table.Th>
          </Table.Tr>
          <Table.Tr>
            {years.map((y) => (
              <Table.Th key={y} scope="col" ta="right">
                {y}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activity.indicators.map((i) => (
            <Table.Tr key={i.code} data-testid="plan-indicator">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.code}</Table.Td>
              <Table.Td miw={180}>{i.name}</Table.Td>
              <Table.Td>{i.unit}</Table.Td>
              <Table.Td miw={120}>{f.direction(i.direction)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {i.baseline === null
                  ? '—'
                  : `${indicatorValue(i.direction, i.baseline, f, t)}${i.baselineYear ? ` (${i.baselineYear})` : ''}`}
              </Table.Td>
              {years.map((y) => {
                const target = i.targets[String(y)];
                return (
                  <Table.Td key={y} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {target === undefined ? '—' : indicatorValue(i.direction, target, f, t)}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function IndicatorStack({ activity, years, f }: Props & { f: PlanFormat }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mt="sm" component="ul" p={0} style={{ listStyle: 'none' }}>
      {activity.indicators.map((i) => (
        <Box
          component="li"
          key={i.code}
          p="xs"
          bg="gray.0"
          style={{ borderRadius: 4 }}
          data-testid="plan-indicator"
        >
          <Text size="sm" fw={700} className="wrap-anywhere">
            {i.code} {i.name}
          </Text>
          <Text size="sm">
            {i.unit} · {f.direction(i.direction)}
          </Text>
          <Text size="sm">
            {t('plans.fields.baseline')}:{' '}
            {i.baseline === null
              ? '—'
              : `${indicatorValue(i.direction, i.baseline, f, t)}${i.baselineYear ? ` (${i.baselineYear})` : ''}`}
          </Text>
          <Text size="sm">
            {t('plans.fields.targets')}:{' '}
            {years
              .map((y) => {
                const target = i.targets[String(y)];
                return `${y}: ${target === undefined ? '—' : indicatorValue(i.direction, target, f, t)}`;
              })
              .join(' · ')}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}

/** Yes/no indicators hold 1 or 0; people read "Ya"/"Tidak". */
function indicatorValue(
  direction: string,
  value: number,
  f: PlanFormat,
  t: (key: 'status.yes' | 'status.no') => string,
): string {
  if (direction === 'yes_no') return value === 1 ? t('status.yes') : t('status.no');
  return f.number(value);
}
