import { Accordion, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { planDetailQuery, revisionQuery, revisionsQuery } from './api.js';
import { ChangeCounts, ChangeList } from './change-list.js';
import { usePlanFormat } from './plan-format.js';
import type { RevisionSummary } from './types.js';

const route = getRouteApi('/app/plans/$planId/revisions');

export function PlanRevisionsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="plans.read" title={t('plans.revisions.title')}>
      <PlanRevisions />
    </RequirePermission>
  );
}

/** Riwayat revisi: every revision, newest first, each opening to what it changed. */
function PlanRevisions() {
  const { t } = useTranslation();
  const f = usePlanFormat();
  const { planId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const plan = useQuery(planDetailQuery(planId));
  const list = useQuery(revisionsQuery(planId));
  const back = (
    <AnchorLink to="/plans/$planId" params={{ planId }} search={{}}>
      ← {plan.data ? plan.data.title : t('plans.revisions.backToPlan')}
    </AnchorLink>
  );
  const header = (
    <PageHeader
      title={t('plans.revisions.title')}
      subtitle={plan.data ? `${plan.data.title} · ${f.period(plan.data)}` : undefined}
      back={back}
    />
  );
  if (!list.data)
    return (
      <>
        {header}
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );

  const revisions = [...list.data].sort((a, b) => b.number - a.number);
  const newest = revisions[0]?.number;
  const open = search.open ?? newest;
  return (
    <>
      {header}
      <Accordion
        variant="separated"
        order={2}
        keepMounted={false}
        value={open === undefined ? null : String(open)}
        onChange={(v) =>
          void navigate({
            search: { open: v === null ? undefined : Number(v) },
            replace: true,
            resetScroll: false,
          })
        }
        data-testid="revision-list"
      >
        {revisions.map((r) => (
          <Accordion.Item key={r.number} value={String(r.number)}>
            <Accordion.Control>
              <RevisionHeading revision={r} current={r.number === newest} />
            </Accordion.Control>
            <Accordion.Panel>
              <RevisionBody planId={planId} revision={r} current={r.number === newest} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </>
  );
}

function RevisionHeading({
  revision: r,
  current,
}: {
  revision: RevisionSummary;
  current: boolean;
}) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  return (
    <Stack gap={4}>
      <Text span fw={700}>
        {t('plans.revisionNumber', { number: r.number })}
        {current ? ` · ${t('plans.revisions.current')}` : ''}
      </Text>
      <Text span size="sm">
        {f.dateTime(r.createdAt)} · {r.createdBy ? r.createdBy.name : t('plans.revisions.system')}
      </Text>
    </Stack>
  );
}

function RevisionBody({
  planId,
  revision: r,
  current,
}: {
  planId: string;
  revision: RevisionSummary;
  current: boolean;
}) {
  const { t } = useTranslation();
  // revision 1 created the plan: its "changes" are the whole matrix, which the matrix shows better
  const first = r.number === 1;
  const detail = useQuery({ ...revisionQuery(planId, r.number), enabled: !first });
  return (
    <Stack gap="sm" data-testid={`revision-${r.number}`}>
      <ChangeCounts counts={r.counts} />
      <Text size="sm" className="wrap-anywhere">
        <Text span fw={700}>
          {t('plans.revisions.note')}:
        </Text>{' '}
        {r.note ?? t('plans.revisions.noNote')}
      </Text>
      <Group gap="md">
        <AnchorLink
          to="/plans/$planId"
          params={{ planId }}
          search={current ? {} : { revision: r.number }}
        >
          {t('plans.revisions.showMatrix', { number: r.number })}
        </AnchorLink>
      </Group>
      {first ? (
        <Text size="sm">{t('plans.revisions.first', { count: r.counts.added })}</Text>
      ) : detail.data ? (
        <ChangeList changes={detail.data.changes} order={3} idPrefix={`rev-${r.number}`} />
      ) : detail.isError ? (
        <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
      ) : (
        <LoadingState />
      )}
    </Stack>
  );
}
