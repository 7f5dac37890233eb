/**
 * Roles and what each may do. The server enforces these on every route; the web app receives the
 * resulting abilities from /api/me and never re-derives them.
 */
export const ROLES = [
  'admin',
  'secretariat',
  'reporter',
  'case_worker',
  'data_officer',
  'analyst',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Administrator', en: 'Administrator' },
  secretariat: { id: 'Sekretariat / Verifikator', en: 'Secretariat / verifier' },
  reporter: { id: 'Pelapor instansi', en: 'Institution reporter' },
  case_worker: { id: 'Petugas layanan korban', en: 'Case worker' },
  data_officer: {
    id: 'PIC data (verifikasi dan clearing)',
    en: 'Data officer (verification and clearing)',
  },
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
  // the integrated victim and case registry (issue 4)
  /** open cases and victims' identifying data in scope (every read of it is audited) */
  'cases.read',
  'cases.write',
  /** verification state, duplicate review, merges (PIC data) */
  'cases.verify',
  'cases.import',
  /** password-protected exports of identifying data */
  'cases.exportIdentifying',
  /** aggregate statistics only: no person is ever shown */
  'caseStats.read',
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
    'caseStats.read',
  ],
  reporter: [...READ_REFERENCE, ...READ_PLANS, 'reports.file', 'caseStats.read'],
  case_worker: [...READ_REFERENCE, 'cases.read', 'cases.write', 'caseStats.read'],
  data_officer: [
    ...READ_REFERENCE,
    'cases.read',
    'cases.write',
    'cases.verify',
    'cases.import',
    'caseStats.read',
  ],
  analyst: [...READ_REFERENCE, ...READ_PLANS, 'caseStats.read'],
};

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}

export function roleHas(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/**
 * Roles that see victims' identifying data. Two-factor sign-in is mandatory for them unless
 * configuration says otherwise. The secretariat sees aggregates only: it coordinates, it does not
 * handle cases.
 */
export const VICTIM_DATA_ROLES: readonly Role[] = ['admin', 'case_worker', 'data_officer'];
