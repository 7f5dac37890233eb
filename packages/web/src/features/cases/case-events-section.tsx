import { Box, Button, Group, Text } from '@mantine/core';
import type { CaseDetail, CaseEventView } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import type { OpenDialog, useCaseAbilities } from './case-dialogs.js';
import { DeleteRecordButton } from './delete-record-button.js';
import { RowButton } from './edit-button.js';
import { Section } from './section.js';

type Props = { c: CaseDetail; may: ReturnType<typeof useCaseAbilities>; open: OpenDialog };

/** Where a place is: the Indonesian region, else the country, with the note beside. */
export function usePlaceText() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (e: CaseEventView) => {
    const place =
      e.regionName ?? e.regionCode ?? (e.countryName ? fmt.bi(e.countryName) : e.countryCode);
    const where = place ?? t('cases.events.noPlace');
    return e.placeNote ? `${where} — ${e.placeNote}` : where;
  };
}

/** Peristiwa: recruitment, transit, exploitation, in the order they happened. */
export function CaseEventsSection({ c, may, open }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const place = usePlaceText();
  return (
    <Section
      title={t('cases.events.title')}
      testId="case-events"
      actions={
        may.write ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => open({ kind: 'event', event: null })}
          >
            {t('cases.events.add')}
          </Button>
        ) : null
      }
    >
      {c.events.length === 0 ? (
        <Text size="sm">{t('cases.events.none')}</Text>
      ) : (
        <Box component="ol" m={0} p={0} style={{ listStyle: 'none', display: 'grid', gap: 12 }}>
          {c.events.map((e) => (
            <Box component="li" key={e.id}>
              <Group gap="xs" justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Text fw={600}>
                    {e.seq}. {fmt.bi(e.eventType)}
                  </Text>
                  <Text size="sm">
                    {e.occurredOn ? fmt.date(e.occurredOn) : t('cases.events.noDate')}
                  </Text>
                  <Text size="sm" c="dimmed" className="wrap-anywhere">
                    {place(e)}
                  </Text>
                </div>
                {may.write ? (
                  <Group gap={4} wrap="nowrap">
                    <RowButton
                      what={t('cases.events.numbered', { n: e.seq })}
                      onClick={() => open({ kind: 'event', event: e })}
                    />
                    <DeleteRecordButton
                      caseId={c.id}
                      segment="events"
                      itemId={e.id}
                      what={t('cases.events.numbered', { n: e.seq })}
                      message={t('cases.delete.event', {
                        what: t('cases.events.numbered', { n: e.seq }),
                      })}
                      testId="event-delete"
                    />
                  </Group>
                ) : null}
              </Group>
            </Box>
          ))}
        </Box>
      )}
    </Section>
  );
}
