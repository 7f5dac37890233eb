import path from 'node:path';
import { ROLES, type Role } from '@sigap/domain';
import { z } from 'zod';

/**
 * Every environment variable Sigap reads, in one place, validated at start so a typo fails fast
 * instead of misbehaving later. The README's configuration table mirrors this file.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('localhost'),
  SIGAP_DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_READ_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  SIGAP_PUBLIC_URL: z.string().url().optional(),
  SIGAP_TRUST_PROXY: bool.default(false),
  SIGAP_2FA_REQUIRED_ROLES: z
    .string()
    .default('admin,secretariat,case_worker,data_officer')
    .transform((s, ctx) => {
      const roles = s
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      for (const r of roles)
        if (!(ROLES as readonly string[]).includes(r))
          ctx.addIssue({ code: 'custom', message: `unknown role ${r}` });
      return roles as Role[];
    }),
  SIGAP_SESSION_HOURS: z.coerce
    .number()
    .min(0.1)
    .max(24 * 30)
    .default(12),
  SIGAP_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .min(1)
    .max(24 * 60)
    .default(120),
  SIGAP_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGAP_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .min(0.05)
    .max(24 * 60)
    .default(15),
  SIGAP_LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(1).max(10000).default(30),
  SIGAP_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  SIGAP_SECRET_KEY: z.string().optional(),
  SIGAP_SECRET_KEY_FILE: z.string().optional(),
  SIGAP_FIELD_KEYRING: z.string().optional(),
  SIGAP_FIELD_KEYRING_FILE: z.string().optional(),
  SIGAP_SMALL_CELL_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  SIGAP_CTDC_K: z.coerce.number().int().min(2).max(100).default(11),
  SIGAP_BREAK_GLASS_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  SIGAP_STORAGE: z.enum(['local', 's3']).default('local'),
  SIGAP_STORAGE_DIR: z.string().optional(),
  SIGAP_S3_ENDPOINT: z.string().url().optional(),
  SIGAP_S3_REGION: z.string().default('us-east-1'),
  SIGAP_S3_BUCKET: z.string().optional(),
  SIGAP_S3_ACCESS_KEY_ID: z.string().optional(),
  SIGAP_S3_SECRET_ACCESS_KEY: z.string().optional(),
  SIGAP_WEB_DIST: z.string().optional(),
  SIGAP_READ_CACHE: bool.default(true),
  SIGAP_READ_CACHE_MAX_AGE_SECONDS: z.coerce.number().min(0.1).max(3600).optional(),
  SIGAP_READ_CACHE_MAX_ENTRIES: z.coerce.number().int().min(10).max(10_000_000).default(20_000),
  SIGAP_EVIDENCE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  SIGAP_IMPORT_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(4 * 1024 * 1024 * 1024)
    .default(256 * 1024 * 1024),
  SIGAP_SMTP_URL: z
    .string()
    .url()
    .refine((u) => /^smtps?:\/\//.test(u), { message: 'must start with smtp:// or smtps://' })
    .optional(),
  SIGAP_MAIL_FROM: z.string().min(3).optional(),
  SIGAP_REMINDER_DAYS_BEFORE: z.coerce.number().int().min(0).max(90).default(7),
  SIGAP_REMINDER_INTERVAL_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(60),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databaseReadUrl: string | undefined;
  poolSize: number;
  publicUrl: string;
  secureCookies: boolean;
  trustProxy: boolean;
  twoFactorRequiredRoles: Role[];
  sessionHours: number;
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  loginIpMaxFailures: number;
  bodyLimit: number;
  secretKey: string | undefined;
  secretKeyFile: string;
  /** Keyring of victims' identifying fields (JSON in the environment, or a key file). */
  fieldKeyring: string | undefined;
  fieldKeyringFile: string;
  /** Counts below this are shown as "<n" wherever numbers leave the system (public, open data). */
  smallCellThreshold: number;
  /** k of the anonymised victim-level export (IOM CTDC). */
  ctdcK: number;
  /** Hours a break-the-glass grant lasts. */
  breakGlassHours: number;
  storage:
    | { kind: 'local'; dir: string }
    | {
        kind: 's3';
        endpoint: string | undefined;
        region: string;
        bucket: string;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
      };
  webDist: string;
  /** platform/cache: sessions and hot lists, dropped on every change notification. */
  readCache: { enabled: boolean; maxAgeMs: number; maxEntries: number };
  /** Largest evidence file (bukti dukung) accepted, in bytes. */
  evidenceMaxBytes: number;
  /** Largest case file (CSV/XLSX from another institution) accepted for import, in bytes. */
  importMaxBytes: number;
  /** E-mail of notifications; without an SMTP URL notifications stay in the app only. */
  mail: { smtpUrl: string | undefined; from: string };
  /** Deadline reminders: days before a deadline, and how often `serve` sweeps (0: never). */
  reminders: { daysBefore: number; intervalMinutes: number };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=`) means "not set", as shells and .env files use it.
  const set = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.SIGAP_DATA_DIR);
  const publicUrl = e.SIGAP_PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  if (e.SIGAP_STORAGE === 's3' && !e.SIGAP_S3_BUCKET)
    throw new ConfigError(
      'Invalid configuration:\n  SIGAP_S3_BUCKET: required when SIGAP_STORAGE=s3',
    );
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    poolSize: e.DATABASE_POOL_SIZE,
    publicUrl,
    secureCookies: publicUrl.startsWith('https:'),
    trustProxy: e.SIGAP_TRUST_PROXY,
    twoFactorRequiredRoles: e.SIGAP_2FA_REQUIRED_ROLES,
    sessionHours: e.SIGAP_SESSION_HOURS,
    sessionIdleMinutes: e.SIGAP_SESSION_IDLE_MINUTES,
    loginMaxFailures: e.SIGAP_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.SIGAP_LOGIN_LOCK_MINUTES,
    loginIpMaxFailures: e.SIGAP_LOGIN_IP_MAX_FAILURES,
    bodyLimit: e.SIGAP_BODY_LIMIT_BYTES,
    secretKey: e.SIGAP_SECRET_KEY,
    secretKeyFile: path.resolve(e.SIGAP_SECRET_KEY_FILE ?? path.join(dataDir, 'secret.key')),
    fieldKeyring: e.SIGAP_FIELD_KEYRING,
    fieldKeyringFile: path.resolve(
      e.SIGAP_FIELD_KEYRING_FILE ?? path.join(dataDir, 'field-keys.json'),
    ),
    smallCellThreshold: e.SIGAP_SMALL_CELL_THRESHOLD,
    ctdcK: e.SIGAP_CTDC_K,
    breakGlassHours: e.SIGAP_BREAK_GLASS_HOURS,
    storage:
      e.SIGAP_STORAGE === 'local'
        ? { kind: 'local', dir: path.resolve(e.SIGAP_STORAGE_DIR ?? path.join(dataDir, 'files')) }
        : {
            kind: 's3',
            endpoint: e.SIGAP_S3_ENDPOINT,
            region: e.SIGAP_S3_REGION,
            bucket: e.SIGAP_S3_BUCKET ?? '',
            accessKeyId: e.SIGAP_S3_ACCESS_KEY_ID,
            secretAccessKey: e.SIGAP_S3_SECRET_ACCESS_KEY,
          },
    webDist: path.resolve(e.SIGAP_WEB_DIST ?? path.join(import.meta.dirname, '../../../web/dist')),
    readCache: {
      enabled: e.SIGAP_READ_CACHE,
      // A replica may lag behind the notification that emptied the cache and refill it with the
      // old rows; a short life bounds that. Without one, entries die by notification anyway.
      maxAgeMs: (e.SIGAP_READ_CACHE_MAX_AGE_SECONDS ?? (e.DATABASE_READ_URL ? 5 : 300)) * 1000,
      maxEntries: e.SIGAP_READ_CACHE_MAX_ENTRIES,
    },
    evidenceMaxBytes: e.SIGAP_EVIDENCE_MAX_BYTES,
    importMaxBytes: e.SIGAP_IMPORT_MAX_BYTES,
    mail: {
      smtpUrl: e.SIGAP_SMTP_URL,
      from: e.SIGAP_MAIL_FROM ?? `Sigap <no-reply@${new URL(publicUrl).hostname}>`,
    },
    reminders: {
      daysBefore: e.SIGAP_REMINDER_DAYS_BEFORE,
      intervalMinutes: e.SIGAP_REMINDER_INTERVAL_MINUTES,
    },
    logLevel: e.LOG_LEVEL,
  };
}
