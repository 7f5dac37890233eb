import { Breadcrumbs, Text } from '@mantine/core';
import { parentRegionCode } from '@sigap/domain';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { regionDetailQuery } from './api.js';

/** "53.71.01" → ["53", "53.71", "53.71.01"]. */
export function ancestry(code: string): string[] {
  const chain: string[] = [];
  let current: string | null = code;
  while (current) {
    chain.unshift(current);
    current = parentRegionCode(current);
  }
  return chain;
}

/** Indonesia › province › regency …: each step opens that region's children. */
export function RegionBreadcrumbs({ parentCode }: { parentCode: string | undefined }) {
  const { t } = useTranslation();
  const chain = parentCode ? ancestry(parentCode) : [];
  const details = useQueries({ queries: chain.map((code) => regionDetailQuery(code)) });
  return (
    <nav aria-label={t('regions.list.breadcrumb')}>
      <Breadcrumbs separator="›" mb="sm" style={{ flexWrap: 'wrap' }}>
        {chain.length === 0 ? (
          <Text fw={600} aria-current="page">
            {t('regions.list.indonesia')}
          </Text>
        ) : (
          <AnchorLink to="/regions" search={{}}>
            {t('regions.list.indonesia')}
          </AnchorLink>
        )}
        {chain.map((code, i) => {
          const name = details[i]?.data?.name ?? code;
          const label = `${name} (${code})`;
          return i === chain.length - 1 ? (
            <Text key={code} fw={600} aria-current="page">
              {label}
            </Text>
          ) : (
            <AnchorLink key={code} to="/regions" search={{ parentCode: code }}>
              {label}
            </AnchorLink>
          );
        })}
      </Breadcrumbs>
    </nav>
  );
}
