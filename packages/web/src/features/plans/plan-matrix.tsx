import { Accordion, Box, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { STRATEGY_CODES, type StrategyCode } from '@sigap/domain';
import { IconSearch } from '@tabler/icons-react';
import { useLocation } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityCard, activityAnchor } from './activity-card.js';
import { usePlanFormat } from './plan-format.js';
import type { ActivityView, PlanDetail, ProgramView } from './types.js';

function matches(a: ActivityView, needle: string): boolean {
  const hay = [
    a.code,
    a.title,
    a.responsibleInstitution.code,
    a.responsibleInstitution.name,
    ...a.relatedInstitutions.flatMap((i) => [i.code, i.name]),
    ...a.indicators.flatMap((i) => [i.code, i.name]),
  ];
  return hay.some((s) => s.toLowerCase().includes(needle));
}

/**
 * The plan's matrix, strategy → program → activity → indicators. Programs fold (a phone shows
 * one at a time), a filter narrows the activities, and an address ending in #aksi-<code> opens
 * that activity's program and scrolls to it.
 */
export function PlanMatrix({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  const { hash } = useLocation();
  const [open, setOpen] = useState<string[]>([]);
  const [filter, setFilter] = useState('');
  const [needle] = useDebouncedValue(filter.trim().toLowerCase(), 250);
  const years = useMemo(() => {
    const out: number[] = [];
    for (let y = plan.startYear; y <= plan.endYear; y++) out.push(y);
    return out;
  }, [plan.startYear, plan.endYear]);

  const shown = useMemo(
    () =>
      plan.programs
        .map((p) => ({
          ...p,
          activities: needle ? p.activities.filter((a) => matches(a, needle)) : p.activities,
        }))
        .filter((p) => p.activities.length > 0),
    [plan.programs, needle],
  );
  const byStrategy = STRATEGY_CODES.map((s) => ({
    strategy: s,
    programs: shown.filter((p) => p.strategy === s),
  })).filter((g) => g.programs.length > 0);

  // a new filter opens every program with a match; the user may still fold them after
  useEffect(() => {
    if (needle) setOpen(shown.map((p) => p.code));
  }, [needle, shown]);

  useEffect(() => {
    const code = hash.startsWith('aksi-') ? hash.slice('aksi-'.length) : null;
    if (!code) return;
    const program = plan.programs.find((p) => p.activities.some((a) => a.code === code));
    if (!program) return;
    setOpen((prev) => (prev.includes(program.code) ? prev : [...prev, program.code]));
    // after the panel's opening transition, so the card is where it will stay
    const timer = setTimeout(() => {
      const el = document.getElementById(activityAnchor(code));
      el?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    }, 300);
    return () => clearTimeout(timer);
  }, [hash, plan.programs]);

  const activityTotal = plan.programs.reduce((n, p) => n + p.activities.length, 0);

  return (
    <Box component="section" aria-labelledby="plan-matrix" data-testid="plan-matrix">
      <Group justify="space-between" align="flex-end" mb="sm" gap="sm">
        <Title order={2} size="h3" id="plan-matrix">
          {t('plans.detail.matrix')}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            onClick={() => setOpen(plan.programs.map((p) => p.code))}
          >
            {t('plans.detail.expandAll')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setOpen([])}>
            {t('plans.detail.collapseAll')}
          </Button>
        </Group>
      </Group>
      <TextInput
        type="search"
        label={t('plans.detail.filter')}
        placeholder={t('plans.detail.filterPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={filter}
        onChange={(e) => setFilter(e.currentTarget.value)}
        mb="sm"
        maw={480}
      />
      <Text size="sm" mb="sm" aria-live="polite">
        {needle
          ? t('plans.detail.filtered', {
              count: shown.reduce((n, p) => n + p.activities.length, 0),
              total: activityTotal,
            })
          : t('plans.detail.totals', { programs: plan.programs.length, activities: activityTotal })}
      </Text>
      {byStrategy.length === 0 ? <Text>{t('table.empty')}</Text> : null}
      <Stack gap="lg">
        {byStrategy.map((g) => (
          <StrategyGroup
            key={g.strategy}
            strategy={g.strategy}
            label={f.strategy(g.strategy)}
            programs={g.programs}
            years={years}
            value={open}
            onChange={(next) => {
              // only this strategy's programs change; the others keep their state
              const mine = new Set(g.programs.map((p) => p.code));
              setOpen((prev) => [...prev.filter((c) => !mine.has(c)), ...next]);
            }}
          />
        ))}
      </Stack>
    </Box>
  );
}

function StrategyGroup(props: {
  strategy: StrategyCode;
  label: string;
  programs: ProgramView[];
  years: number[];
  value: string[];
  onChange: (open: string[]) => void;
}) {
  const { t } = useTranslation();
  const headingId = `strategy-${props.strategy}`;
  const mine = new Set(props.programs.map((p) => p.code));
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId} mb="xs" className="wrap-anywhere">
        {props.label}
      </Title>
      <Accordion
        multiple
        variant="separated"
        order={4}
        keepMounted={false}
        value={props.value.filter((c) => mine.has(c))}
        onChange={props.onChange}
      >
        {props.programs.map((p) => (
          <Accordion.Item key={p.code} value={p.code}>
            <Accordion.Control>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text span fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {p.code}
                </Text>
                <Text span className="wrap-anywhere" style={{ flex: 1 }}>
                  {p.title}
                </Text>
                <Text span size="sm" c="dimmed" style={{ flexShrink: 0 }}>
                  {t('plans.detail.activityCount', { count: p.activities.length })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                {p.activities.map((a) => (
                  <ActivityCard key={a.code} activity={a} years={props.years} />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Box>
  );
}
