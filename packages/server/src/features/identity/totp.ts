import * as OTPAuth from 'otpauth';

/** RFC 6238 time-based one-time codes, 30-second steps, 6 digits (what authenticator apps use). */
const PERIOD = 30;

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totp(secretBase32: string, label: string) {
  return new OTPAuth.TOTP({
    issuer: 'Sigap',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

export function totpUri(secretBase32: string, label: string): string {
  return totp(secretBase32, label).toString();
}

/** The code for a moment (tests and the CLI use it). */
export function totpCodeAt(secretBase32: string, timestampMs: number): string {
  return totp(secretBase32, 'x').generate({ timestamp: timestampMs });
}

/**
 * Checks a code, allowing one step of clock drift. Returns the time step it matched so the
 * caller can refuse the same code twice (replay), or null when it does not match.
 */
export function checkTotp(secretBase32: string, code: string, nowMs = Date.now()): number | null {
  const delta = totp(secretBase32, 'x').validate({ token: code, timestamp: nowMs, window: 1 });
  if (delta === null) return null;
  return Math.floor(nowMs / 1000 / PERIOD) + delta;
}
