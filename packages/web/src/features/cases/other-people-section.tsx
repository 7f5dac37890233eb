import { Button, Stack, Text, Title } from '@mantine/core';
import type { CaseDetail } from '@sigap/domain';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OpenDialog, useCaseAbilities } from './case-dialogs.js';
import { DeleteRecordButton } from './delete-record-button.js';
import { RowButton } from './edit-button.js';
import { PersonCard } from './person-card.js';
import { Section } from './section.js';

type Props = { c: CaseDetail; may: ReturnType<typeof useCaseAbilities>; open: OpenDialog };

/** Pelaku dan saksi: perpetrators (role in the process, individual or corporate) and witnesses. */
export function OtherPeopleSection({ c, may, open }: Props) {
  const { t } = useTranslation();
  const groups = [
    { role: 'perpetrator' as const, title: t('cases.people.perpetrators') },
    { role: 'witness' as const, title: t('cases.people.witnesses') },
  ];
  return (
    <Section
      title={t('cases.people.others')}
      testId="case-others"
      actions={
        may.write
          ? groups.map((g) => (
              <Button
                key={g.role}
                size="xs"
                variant="default"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() => open({ kind: 'person', role: g.role, person: null })}
              >
                {t(`cases.people.add.${g.role}`)}
              </Button>
            ))
          : null
      }
    >
      {groups.map((g) => {
        const people = c.people.filter((p) => p.role === g.role);
        return (
          <Stack key={g.role} gap="xs">
            <Title order={3} size="h5">
              {g.title}
            </Title>
            {people.length === 0 ? <Text size="sm">{t('cases.people.noneRecorded')}</Text> : null}
            {people.map((p, i) => {
              const name = t(`cases.people.${g.role}N`, { n: i + 1 });
              return (
                <PersonCard
                  key={p.id}
                  person={p}
                  heading={name}
                  headingOrder={4}
                  actions={
                    <>
                      {may.write ? (
                        <>
                          <RowButton
                            what={name}
                            onClick={() => open({ kind: 'person', role: g.role, person: p })}
                          />
                          <DeleteRecordButton
                            caseId={c.id}
                            segment="people"
                            itemId={p.id}
                            what={name}
                            message={t('cases.delete.person', { what: name })}
                            testId="person-delete"
                          />
                        </>
                      ) : null}
                      {may.verify ? (
                        <RowButton
                          label={t('cases.verify.action')}
                          what={name}
                          onClick={() =>
                            open({
                              kind: 'verify',
                              personId: p.id,
                              subject: name,
                              current: p.verification.state,
                            })
                          }
                        />
                      ) : null}
                    </>
                  }
                />
              );
            })}
          </Stack>
        );
      })}
    </Section>
  );
}
