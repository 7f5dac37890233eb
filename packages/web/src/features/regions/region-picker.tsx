import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionOptionsQuery } from './api.js';
import { SubregionSelects } from './subregion-selects.js';

/** `place`: a province, kabupaten/kota, kecamatan or desa (the last two where loaded). */
export type RegionPickerMode = 'province' | 'regency' | 'province-or-regency' | 'place';

type Props = {
  mode: RegionPickerMode;
  value: string | null;
  onChange: (code: string | null) => void;
  error?: ReactNode;
  required?: boolean;
  /** Names the pickers when a form has two of them. */
  labelPrefix?: string;
  testId?: string;
};

/**
 * Province, then kabupaten/kota (then kecamatan and desa in `place` mode), from /api/regions. If the list cannot be loaded the user can
 * still type a Kemendagri code, which the server validates.
 */
export function RegionPicker({
  mode,
  value,
  onChange,
  error,
  required,
  labelPrefix,
  testId,
}: Props) {
  const { t } = useTranslation();
  const [province, setProvince] = useState(value ? value.slice(0, 2) : '');
  useEffect(() => {
    if (value) setProvince(value.slice(0, 2));
  }, [value]);
  const provinces = useQuery(regionOptionsQuery('province'));
  const withRegency = mode !== 'province';
  const regencies = useQuery({
    ...regionOptionsQuery('regency', province),
    enabled: withRegency && province !== '',
  });
  const label = (text: string) => (labelPrefix ? `${labelPrefix}: ${text}` : text);

  if (provinces.isError) {
    return (
      <TextInput
        label={label(t('region.code'))}
        description={`${t('region.loadFailed')} ${t('region.codeHint')}`}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value.trim() || null)}
        error={error}
        required={required}
        data-testid={testId}
      />
    );
  }

  const provinceOptions = (provinces.data?.items ?? []).map((r) => ({
    value: r.code,
    label: `${r.name} (${r.code})`,
  }));
  const regencyOptions = (regencies.data?.items ?? []).map((r) => ({
    value: r.code,
    label: `${r.name} (${r.code})`,
  }));
  const regency = value && value.length >= 5 ? value.slice(0, 5) : '';

  return (
    <Stack gap="xs" data-testid={testId}>
      <NativeSelect
        label={label(t('region.province'))}
        value={province}
        required={required}
        disabled={provinces.isPending}
        error={withRegency && province !== '' ? undefined : error}
        data={[{ value: '', label: t('region.pickProvince') }, ...provinceOptions]}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setProvince(next);
          onChange(mode === 'regency' ? null : next || null);
        }}
      />
      {withRegency && province !== '' ? (
        <NativeSelect
          label={label(t('region.regency'))}
          value={regency}
          required={required && mode === 'regency'}
          disabled={regencies.isPending}
          error={error}
          data={[
            {
              value: '',
              label: mode === 'regency' ? t('region.pickRegency') : t('region.noRegency'),
            },
            ...regencyOptions,
          ]}
          onChange={(e) => {
            const next = e.currentTarget.value;
            onChange(next || (mode === 'regency' ? null : province));
          }}
        />
      ) : null}
      {mode === 'place' && regency !== '' ? (
        <SubregionSelects regency={regency} value={value} onChange={onChange} label={label} />
      ) : null}
    </Stack>
  );
}
