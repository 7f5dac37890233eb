import { Button, Checkbox, Group, Paper } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { FilterSelect } from '../../shared/list-toolbar.js';
import { regionOptionsQuery } from '../regions/api.js';
import type { StatsSearch } from './search.js';

const FIRST_YEAR = 2000;

type Props = {
  search: StatsSearch;
  set: (patch: Partial<StatsSearch>) => void;
  reset: () => void;
};

/** Year range, province (national users: the others' scope is one province or less), verified. */
export function StatsFilters({ search, set, reset }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const provinces = useQuery({
    ...regionOptionsQuery('province'),
    enabled: me.user.scope.level === 'national',
  });
  const last = new Date().getFullYear();
  const years = Array.from({ length: last - FIRST_YEAR + 1 }, (_, i) => String(last - i)).map(
    (y) => ({ value: y, label: y }),
  );
  const asYear = (v: string | undefined) => (v ? Number(v) : undefined);
  return (
    <Paper
      role="search"
      withBorder
      p="sm"
      mb="md"
      aria-label={t('filters.label')}
      data-testid="stats-filters"
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FilterSelect
          label={t('caseStats.filters.fromYear')}
          value={search.fromYear === undefined ? undefined : String(search.fromYear)}
          allLabel={t('caseStats.filters.anyYear')}
          options={years}
          onChange={(v) => set({ fromYear: asYear(v) })}
        />
        <FilterSelect
          label={t('caseStats.filters.toYear')}
          value={search.toYear === undefined ? undefined : String(search.toYear)}
          allLabel={t('caseStats.filters.anyYear')}
          options={years}
          onChange={(v) => set({ toYear: asYear(v) })}
        />
        {me.user.scope.level === 'national' ? (
          <FilterSelect
            label={t('region.province')}
            value={search.province}
            allLabel={t('caseStats.filters.allProvinces')}
            options={(provinces.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
            onChange={(province) => set({ province })}
          />
        ) : null}
        <Checkbox
          label={t('caseStats.filters.verifiedOnly')}
          checked={search.verifiedOnly === 'true'}
          onChange={(e) => set({ verifiedOnly: e.currentTarget.checked ? 'true' : undefined })}
          mb={8}
          data-testid="verified-only"
        />
        <Button variant="default" onClick={reset}>
          {t('filters.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
