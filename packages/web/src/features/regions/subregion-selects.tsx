import { NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { subregionOptionsQuery } from './api.js';

type Props = {
  /** The kabupaten/kota chosen above (PP.KK). */
  regency: string;
  value: string | null;
  onChange: (code: string) => void;
  label: (text: string) => string;
};

/**
 * Kecamatan, then desa/kelurahan, under a kabupaten/kota, for places that can be that precise
 * (where a victim was recruited, where they live). Each select shows only when the installation
 * holds that level: kecamatan and desa are loaded on demand (`sigap regions import`), and
 * without them the place stays at kabupaten/kota. Choosing "whole …" keeps the level above.
 */
export function SubregionSelects({ regency, value, onChange, label }: Props) {
  const { t } = useTranslation();
  const district = value && value.length >= 8 ? value.slice(0, 8) : '';
  const village = value && value.length > 8 ? value : '';
  const districts = useQuery(subregionOptionsQuery('district', regency));
  const villages = useQuery({
    ...subregionOptionsQuery('village', district),
    enabled: district !== '',
  });
  const options = (items: Array<{ code: string; name: string }> | undefined) =>
    (items ?? []).map((r) => ({ value: r.code, label: `${r.name} (${r.code})` }));

  if (!districts.data?.length) return null;
  return (
    <>
      <NativeSelect
        label={label(t('region.district'))}
        value={district}
        disabled={districts.isPending}
        data={[{ value: '', label: t('region.wholeRegency') }, ...options(districts.data)]}
        onChange={(e) => onChange(e.currentTarget.value || regency)}
      />
      {district !== '' && villages.data?.length ? (
        <NativeSelect
          label={label(t('region.village'))}
          value={village}
          disabled={villages.isPending}
          data={[{ value: '', label: t('region.wholeDistrict') }, ...options(villages.data)]}
          onChange={(e) => onChange(e.currentTarget.value || district)}
        />
      ) : null}
    </>
  );
}
