import type { ErrorCode, FieldError, Lang, RawIssue } from '@sigap/domain';
import { formatIssues } from '@sigap/domain';

type Text = Record<Lang, string>;

/** Default wording of each error code, shown when a service gives no specific message. */
const DEFAULT_MESSAGES: Record<ErrorCode, Text> = {
  VALIDATION_FAILED: { id: 'Data yang dikirim tidak sah', en: 'The submitted data is not valid' },
  MALFORMED_JSON: {
    id: 'Isi permintaan bukan JSON yang sah',
    en: 'The request body is not valid JSON',
  },
  BODY_TOO_LARGE: { id: 'Isi permintaan terlalu besar', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    id: 'Jenis isi permintaan tidak didukung (gunakan application/json)',
    en: 'Unsupported content type (use application/json)',
  },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu', en: 'Please sign in first' },
  TWO_FACTOR_REQUIRED: {
    id: 'Masukkan kode verifikasi dua langkah',
    en: 'Enter your two-factor verification code',
  },
  TWO_FACTOR_ENROLMENT_REQUIRED: {
    id: 'Peran Anda wajib memakai verifikasi dua langkah. Aktifkan terlebih dahulu.',
    en: 'Your role requires two-factor sign-in. Set it up first.',
  },
  CSRF_FAILED: {
    id: 'Token keamanan (CSRF) tidak sah. Muat ulang halaman.',
    en: 'Security token (CSRF) missing or invalid. Reload the page.',
  },
  FORBIDDEN: { id: 'Anda tidak berwenang melakukan ini', en: 'You are not allowed to do this' },
  BREAK_GLASS_REQUIRED: {
    id: 'Kasus ini di luar cakupan Anda. Buka darurat (break-the-glass) dengan alasan tertulis untuk membukanya.',
    en: 'This case is outside your scope. Open it with break-the-glass, giving a written reason.',
  },
  NOT_FOUND: { id: 'Data tidak ditemukan', en: 'Not found' },
  CONFLICT: { id: 'Data bertentangan dengan data yang ada', en: 'Conflicts with existing data' },
  INVALID_CREDENTIALS: { id: 'E-mail atau kata sandi salah', en: 'Wrong e-mail or password' },
  ACCOUNT_LOCKED: {
    id: 'Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi nanti.',
    en: 'Account temporarily locked after too many failed attempts. Try again later.',
  },
  TOO_MANY_REQUESTS: {
    id: 'Terlalu banyak percobaan. Coba lagi nanti.',
    en: 'Too many attempts. Try again later.',
  },
  INTERNAL: {
    id: 'Terjadi kesalahan pada server. Silakan coba lagi.',
    en: 'Something went wrong on the server. Please try again.',
  },
};

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  BODY_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNAUTHENTICATED: 401,
  TWO_FACTOR_REQUIRED: 401,
  TWO_FACTOR_ENROLMENT_REQUIRED: 403,
  CSRF_FAILED: 403,
  FORBIDDEN: 403,
  BREAK_GLASS_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

/** An error a service throws on purpose; the message is shown to the user as is. */
export class AppError extends Error {
  readonly statusCode: number;
  constructor(
    readonly errorCode: ErrorCode,
    readonly text?: Text,
    readonly fields?: Array<{ path: string; message: Text }>,
  ) {
    super(text?.en ?? DEFAULT_MESSAGES[errorCode].en);
    this.statusCode = STATUS[errorCode];
  }
}

/** Input that failed a zod schema; formatted per request language in the error handler. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  constructor(readonly issues: RawIssue[]) {
    super('validation failed');
  }
}

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fields?: FieldError[] };
};

export function errorBody(
  code: ErrorCode,
  lang: Lang,
  text?: Text,
  fields?: FieldError[],
): ErrorBody {
  return {
    error: {
      code,
      message: (text ?? DEFAULT_MESSAGES[code])[lang],
      ...(fields && fields.length > 0 ? { fields } : {}),
    },
  };
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export function validationBody(issues: RawIssue[], lang: Lang): ErrorBody {
  const fields = formatIssues(issues, lang);
  const first = fields[0];
  const summary = DEFAULT_MESSAGES.VALIDATION_FAILED[lang];
  return errorBody(
    'VALIDATION_FAILED',
    lang,
    first
      ? {
          id: `${summary}: ${first.path} — ${first.message}`,
          en: `${summary}: ${first.path} — ${first.message}`,
        }
      : undefined,
    fields,
  );
}
