import { ActionIcon, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { randomId } from '@mantine/hooks';
import { CaseCreate } from '@sigap/domain';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError, orNull } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { caseKeys, casesApi } from './api.js';
import { CaseFields } from './case-fields.js';
import {
  type CaseValues,
  caseInput,
  caseValues,
  type EventValues,
  eventInput,
  eventValues,
  type PersonValues,
  personCreateInput,
  personValues,
} from './case-values.js';
import { EventFields } from './event-fields.js';
import { bindFields, withNestedErrors } from './form-binding.js';
import { PersonFields } from './person-fields.js';

/** An event row with a React key that follows it when rows move. */
type EventRow = EventValues & { key: string };
type CreateValues = CaseValues & { events: EventRow[]; people: PersonValues[] };

const eventRow = (eventType?: string): EventRow => ({
  ...eventValues(undefined, eventType),
  key: randomId(),
});

/** Every row is sent (a row left without its stage is refused there, not silently dropped). */
function createInput(v: CreateValues) {
  return {
    ...caseInput(v),
    summary: orNull(v.summary),
    events: v.events.map(eventInput),
    people: v.people.map((p) => personCreateInput(p, 'victim')),
  };
}

export function CaseCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.write" title={t('cases.create.title')}>
      <CaseCreateForm />
    </RequirePermission>
  );
}

function CaseCreateForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: {
      ...caseValues(),
      events: [eventRow('recruitment')],
      people: [personValues()],
    } as CreateValues,
    schema: CaseCreate,
    toInput: createInput,
  });
  const events = form.values.events;
  const victim = form.values.people[0] ?? personValues();

  return (
    <>
      <PageHeader
        title={t('cases.create.title')}
        subtitle={t('cases.create.subtitle')}
        back={
          <AnchorLink to="/cases" search={{}}>
            ← {t('cases.list.title')}
          </AnchorLink>
        }
      />
      <form
        noValidate
        aria-label={t('cases.create.title')}
        data-testid="case-form"
        onSubmit={onSubmit(async (payload) => {
          const created = await withNestedErrors(form, () => casesApi.create(payload));
          queryClient.setQueryData(caseKeys.detail(created.id, 'masked'), created);
          await queryClient.invalidateQueries({ queryKey: caseKeys.lists });
          notifySuccess(t('cases.create.done', { number: created.caseNumber }));
          await navigate({ to: '/cases/$caseId', params: { caseId: created.id } });
        })}
      >
        <Stack gap="lg" maw={960}>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3">
                {t('cases.create.caseSection')}
              </Title>
              <CaseFields bound={bindFields<CaseValues>(form, '', form.values)} />
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3">
                {t('cases.create.eventsSection')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('cases.create.eventsHint')}
              </Text>
              {events.map((e, i) => {
                const name = t('cases.events.numbered', { n: i + 1 });
                return (
                  <Paper key={e.key} withBorder p="md" bg="gray.0">
                    <Stack gap="sm">
                      <Group justify="space-between">
                        <Title order={3} size="h5">
                          {name}
                        </Title>
                        <Group gap={4}>
                          <ActionIcon
                            variant="default"
                            disabled={i === 0}
                            aria-label={t('cases.events.moveUp', { name })}
                            onClick={() => form.reorderListItem('events', { from: i, to: i - 1 })}
                          >
                            <IconArrowUp size={16} aria-hidden="true" />
                          </ActionIcon>
                          <ActionIcon
                            variant="default"
                            disabled={i === events.length - 1}
                            aria-label={t('cases.events.moveDown', { name })}
                            onClick={() => form.reorderListItem('events', { from: i, to: i + 1 })}
                          >
                            <IconArrowDown size={16} aria-hidden="true" />
                          </ActionIcon>
                          <ActionIcon
                            variant="default"
                            color="red.9"
                            aria-label={t('cases.events.remove', { name })}
                            onClick={() => form.removeListItem('events', i)}
                          >
                            <IconTrash size={16} aria-hidden="true" />
                          </ActionIcon>
                        </Group>
                      </Group>
                      <EventFields
                        bound={bindFields<EventValues>(form, `events.${i}.`, e)}
                        name={name}
                      />
                    </Stack>
                  </Paper>
                );
              })}
              <Group>
                <Button
                  variant="default"
                  leftSection={<IconPlus size={16} aria-hidden="true" />}
                  onClick={() => form.insertListItem('events', eventRow())}
                >
                  {t('cases.events.add')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          <Paper withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3">
                {t('cases.create.victimSection')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('cases.create.victimHint')}
              </Text>
              <PersonFields bound={bindFields(form, 'people.0.', victim)} personRole="victim" />
            </Stack>
          </Paper>
          <FormError message={formError} />
          <FormActions
            submitLabel={t('cases.create.submit')}
            submitting={submitting}
            onCancel={() => void navigate({ to: '/cases', search: {} })}
          />
        </Stack>
      </form>
    </>
  );
}
