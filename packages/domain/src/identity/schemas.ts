import { z } from 'zod';
import { PERMISSIONS, ROLES } from './roles.js';
import { SCOPE_LEVELS, scopeRegionMatchesLevel } from './scope.js';

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** Long enough to resist guessing; letters and digits so it is not one repeated word. */
export const NewPassword = z
  .string()
  .max(200)
  .refine((p) => p.length >= 10 && /[A-Za-z]/.test(p) && /\d/.test(p), {
    message: 'password_weak',
  });

export const LoginRequest = z.strictObject({
  email: Email,
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const TotpCode = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { message: 'totp_code' }),
});

export const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: NewPassword,
});

export const PasswordReset = z.strictObject({
  newPassword: NewPassword,
});

export const ScopeView = z.object({
  level: z.enum(SCOPE_LEVELS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
});

export const InstitutionRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const UserView = z.object({
  id: z.uuid(),
  email: z.string(),
  fullName: z.string(),
  role: z.enum(ROLES),
  institution: InstitutionRef,
  scope: ScopeView,
  active: z.boolean(),
  totpEnabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserView = z.infer<typeof UserView>;

export const TaskForceRef = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.enum(['national', 'province', 'regency']),
  regionCode: z.string().nullable(),
});

export const Me = z.object({
  user: UserView,
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  twoFactor: z.object({
    enabled: z.boolean(),
    required: z.boolean(),
    /** Signed in with the password but must still enrol before doing anything else. */
    enrolmentPending: z.boolean(),
  }),
  taskForce: TaskForceRef.nullable(),
  demo: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const LoginResponse = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok'), me: Me }),
  // the code step is a write, so it needs the new session's CSRF token
  z.object({ status: z.literal('totp_required'), csrfToken: z.string() }),
]);
export type LoginResponse = z.infer<typeof LoginResponse>;

export const TotpSetup = z.object({ secret: z.string(), otpauthUrl: z.string() });

const scopeFields = {
  scopeLevel: z.enum(SCOPE_LEVELS),
  scopeRegionCode: z.string().trim().nullable().default(null),
};

function checkScope(
  v: { scopeLevel?: string; scopeRegionCode?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.scopeLevel === undefined) return;
  const level = v.scopeLevel as (typeof SCOPE_LEVELS)[number];
  const code = v.scopeRegionCode ?? null;
  if (level !== 'national' && !code) {
    ctx.addIssue({ code: 'custom', path: ['scopeRegionCode'], message: 'scope_region_required' });
  } else if (!scopeRegionMatchesLevel(level, code)) {
    ctx.addIssue({ code: 'custom', path: ['scopeRegionCode'], message: 'scope_region_level' });
  }
}

export const UserCreate = z
  .strictObject({
    email: Email,
    fullName: z.string().trim().min(1).max(200),
    role: z.enum(ROLES),
    institutionId: z.uuid(),
    ...scopeFields,
    password: NewPassword,
    mustChangePassword: z.boolean().default(true),
  })
  .superRefine(checkScope);
export type UserCreate = z.infer<typeof UserCreate>;

export const UserUpdate = z
  .strictObject({
    fullName: z.string().trim().min(1).max(200).optional(),
    role: z.enum(ROLES).optional(),
    institutionId: z.uuid().optional(),
    scopeLevel: z.enum(SCOPE_LEVELS).optional(),
    scopeRegionCode: z.string().trim().nullable().optional(),
    active: z.boolean().optional(),
  })
  .superRefine(checkScope);
export type UserUpdate = z.infer<typeof UserUpdate>;

export const UserQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  institutionId: z.uuid().optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type UserQuery = z.infer<typeof UserQuery>;
