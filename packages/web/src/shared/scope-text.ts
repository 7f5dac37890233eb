import type { Me } from '@sigap/domain';
import { useTranslation } from 'react-i18next';

type Scope = Me['user']['scope'];

/** "Nasional" or "Kabupaten/kota: Kota Kupang (53.71)". */
export function useScopeText() {
  const { t } = useTranslation();
  return (scope: Scope) => {
    const level = t(`enums.scopeLevel.${scope.level}`);
    if (scope.level === 'national' || !scope.regionCode) return level;
    const name = scope.regionName ?? scope.regionCode;
    return `${level}: ${name} (${scope.regionCode})`;
  };
}
