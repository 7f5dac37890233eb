import { Box, Group, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { srOnly } from '../../shared/sr-only.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { useChangeFormat } from './change-format.js';
import type { LevelChanges, PlanChanges } from './types.js';

type Level = 'programs' | 'activities' | 'indicators';
const LEVELS: Level[] = ['programs', 'activities', 'indicators'];
type Kind = 'added' | 'changed' | 'retired';

export function changeTotals(c: PlanChanges): Record<Kind, number> {
  const sum = (k: Kind) => LEVELS.reduce((n, l) => n + c[l][k].length, 0);
  return {
    added: sum('added'),
    changed: sum('changed') + (c.plan.length > 0 ? 1 : 0),
    retired: sum('retired'),
  };
}

export function ChangeCounts({ counts }: { counts: Record<Kind, number> }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <StatusBadge tone="ok">{t('plans.changes.addedCount', { count: counts.added })}</StatusBadge>
      <StatusBadge tone="info">
        {t('plans.changes.changedCount', { count: counts.changed })}
      </StatusBadge>
      <StatusBadge tone="off">
        {t('plans.changes.retiredCount', { count: counts.retired })}
      </StatusBadge>
    </Group>
  );
}

/** One line of a change list: a row added or retired, or one field of a changed row. */
type Line = {
  key: string;
  kind: Kind;
  revived: boolean;
  code: string | null;
  activityCode: string | undefined;
  /** The field's label (changed) or the row's title (added, retired). */
  what: string;
  before: string | null;
  after: string | null;
};

function useLines() {
  const fmt = useChangeFormat();
  const planLines = (c: PlanChanges): Line[] =>
    c.plan.map((f) => ({
      key: `plan-${f.field}`,
      kind: 'changed',
      revived: false,
      code: null,
      activityCode: undefined,
      what: fmt.field(f.field),
      before: fmt.value(f.field, f.before, f.after),
      after: fmt.value(f.field, f.after, f.before),
    }));
  const levelLines = (l: LevelChanges): Line[] => {
    const row = (kind: Kind, e: LevelChanges['added'][number]): Line => ({
      key: `${kind}-${e.activityCode ?? ''}-${e.code}`,
      kind,
      revived: e.revived === true,
      code: e.code,
      activityCode: e.activityCode,
      what: e.title,
      before: null,
      after: null,
    });
    return [
      ...l.added.map((e) => row('added', e)),
      ...l.changed.flatMap((e) =>
        e.fields.map(
          (f): Line => ({
            key: `changed-${e.activityCode ?? ''}-${e.code}-${f.field}`,
            kind: 'changed',
            revived: false,
            code: e.code,
            activityCode: e.activityCode,
            what: fmt.field(f.field),
            before: fmt.value(f.field, f.before, f.after),
            after: fmt.value(f.field, f.after, f.before),
          }),
        ),
      ),
      ...l.retired.map((e) => row('retired', e)),
    ];
  };
  return { planLines, levelLines };
}

/**
 * What a revision (or an import preview) changes: the plan's own fields, then each level of the
 * matrix with its added, changed (field by field, before → after) and retired rows. A table on
 * a wide screen; on a phone one block per change, so before and after stay in view.
 */
export function ChangeList({
  changes,
  order,
  idPrefix,
}: {
  changes: PlanChanges;
  /** Heading level of each section, so the list fits the page's outline. */
  order: TitleOrder;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const { planLines, levelLines } = useLines();
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  const sections = [
    { id: 'plan', heading: t('plans.changes.planFields'), lines: planLines(changes) },
    ...LEVELS.map((level) => {
      const lines = levelLines(changes[level]);
      return {
        id: level,
        heading: `${t(`plans.changes.levels.${level}`)} (${size(changes[level])})`,
        lines,
      };
    }),
  ].filter((s) => s.lines.length > 0);
  if (sections.length === 0 && !changes.reordered) return <Text>{t('plans.changes.none')}</Text>;

  return (
    <Stack gap="md" data-testid="change-list">
      {sections.map((s) => (
        <Box component="section" key={s.id} aria-labelledby={`${idPrefix}-${s.id}`}>
          <Title order={order} size="h5" mb="xs" id={`${idPrefix}-${s.id}`}>
            {s.heading}
          </Title>
          {phone ? (
            <ChangeStack lines={s.lines} />
          ) : (
            <ChangeTable caption={s.heading} lines={s.lines} />
          )}
        </Box>
      ))}
      {changes.reordered ? <Text size="sm">{t('plans.changes.reordered')}</Text> : null}
    </Stack>
  );
}

const size = (l: LevelChanges) => l.added.length + l.changed.length + l.retired.length;

function KindBadge({ line }: { line: Line }) {
  const { t } = useTranslation();
  switch (line.kind) {
    case 'added':
      return (
        <StatusBadge tone="ok">
          {line.revived ? t('plans.changes.revived') : t('plans.changes.added')}
        </StatusBadge>
      );
    case 'changed':
      return <StatusBadge tone="info">{t('plans.changes.changed')}</StatusBadge>;
    case 'retired':
      return <StatusBadge tone="off">{t('plans.changes.retired')}</StatusBadge>;
  }
}

function Code({ line }: { line: Line }) {
  const { t } = useTranslation();
  if (line.code === null) return <>—</>;
  return (
    <>
      <Text span size="sm" fw={600}>
        {line.code}
      </Text>
      {line.activityCode && !line.code.startsWith(`${line.activityCode}.`) ? (
        <Text size="xs" c="dimmed">
          {t('plans.changes.ofActivity', { code: line.activityCode })}
        </Text>
      ) : null}
    </>
  );
}

function ChangeTable({ caption, lines }: { caption: string; lines: Line[] }) {
  const { t } = useTranslation();
  return (
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={caption}>
      <Table verticalSpacing="xs" miw={620} withTableBorder>
        <Table.Caption style={srOnly}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('plans.changes.change')}</Table.Th>
            <Table.Th>{t('plans.fields.code')}</Table.Th>
            <Table.Th>{t('plans.changes.what')}</Table.Th>
            <Table.Th>{t('plans.changes.before')}</Table.Th>
            <Table.Th>{t('plans.changes.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.key}>
              <Table.Td>
                <KindBadge line={l} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Code line={l} />
              </Table.Td>
              {l.kind === 'changed' ? (
                <>
                  <Table.Td>{l.what}</Table.Td>
                  <Table.Td className="wrap-anywhere">{l.before}</Table.Td>
                  <Table.Td className="wrap-anywhere">{l.after}</Table.Td>
                </>
              ) : (
                <Table.Td colSpan={3} className="wrap-anywhere">
                  {l.what}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}

function ChangeStack({ lines }: { lines: Line[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {lines.map((l) => (
        <Box component="li" key={l.key} p="xs" bg="gray.0" style={{ borderRadius: 4 }}>
          <Group gap="xs" mb={4}>
            <KindBadge line={l} />
            <Code line={l} />
          </Group>
          <Text size="sm" fw={l.kind === 'changed' ? 600 : 400} className="wrap-anywhere">
            {l.what}
          </Text>
          {l.kind === 'changed' ? (
            <>
              <Text size="sm" className="wrap-anywhere">
                {t('plans.changes.before')}: {l.before}
              </Text>
              <Text size="sm" className="wrap-anywhere">
                {t('plans.changes.after')}: {l.after}
              </Text>
            </>
          ) : null}
        </Box>
      ))}
    </Stack>
  );
}
