/**
 * Roles and what each may do. The server enforces these on every route; the web app receives the
 * resulting abilities from /api/me and never re-derives them.
 */
export const ROLES = ['admin', 'secretariat', 'reporter', 'case_worker', 'analyst'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Administrator', en: 'Administrator' },
  secretariat: { id: 'Sekretariat / Verifikator', en: 'Secretariat / verifier' },
  reporter: { id: 'Pelapor instansi', en: 'Institution reporter' },
  case_worker: { id: 'Petugas layanan korban', en: 'Case worker' },
  analyst: { id: 'Analis', en: 'Analyst' },
};

export const PERMISSIONS = [
  'users.read',
  'users.manage',
  'institutions.read',
  'institutions.manage',
  'taskForces.read',
  'taskForces.manage',
  'regions.read',
  'regions.manage',
  'serviceUnits.read',
  'serviceUnits.manage',
  'audit.read',
  // action plans and their monitoring (issue 3)
  'plans.read',
  'plans.manage',
  'reports.read',
  'reports.file',
  'reports.verify',
  'monitoring.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_REFERENCE: Permission[] = [
  'institutions.read',
  'taskForces.read',
  'regions.read',
  'serviceUnits.read',
];
/** Everyone who works with the plan sees it, its reports and how far it has come (in scope). */
const READ_PLANS: Permission[] = ['plans.read', 'reports.read', 'monitoring.read'];

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  secretariat: [
    ...READ_REFERENCE,
    'users.read',
    'institutions.manage',
    'taskForces.manage',
    'serviceUnits.manage',
    ...READ_PLANS,
    'plans.manage',
    'reports.verify',
  ],
  reporter: [...READ_REFERENCE, ...READ_PLANS, 'reports.file'],
  case_worker: READ_REFERENCE,
  analyst: [...READ_REFERENCE, ...READ_PLANS],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function roleHas(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/**
 * Roles that will see victims' identifying data (cases arrive in a later release). Two-factor
 * sign-in is mandatory for them unless configuration says otherwise.
 */
export const VICTIM_DATA_ROLES: readonly Role[] = ['admin', 'secretariat', 'case_worker'];
