import { Badge, Box, Table, Text } from '@mantine/core';
import { type CandidateDetail, VERIFICATION_STATES } from '@sigap/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';
import { srOnly } from '../../shared/sr-only.js';
import { usePicklistLabel } from '../case-import/picklist-label.js';

type Person = CandidateDetail['a'];
type Line = {
  key: string;
  label: string;
  show: (p: Person) => ReactNode;
  compare?: (p: Person) => unknown;
};

/**
 * The two records side by side, one field per row, so the eye runs across; rows that differ are
 * marked (bold, a tint, and the word "differs" for screen readers).
 */
export function PairTable({ pair }: { pair: CandidateDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = usePicklistLabel();
  const dash = (v: string | number | null | undefined) =>
    v === null || v === undefined || v === '' ? '—' : String(v);
  const lines: Line[] = [
    {
      key: 'case',
      label: t('clearing.person.case'),
      show: (p) => (
        <AnchorLink to="/cases/$caseId" params={{ caseId: p.caseId }}>
          {p.caseNumber}
        </AnchorLink>
      ),
    },
    {
      key: 'institution',
      label: t('clearing.person.institution'),
      show: (p) => p.institution.name,
    },
    { key: 'source', label: t('clearing.person.sourceSystem'), show: (p) => dash(p.sourceSystem) },
    {
      key: 'reported',
      label: t('clearing.person.reportedOn'),
      show: (p) => fmt.date(p.reportedOn),
    },
    {
      key: 'caseRegion',
      label: t('clearing.person.caseRegion'),
      show: (p) => dash(p.caseRegionCode),
    },
    {
      key: 'name',
      label: t('clearing.person.name'),
      show: (p) => dash(p.name),
      compare: (p) => p.name,
    },
    {
      key: 'nik',
      label: t('clearing.person.nik'),
      show: (p) => dash(p.nik),
      compare: (p) => p.nik,
    },
    {
      key: 'passport',
      label: t('clearing.person.passport'),
      show: (p) => dash(p.passport),
      compare: (p) => p.passport,
    },
    {
      key: 'birthDate',
      label: t('clearing.person.birthDate'),
      show: (p) => (p.birthDate ? fmt.date(p.birthDate) : dash(p.birthYear)),
      compare: (p) => p.birthDate ?? p.birthYear,
    },
    {
      key: 'age',
      label: t('clearing.person.age'),
      show: (p) => (
        <>
          {dash(p.ageAtIdentification)}
          {p.isMinor ? (
            <Badge ml={6} color="red.9" variant="filled" radius="sm">
              {t('clearing.person.minor')}
            </Badge>
          ) : null}
        </>
      ),
      compare: (p) => p.ageAtIdentification,
    },
    {
      key: 'sex',
      label: t('clearing.person.sex'),
      show: (p) => (p.sex ? label('sex', p.sex) : '—'),
      compare: (p) => p.sex,
    },
    {
      key: 'citizenship',
      label: t('clearing.person.citizenship'),
      show: (p) => dash(p.citizenship),
      compare: (p) => p.citizenship,
    },
    {
      key: 'addressRegion',
      label: t('clearing.person.addressRegion'),
      show: (p) => dash(p.addressRegionCode),
      compare: (p) => p.addressRegionCode,
    },
    {
      key: 'address',
      label: t('clearing.person.address'),
      show: (p) => dash(p.address),
      compare: (p) => p.address,
    },
    {
      key: 'events',
      label: t('clearing.person.events'),
      show: (p) =>
        p.events.length === 0
          ? '—'
          : [
              ...new Set(
                p.events.map((e) =>
                  [
                    label('event_type', e.type),
                    e.date ? fmt.date(e.date) : null,
                    e.regionCode ?? e.countryCode,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                ),
              ),
            ].map((line) => (
              <Text key={line} size="sm">
                {line}
              </Text>
            )),
    },
    {
      key: 'verification',
      label: t('clearing.person.verification'),
      show: (p) => {
        const state = VERIFICATION_STATES.find((v) => v === p.verificationState);
        return state ? t(`clearing.verification.${state}`) : p.verificationState;
      },
    },
    {
      key: 'cluster',
      label: t('clearing.person.cluster'),
      show: (p) => t('clearing.person.clusterSize', { count: p.clusterSize }),
    },
  ];
  return (
    <Box
      style={{ overflowX: 'auto' }}
      tabIndex={0}
      role="region"
      aria-label={t('clearing.pair.compare')}
    >
      <Table verticalSpacing="xs" miw={560} data-testid="pair-table">
        <Table.Caption style={srOnly}>{t('clearing.pair.compare')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('clearing.pair.field')}</Table.Th>
            <Table.Th>{t('clearing.recordA')}</Table.Th>
            <Table.Th>{t('clearing.recordB')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => {
            const a = line.compare?.(pair.a);
            const b = line.compare?.(pair.b);
            const differs =
              line.compare !== undefined &&
              a !== null &&
              b !== null &&
              a !== undefined &&
              b !== undefined &&
              String(a) !== String(b);
            const cell = {
              style: differs
                ? { background: 'var(--mantine-color-yellow-0)', fontWeight: 700 }
                : undefined,
            };
            return (
              <Table.Tr key={line.key}>
                <Table.Th scope="row" fw={600}>
                  {line.label}
                  {differs ? <span style={srOnly}> ({t('clearing.pair.differs')})</span> : null}
                </Table.Th>
                <Table.Td {...cell}>{line.show(pair.a)}</Table.Td>
                <Table.Td {...cell}>{line.show(pair.b)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
