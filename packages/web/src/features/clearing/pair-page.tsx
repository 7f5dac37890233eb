import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconEye } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { pairQuery } from './api.js';
import { DecisionPanel } from './decision-panel.js';
import { EvidenceTable, ScoreBadge } from './evidence.js';
import { PairTable } from './pair-table.js';

const route = getRouteApi('/app/clearing/$candidateId');

export function PairPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="cases.verify" title={t('clearing.pair.title')}>
      <Pair />
    </RequirePermission>
  );
}

/** One candidate pair: the records side by side, the evidence for the score, the decision. */
function Pair() {
  const { t } = useTranslation();
  const { candidateId } = route.useParams();
  const query = useQuery(pairQuery(candidateId));
  const back = (
    <AnchorLink to="/clearing" search={{}}>
      ← {t('clearing.title')}
    </AnchorLink>
  );
  if (!query.data)
    return (
      <>
        <PageHeader title={t('clearing.pair.title')} back={back} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  const pair = query.data;
  const minor = pair.a.isMinor || pair.b.isMinor;
  return (
    <>
      <PageHeader
        title={t('clearing.pair.titleOf', { a: pair.a.caseNumber, b: pair.b.caseNumber })}
        subtitle={
          <Group gap="xs">
            <ScoreBadge score={pair.score} />
            <span>{t(`clearing.state.${pair.state}`)}</span>
          </Group>
        }
        back={back}
      />
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          <IconEye size={14} aria-hidden="true" style={{ verticalAlign: 'middle' }} />{' '}
          {t('clearing.pair.audited')}
        </Text>
        {minor ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title={t('clearing.pair.minorTitle')}
            data-testid="minor-warning"
          >
            <Text size="sm" c="black">
              {t('clearing.pair.minorBody')}
            </Text>
          </Alert>
        ) : null}
        <Paper withBorder p="md" component="section" aria-labelledby="pair-heading">
          <Title order={2} size="h4" id="pair-heading" mb="sm">
            {t('clearing.pair.compare')}
          </Title>
          <PairTable pair={pair} />
        </Paper>
        <Paper withBorder p="md" component="section" aria-labelledby="evidence-heading">
          <Title order={2} size="h4" id="evidence-heading" mb={4}>
            {t('clearing.evidence.heading', { score: pair.score })}
          </Title>
          <Text size="sm" mb="sm">
            {t('clearing.evidence.intro')}
          </Text>
          <EvidenceTable
            evidence={pair.evidence}
            caption={t('clearing.evidence.heading', { score: pair.score })}
          />
        </Paper>
        <DecisionPanel pair={pair} />
      </Stack>
    </>
  );
}
