import { Stack, Text } from '@mantine/core';
import type { RegionView } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { StatusBadge } from '../../shared/status-badge.js';

/** "Kota" / "Kabupaten" for regencies (codes 71+ are kota), else the level's name. */
export function useRegionLevelText() {
  const { t } = useTranslation();
  return (r: Pick<RegionView, 'level' | 'kind'>) =>
    r.kind ? t(`enums.regencyKind.${r.kind}`) : t(`enums.regionLevel.${r.level}`);
}

export function RegionValidity({ region }: { region: RegionView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Stack gap={2} align="flex-start">
      {region.validTo ? <StatusBadge tone="off">{t('regions.fields.historic')}</StatusBadge> : null}
      <Text size="xs">
        {t('regions.detail.range', {
          from: fmt.date(region.validFrom),
          to: region.validTo ? fmt.date(region.validTo) : t('status.open'),
        })}
      </Text>
    </Stack>
  );
}
