import { Alert, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import type { CaseStatsView, StatsDimension } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useNumbers } from '../reporting/numbers.js';
import { statsQuery } from './api.js';
import { type Breakdown, BreakdownSection } from './breakdown-section.js';
import { CtdcExport } from './ctdc-export.js';
import { type StatsSearch, statsParams } from './search.js';
import { StatsFilters } from './stats-filters.js';

const route = getRouteApi('/app/case-stats');

export function StatsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="caseStats.read" title={t('caseStats.title')}>
      <Stats />
    </RequirePermission>
  );
}

/** Statistik kasus: exact counts in the user's scope, victims counted once. */
function Stats() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const set = (patch: Partial<StatsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const query = useQuery(statsQuery(statsParams(search)));
  return (
    <>
      <PageHeader
        title={t('caseStats.title')}
        subtitle={
          <>
            {t('caseStats.subtitle')}{' '}
            <AnchorLink to="/public/statistics" underline="always">
              {t('caseStats.publicLink')}
            </AnchorLink>
          </>
        }
      />
      <StatsFilters search={search} set={set} reset={() => void navigate({ search: {} })} />
      {me.user.scope.level === 'national' ? (
        <CtdcExport verifiedOnly={search.verifiedOnly === 'true'} />
      ) : null}
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data ? (
        <StatsBody d={query.data} search={search} set={set} stale={query.isPlaceholderData} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}

function Total({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Text component="h2" size="sm" fw={700} m={0}>
        {label}
      </Text>
      <Text fw={800} fz={28} lh={1.3}>
        {value}
      </Text>
      <Text size="xs">{hint}</Text>
    </Paper>
  );
}

function StatsBody(props: {
  d: CaseStatsView;
  search: StatsSearch;
  set: (patch: Partial<StatsSearch>) => void;
  stale: boolean;
}) {
  const { d, search, set, stale } = props;
  const { t } = useTranslation();
  const n = useNumbers();
  const by = (dim: StatsDimension): Breakdown | undefined =>
    d.breakdowns.find((b) => b.dimension === dim);
  const narrow = d.scope.level !== 'national' || d.filters.province !== null;
  const origin = narrow ? by('originRegency') : by('originProvince');
  const ageBands = search.ageBands ?? 'simfoni';
  const age = by(ageBands === 'ctdc' ? 'ageCtdc' : 'ageSimfoni');
  const section = (
    b: Breakdown | undefined,
    extra: Partial<Parameters<typeof BreakdownSection>[0]> = {},
  ) => (b ? <BreakdownSection breakdown={b} {...extra} /> : null);
  return (
    <Stack
      gap="md"
      aria-busy={stale || undefined}
      style={stale ? { opacity: 0.6 } : undefined}
      data-testid="case-stats"
    >
      {d.totals.victims === 0 ? (
        <Alert color="gray" variant="light">
          {t('caseStats.empty')}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Total
          label={t('caseStats.totals.cases')}
          value={n.number(d.totals.cases)}
          hint={t('caseStats.totals.casesHint')}
          testId="total-cases"
        />
        <Total
          label={t('caseStats.totals.victims')}
          value={n.number(d.totals.victims)}
          hint={t('caseStats.totals.victimsHint')}
          testId="total-victims"
        />
        <Total
          label={t('caseStats.totals.perpetrators')}
          value={n.number(d.totals.perpetrators)}
          hint={t('caseStats.totals.perpetratorsHint')}
          testId="total-perpetrators"
        />
      </SimpleGrid>
      {section(by('year'), { chart: 'year', intro: t('caseStats.intros.year') })}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        {section(origin)}
        {section(by('destination'))}
      </SimpleGrid>
      {section(by('countryOfExploitation'))}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        {section(by('sex'))}
        {section(age, {
          ordered: true,
          title: t('caseStats.ageTitle'),
          intro: t(
            ageBands === 'ctdc' ? 'caseStats.intros.ageCtdc' : 'caseStats.intros.ageSimfoni',
          ),
          controls: (
            <SegmentedControl
              size="xs"
              aria-label={t('caseStats.ageBands')}
              value={ageBands}
              onChange={(v) => set({ ageBands: v === 'ctdc' ? 'ctdc' : undefined })}
              data={[
                { value: 'simfoni', label: 'SIMFONI' },
                { value: 'ctdc', label: 'CTDC' },
              ]}
              data-testid="age-bands"
            />
          ),
        })}
      </SimpleGrid>
      {section(by('citizenship'))}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        {section(by('exploitationType'))}
        {section(by('modus'))}
      </SimpleGrid>
      {section(by('legalOutcome'), {
        ordered: true,
        chartMeasures: ['cases'],
        intro: t('caseStats.intros.legal'),
      })}
      <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
        {section(by('serviceCompletion'), {
          ordered: true,
          intro: t('caseStats.intros.completion'),
        })}
        {section(by('serviceType'))}
      </SimpleGrid>
    </Stack>
  );
}
