import { LoginResponse, Me, TotpSetup } from '@sigap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { z } from 'zod';
import { api, setCsrfToken } from '../../app/api/client.js';
import { meQueryKey } from '../../app/api/me.js';

const Ok = z.object({ ok: z.literal(true) });

/** Either signed in, or a code is still due (the code step then needs the CSRF token too). */
export async function login(email: string, password: string) {
  const result = await api.post('/api/auth/login', LoginResponse, { email, password });
  setCsrfToken(result.status === 'ok' ? result.me.csrfToken : result.csrfToken);
  return result;
}

export async function verifyTotp(code: string) {
  const me = await api.post('/api/auth/totp/verify', Me, { code });
  setCsrfToken(me.csrfToken);
  return me;
}

export const identityApi = {
  logout: () => api.post('/api/auth/logout', Ok),
  logoutAll: () => api.post('/api/auth/logout-all', z.object({ revoked: z.number() })),
  changePassword: (body: { currentPassword: string; newPassword: string }) =>
    api.post('/api/auth/password', Ok, body),
  totpSetup: () => api.post('/api/auth/totp/setup', TotpSetup),
  totpEnable: (code: string) => api.post('/api/auth/totp/enable', Ok, { code }),
  totpDisable: (password: string) => api.post('/api/auth/totp/disable', Ok, { password }),
};

/** Forgets everything cached for the old session and goes to the sign-in page. */
export function useAfterSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return async () => {
    setCsrfToken(null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData(meQueryKey, null);
    await navigate({ to: '/sign-in', search: {} });
  };
}

export function useSignOut() {
  const after = useAfterSignOut();
  return async () => {
    try {
      await identityApi.logout();
    } finally {
      await after();
    }
  };
}
