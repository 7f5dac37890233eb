import { STRATEGIES, type SubTaskForceView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink } from '../../shared/links.js';

type Sub = z.infer<typeof SubTaskForceView>;

export function SubTaskForceList({ subs }: { subs: Sub[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const strategy = (code: Sub['strategyCode']) => {
    const s = STRATEGIES.find((x) => x.code === code);
    return s ? `${s.number}. ${fmt.bi(s)}` : t('taskForces.detail.none');
  };
  const columns: Column<Sub>[] = [
    { key: 'name', header: t('taskForces.fields.name'), render: (s) => s.name },
    {
      key: 'strategy',
      header: t('taskForces.detail.strategy'),
      render: (s) => strategy(s.strategyCode),
    },
    {
      key: 'coordinator',
      header: t('taskForces.detail.coordinator'),
      render: (s) =>
        s.coordinator ? (
          <AnchorLink
            to="/institutions/$institutionId"
            params={{ institutionId: s.coordinator.id }}
          >
            {s.coordinator.name}
          </AnchorLink>
        ) : (
          t('taskForces.detail.none')
        ),
    },
  ];
  if (subs.length === 0) return <p>{t('taskForces.detail.noSubTaskForces')}</p>;
  return (
    <DataTable
      caption={t('taskForces.detail.subTaskForcesCaption')}
      columns={columns}
      rows={subs}
      rowKey={(s) => s.id}
      testId="sub-task-forces"
    />
  );
}
