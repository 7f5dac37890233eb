import { Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { CaseDetail, ConsentView, PersonView, ServiceView } from '@sigap/domain';
import { IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { ServiceStatusBadge } from './case-badges.js';
import type { OpenDialog, useCaseAbilities } from './case-dialogs.js';
import { DeleteRecordButton } from './delete-record-button.js';
import { RowButton } from './edit-button.js';
import { PersonCard } from './person-card.js';
import { useFieldLabel } from './reference.js';
import { Section } from './section.js';
import { VictimTimeline } from './victim-timeline.js';

type May = ReturnType<typeof useCaseAbilities>;
type Props = { c: CaseDetail; may: May; open: OpenDialog };

/** Korban: each with their services, consents and road to recovery. */
export function VictimsSection({ c, may, open }: Props) {
  const { t } = useTranslation();
  const victims = c.people.filter((p) => p.role === 'victim');
  return (
    <Section
      title={t('cases.people.victims')}
      testId="case-victims"
      actions={
        may.write ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={() => open({ kind: 'person', role: 'victim', person: null })}
          >
            {t('cases.people.add.victim')}
          </Button>
        ) : null
      }
    >
      {victims.length === 0 ? <Text size="sm">{t('cases.people.noVictims')}</Text> : null}
      {victims.map((p, i) => (
        <Victim key={p.id} c={c} person={p} n={i + 1} may={may} open={open} />
      ))}
    </Section>
  );
}

function Victim({
  c,
  person,
  n,
  may,
  open,
}: { c: CaseDetail; person: PersonView } & {
  n: number;
  may: May;
  open: OpenDialog;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [timeline, setTimeline] = useState(false);
  const name = t('cases.people.victimN', { n });
  const services = c.services.filter((s) => s.personId === person.id);
  const mayServe = may.services(person.id);
  return (
    <PersonCard
      person={person}
      heading={name}
      actions={
        <>
          {may.write ? (
            <RowButton
              what={name}
              onClick={() => open({ kind: 'person', role: 'victim', person })}
            />
          ) : null}
          {may.verify ? (
            <RowButton
              label={t('cases.verify.action')}
              what={name}
              onClick={() =>
                open({
                  kind: 'verify',
                  personId: person.id,
                  subject: name,
                  current: person.verification.state,
                })
              }
            />
          ) : null}
          {may.write ? (
            <RowButton
              label={t('cases.referrals.refer')}
              what={name}
              testId="victim-refer"
              onClick={() => open({ kind: 'referral', person, victimLabel: name })}
            />
          ) : null}
          {may.write ? (
            <DeleteRecordButton
              caseId={c.id}
              segment="people"
              itemId={person.id}
              what={name}
              message={t('cases.delete.victim', { what: name })}
              testId="victim-delete"
            />
          ) : null}
        </>
      }
    >
      <Subheading
        title={t('cases.services.title')}
        action={
          mayServe ? (
            <RowButton
              label={t('cases.services.addShort')}
              what={name}
              testId="victim-add-service"
              onClick={() =>
                open({ kind: 'service', personId: person.id, victimLabel: name, service: null })
              }
            />
          ) : null
        }
      />
      <ServicesTable
        caption={t('cases.services.caption', { victim: name })}
        services={services}
        actions={
          mayServe
            ? (s) => (
                <Group gap={4} wrap="nowrap">
                  <RowButton
                    what={fmt.bi(s.serviceType)}
                    onClick={() =>
                      open({ kind: 'service', personId: person.id, victimLabel: name, service: s })
                    }
                  />
                  <DeleteRecordButton
                    caseId={c.id}
                    segment="services"
                    itemId={s.id}
                    what={fmt.bi(s.serviceType)}
                    message={t('cases.delete.service', {
                      what: fmt.bi(s.serviceType),
                      victim: name,
                    })}
                    testId="service-delete"
                  />
                </Group>
              )
            : null
        }
      />
      <Subheading
        title={t('cases.consents.title')}
        action={
          may.write ? (
            <RowButton
              label={t('cases.consents.addShort')}
              what={name}
              testId="victim-add-consent"
              onClick={() =>
                open({ kind: 'consent', personId: person.id, victimLabel: name, consent: null })
              }
            />
          ) : null
        }
      />
      <ConsentsList
        consents={person.consents}
        onEdit={
          may.write
            ? (consent) =>
                open({ kind: 'consent', personId: person.id, victimLabel: name, consent })
            : null
        }
      />
      <Stack gap="xs">
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            aria-expanded={timeline}
            aria-controls={`timeline-${person.id}`}
            leftSection={
              timeline ? (
                <IconChevronDown size={14} aria-hidden="true" />
              ) : (
                <IconChevronRight size={14} aria-hidden="true" />
              )
            }
            onClick={() => setTimeline((v) => !v)}
          >
            {t('cases.timeline.toggle', { victim: name })}
          </Button>
        </Group>
        <div id={`timeline-${person.id}`}>
          {timeline ? <VictimTimeline caseId={c.id} personId={person.id} /> : null}
        </div>
      </Stack>
    </PersonCard>
  );
}

function Subheading({ title, action }: { title: string; action?: React.ReactNode }) {
  return (
    <Group justify="space-between" gap="xs" mt="xs">
      <Title order={4} size="h6">
        {title}
      </Title>
      {action}
    </Group>
  );
}

function ServicesTable(props: {
  caption: string;
  services: ServiceView[];
  /** Change and delete, for a user who may record this victim's services. */
  actions: ((s: ServiceView) => React.ReactNode) | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useFieldLabel();
  const { actions } = props;
  const columns: Column<ServiceView>[] = [
    { key: 'type', header: label('service', 'serviceType'), render: (s) => fmt.bi(s.serviceType) },
    {
      key: 'provider',
      header: label('service', 'providerUnitId'),
      render: (s) => s.providerUnit?.name ?? s.regionName ?? '—',
    },
    {
      key: 'status',
      header: label('service', 'status'),
      render: (s) => <ServiceStatusBadge status={s.status} />,
    },
    {
      key: 'dates',
      header: `${label('service', 'startedOn')} – ${label('service', 'endedOn')}`,
      nowrap: true,
      render: (s) => `${fmt.date(s.startedOn)} – ${fmt.date(s.endedOn)}`,
    },
    { key: 'notes', header: label('service', 'notes'), render: (s) => s.notes ?? '—' },
  ];
  if (actions) columns.push({ key: 'edit', header: t('cases.table.actions'), render: actions });
  return (
    <DataTable
      caption={props.caption}
      columns={columns}
      rows={props.services}
      rowKey={(s) => s.id}
    />
  );
}

function ConsentsList({
  consents,
  onEdit,
}: {
  consents: ConsentView[];
  onEdit: ((c: ConsentView) => void) | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (consents.length === 0) return <Text size="sm">{t('cases.consents.none')}</Text>;
  return (
    <Box component="ul" m={0} pl="md" style={{ display: 'grid', gap: 4 }}>
      {consents.map((c) => (
        <li key={c.id}>
          <Group gap="xs">
            <Text size="sm">
              {fmt.bi(c.kind)}: {c.given ? t('cases.consents.given') : t('cases.consents.refused')}{' '}
              ({fmt.date(c.recordedOn)}){c.note ? ` — ${c.note}` : ''}
            </Text>
            {onEdit ? <RowButton what={fmt.bi(c.kind)} onClick={() => onEdit(c)} /> : null}
          </Group>
        </li>
      ))}
    </Box>
  );
}
