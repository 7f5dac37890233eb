import { Paper, Text, Timeline, Title } from '@mantine/core';
import { REPORT_STATE_LABELS } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import type { ReportDetail } from './types.js';

/** Every step the report went through: who, when, from which state to which, and the note. */
export function ReportTimeline({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="sm">
        {t('reporting.timeline.heading')}
      </Title>
      <Timeline
        bulletSize={14}
        lineWidth={2}
        active={report.timeline.length - 1}
        component="ol"
        data-testid="report-timeline"
        style={{ paddingInlineStart: 0 }}
      >
        {report.timeline.map((e) => (
          <Timeline.Item
            key={e.id}
            component="li"
            title={
              <Text component="span" fw={600} size="sm">
                {fmt.bi(e.label)}
              </Text>
            }
          >
            <Text size="xs">
              {e.fromState
                ? t('reporting.timeline.change', {
                    from: fmt.bi(REPORT_STATE_LABELS[e.fromState]),
                    to: fmt.bi(REPORT_STATE_LABELS[e.toState]),
                  })
                : fmt.bi(REPORT_STATE_LABELS[e.toState])}
            </Text>
            <Text size="xs" c="dimmed">
              {t('reporting.timeline.by', {
                who: e.actor?.name ?? t('reporting.timeline.system'),
                when: fmt.dateTime(e.at),
              })}
            </Text>
            {e.note ? (
              <Text size="sm" mt={4} className="wrap-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
                “{e.note}”
              </Text>
            ) : null}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
