import {
  INSTITUTION_KINDS,
  MEMBERSHIP_ROLES,
  REGION_LEVELS,
  ROLE_LABELS,
  ROLES,
  SCOPE_LEVELS,
  SERVICE_UNIT_KINDS,
  STRATEGIES,
  TASK_FORCE_LEVELS,
} from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from './format.js';

export type Option = { value: string; label: string };

/** Select options for the shared enums, labelled in the current language. */
export function useOptions() {
  const { t } = useTranslation();
  const { bi } = useFormat();
  return {
    roles: ROLES.map((r) => ({ value: r, label: bi(ROLE_LABELS[r]) })),
    scopeLevels: SCOPE_LEVELS.map((l) => ({ value: l, label: t(`enums.scopeLevel.${l}`) })),
    taskForceLevels: TASK_FORCE_LEVELS.map((l) => ({
      value: l,
      label: t(`enums.taskForceLevel.${l}`),
    })),
    regionLevels: REGION_LEVELS.map((l) => ({ value: l, label: t(`enums.regionLevel.${l}`) })),
    institutionKinds: INSTITUTION_KINDS.map((k) => ({
      value: k,
      label: t(`enums.institutionKind.${k}`),
    })),
    serviceUnitKinds: SERVICE_UNIT_KINDS.map((k) => ({
      value: k,
      label: t(`enums.serviceUnitKind.${k}`),
    })),
    membershipRoles: MEMBERSHIP_ROLES.map((r) => ({
      value: r,
      label: t(`enums.membershipRole.${r}`),
    })),
    strategies: STRATEGIES.map((s) => ({ value: s.code, label: `${s.number}. ${bi(s)}` })),
    active: [
      { value: 'true', label: t('filters.active') },
      { value: 'false', label: t('filters.inactive') },
    ],
  };
}
