import { ApiError, type ErrorCode } from '@sigap/domain';
import { ApiRequestError } from '../../app/api/client.js';
import { meQueryKey } from '../../app/api/me.js';
import { currentLang } from '../../app/i18n/index.js';
import { queryClient } from '../../app/query-client.js';

/**
 * Requests the JSON client does not make: multipart uploads (evidence files), PUT and DELETE, and
 * downloads that must carry the user's language (XLSX headers). Same rules as the client: the
 * session's CSRF token on writes, the language in Accept-Language, the server's error message.
 */
const NETWORK_MESSAGE = {
  id: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
  en: 'Cannot reach the server. Check the connection and try again.',
};

function csrfToken(): string | null {
  const me = queryClient.getQueryData<{ csrfToken: string } | null>(meQueryKey);
  return me?.csrfToken ?? null;
}

async function failure(res: Response): Promise<ApiRequestError> {
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  const parsed = ApiError.safeParse(data);
  if (!parsed.success)
    return new ApiRequestError(res.status, 'INTERNAL', `${res.status} ${res.statusText}`);
  const { code, message, fields } = parsed.data.error;
  return new ApiRequestError(res.status, code as ErrorCode, message, fields ?? []);
}

export async function rawRequest(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: FormData | object,
): Promise<Response> {
  const headers: Record<string, string> = {
    // a download answers a file; everything else JSON
    accept: method === 'GET' ? '*/*' : 'application/json',
    'accept-language': currentLang(),
  };
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = token;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiRequestError(0, 'NETWORK', NETWORK_MESSAGE[currentLang()]);
  }
  if (!res.ok) throw await failure(res);
  return res;
}

/** The file name the server gave in Content-Disposition, or the fallback. */
function attachmentName(res: Response, fallback: string): string {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Fetches a file (with the user's language) and hands it to the browser as a download. */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await rawRequest('GET', path);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = attachmentName(res, fallbackName);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
