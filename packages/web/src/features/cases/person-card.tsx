import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PersonView } from '@sigap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { type InfoItem, InfoList } from '../../shared/info-list.js';
import { MinorBadge, VerificationBadge } from './case-badges.js';
import { IDENTITY_KEYS } from './case-values.js';
import { useCodeText, useCountries, useFieldLabel } from './reference.js';

/** An identifying field: its value when opened, "hidden" when it holds one, else a dash. */
function useIdentityValue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (p: PersonView, field: (typeof IDENTITY_KEYS)[number]): ReactNode => {
    if (p.identity) {
      const v = p.identity[field];
      if (!v) return '—';
      return field === 'birthDate' ? fmt.date(v) : v;
    }
    return p.identityFields.includes(field) ? (
      <Text component="span" fs="italic" c="dimmed">
        {t('cases.identity.hiddenValue')}
      </Text>
    ) : (
      '—'
    );
  };
}

type Props = {
  person: PersonView;
  /** "Korban 1", "Pelaku 2" */
  heading: string;
  /** 3 under a section's heading; 4 under a group's ("Pelaku"). */
  headingOrder?: 3 | 4;
  actions?: ReactNode;
  children?: ReactNode;
};

/** One person of the case with their fields; a child victim carries the "Anak" caution. */
export function PersonCard({ person: p, heading, headingOrder = 3, actions, children }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useFieldLabel();
  const code = useCodeText();
  const countries = useCountries();
  const identity = useIdentityValue();
  const age =
    p.ageAtIdentification === null
      ? '—'
      : `${p.ageAtIdentification} ${t(p.ageSource === 'birth_date' ? 'cases.people.ageFromBirth' : 'cases.people.ageStated')}`;
  const items: InfoItem[] = [
    ...IDENTITY_KEYS.map((f) => ({ label: label('person', f), value: identity(p, f) })),
    { label: label('person', 'ageAtIdentification'), value: age },
    { label: label('person', 'sex'), value: code(p.sex) },
    { label: label('person', 'citizenship'), value: countries.name(p.citizenship) },
    { label: label('person', 'disability'), value: code(p.disability) },
    {
      label: label('person', 'addressRegionCode'),
      value: p.addressRegionName ?? p.addressRegionCode ?? '—',
    },
  ];
  if (p.role === 'victim')
    items.push(
      { label: label('person', 'traffickingStatus'), value: code(p.traffickingStatus) },
      { label: label('person', 'statusDecidedBy'), value: code(p.statusDecidedBy) },
      { label: label('person', 'recruiterRelation'), value: code(p.recruiterRelation) },
    );
  if (p.role === 'perpetrator')
    items.push(
      { label: label('person', 'perpetratorKind'), value: code(p.perpetratorKind) },
      {
        label: label('person', 'perpetratorRoles'),
        value: p.perpetratorRoles.length ? p.perpetratorRoles.map(fmt.bi).join(', ') : '—',
      },
    );
  return (
    <Paper
      withBorder
      p="md"
      style={p.isMinor ? { borderColor: 'var(--mantine-color-red-8)', borderWidth: 2 } : undefined}
      data-testid={`person-${p.role}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Title order={headingOrder} size="h5">
              {heading}
            </Title>
            {p.isMinor ? <MinorBadge /> : null}
            <VerificationBadge state={p.verification.state} />
          </Group>
          {actions ? <Group gap={4}>{actions}</Group> : null}
        </Group>
        {p.verification.state === 'rejected' && p.verification.reason ? (
          <Text size="sm" c="red.9">
            {t('cases.verify.rejectedBecause', { reason: p.verification.reason })}
          </Text>
        ) : null}
        <InfoList cols={3} items={items} />
        {children}
      </Stack>
    </Paper>
  );
}
