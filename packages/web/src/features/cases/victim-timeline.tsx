import { Badge, Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconCircleDashed, IconProgress } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { timelineQuery } from './api.js';

const STATE_ICON = { done: IconCheck, open: IconProgress, not_started: IconCircleDashed } as const;
const STATE_COLOR = { done: 'teal.9', open: 'indigo.8', not_started: 'gray.7' } as const;

/**
 * The road to recovery (pemulihan paripurna): every service type in the usual order, done, open
 * or not started, so what is still missing shows at a glance.
 */
export function VictimTimeline({ caseId, personId }: { caseId: string; personId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const query = useQuery(timelineQuery(caseId, personId));
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  const { stages, totals } = query.data;
  return (
    <Box data-testid="victim-timeline">
      <Text size="sm" mb="xs">
        {t('cases.timeline.totals', {
          done: totals.done,
          open: totals.open,
          notStarted: totals.notStarted,
        })}
      </Text>
      <Box component="ol" m={0} p={0} style={{ listStyle: 'none', display: 'grid', gap: 8 }}>
        {stages.map((s) => {
          const Icon = STATE_ICON[s.state];
          const last = s.services.at(-1);
          return (
            <Box component="li" key={s.serviceType.code}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon size={24} radius="xl" color={STATE_COLOR[s.state]} aria-hidden="true">
                  <Icon size={14} />
                </ThemeIcon>
                <div>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      {s.order}. {fmt.bi(s.serviceType)}
                    </Text>
                    <Badge variant="outline" color={STATE_COLOR[s.state]} size="sm">
                      {t(`cases.timeline.state.${s.state}`)}
                    </Badge>
                  </Group>
                  {last ? (
                    <Text size="xs" c="dimmed">
                      {[
                        fmt.bi(last.status),
                        last.providerUnit?.name,
                        last.startedOn ? fmt.date(last.startedOn) : null,
                        last.endedOn ? `– ${fmt.date(last.endedOn)}` : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
