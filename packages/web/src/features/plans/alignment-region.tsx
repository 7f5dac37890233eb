import {
  Box,
  Button,
  Collapse,
  Group,
  List,
  Paper,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { StatusBadge } from '../../shared/status-badge.js';
import type { ProvinceGroup } from './alignment-groups.js';
import { usePlanFormat } from './plan-format.js';
import type { AlignmentRegion, AlignmentView } from './types.js';

type RanActivity = AlignmentView['ranActivities'][number];

/**
 * One region's RAD(s) and how many RAN activities they implement; the lists of covered and
 * uncovered activities open on demand (a RAN has dozens).
 */
export function AlignmentRegionRow({
  region: r,
  activities,
}: {
  region: AlignmentRegion;
  activities: Map<string, RanActivity>;
}) {
  const { t } = useTranslation();
  // the province card already names the province; its own row is "the provincial RAD"
  const label =
    r.level === 'province'
      ? t('plans.alignment.provinceRad', { name: r.name })
      : `${r.name} (${r.code})`;
  const f = usePlanFormat();
  const [opened, { toggle }] = useDisclosure(false);
  const total = r.coveredActivityIds.length + r.notCoveredActivityIds.length;
  const pct = total === 0 ? 0 : Math.round((r.coveredActivityIds.length / total) * 100);
  const headingId = `align-${r.code}`;
  const detailId = `align-${r.code}-detail`;
  const coverage = t('plans.alignment.coverage', {
    covered: r.coveredActivityIds.length,
    total,
    percent: pct,
  });

  return (
    <Box
      component="article"
      aria-labelledby={headingId}
      py="sm"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      data-testid={`alignment-region-${r.code}`}
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={3} size="h5" id={headingId} className="wrap-anywhere">
          {label}
        </Title>
        {r.rads.length > 0 ? (
          <StatusBadge tone="ok">{t('plans.alignment.hasRad')}</StatusBadge>
        ) : (
          <StatusBadge tone="danger">{t('plans.alignment.noRad')}</StatusBadge>
        )}
      </Group>
      {r.rads.length === 0 ? null : (
        <Stack gap={6} mt={4}>
          {r.rads.map((rad) => (
            <AnchorLink
              key={rad.id}
              to="/plans/$planId"
              params={{ planId: rad.id }}
              search={{}}
              size="sm"
              className="wrap-anywhere"
            >
              {rad.title} ({f.period(rad)})
            </AnchorLink>
          ))}
          <Text size="sm">{coverage}</Text>
          <Progress.Root size="md" maw={420}>
            <Progress.Section value={pct} color="teal.8" aria-label={coverage} />
          </Progress.Root>
          <Box>
            <Button
              variant="default"
              size="compact-sm"
              onClick={toggle}
              aria-expanded={opened}
              aria-controls={detailId}
            >
              {opened ? t('plans.alignment.hideActivities') : t('plans.alignment.showActivities')}
            </Button>
          </Box>
          <Collapse expanded={opened} id={detailId}>
            {opened ? (
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <ActivityList
                  title={t('plans.alignment.covered', { count: r.coveredActivityIds.length })}
                  ids={r.coveredActivityIds}
                  activities={activities}
                />
                <ActivityList
                  title={t('plans.alignment.notCovered', { count: r.notCoveredActivityIds.length })}
                  ids={r.notCoveredActivityIds}
                  activities={activities}
                />
              </SimpleGrid>
            ) : null}
          </Collapse>
        </Stack>
      )}
    </Box>
  );
}

function ActivityList(props: {
  title: string;
  ids: string[];
  activities: Map<string, RanActivity>;
}) {
  return (
    <Box>
      <Text fw={700} size="sm" mb={4}>
        {props.title}
      </Text>
      {props.ids.length === 0 ? (
        <Text size="sm">—</Text>
      ) : (
        <List size="sm" spacing={2}>
          {props.ids.map((id) => {
            const a = props.activities.get(id);
            return (
              <List.Item key={id} className="wrap-anywhere">
                {a ? `${a.code} — ${a.title}` : id}
              </List.Item>
            );
          })}
        </List>
      )}
    </Box>
  );
}

/** A province with its own RAD row, its kabupaten/kota with a RAD, and those without one. */
export function ProvinceCard({
  group: g,
  activities,
}: {
  group: ProvinceGroup;
  activities: Map<string, AlignmentView['ranActivities'][number]>;
}) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const headingId = `province-${g.code}`;
  const listId = `province-${g.code}-without`;
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`alignment-province-${g.code}`}
    >
      <Title order={2} size="h4" id={headingId} className="wrap-anywhere" mb="xs">
        {g.name} ({g.code})
      </Title>
      {[...(g.province ? [g.province] : []), ...g.regencies].map((r) => (
        <AlignmentRegionRow key={r.code} region={r} activities={activities} />
      ))}
      {g.regenciesWithoutRad.length > 0 ? (
        <Box pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
          <Button
            variant="default"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={opened}
            aria-controls={listId}
          >
            {t('plans.alignment.regenciesWithoutRad', { count: g.regenciesWithoutRad.length })}
          </Button>
          <Collapse expanded={opened} id={listId}>
            <Text size="sm" mt={4} className="wrap-anywhere">
              {g.regenciesWithoutRad.map((r) => `${r.name} (${r.code})`).join(', ')}
            </Text>
          </Collapse>
        </Box>
      ) : null}
    </Paper>
  );
}
