import { request, type Dispatcher } from 'undici';
import { ZaloTokenRefreshError } from './errors.js';
import type { ZaloTokenPair } from './token-store.js';

export interface ZaloOAuthOptions {
  oauthRoot: string;
  appId: string;
  appSecret: string;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
}

/**
 * POST /v4/oa/access_token with grant_type=refresh_token (reference §1.3): form-encoded,
 * app secret in the `secret_key` header. Any failure is terminal for this attempt; error
 * messages name Zalo's error code and reason, never a token.
 */
export async function refreshWithZalo(opts: ZaloOAuthOptions, refreshToken: string): Promise<ZaloTokenPair> {
  const url = `${opts.oauthRoot.replace(/\/+$/, '')}/v4/oa/access_token`;
  const form = new URLSearchParams({ refresh_token: refreshToken, app_id: opts.appId, grant_type: 'refresh_token' });
  const timeout = opts.timeoutMs ?? 10_000;
  let status: number;
  let text: string;
  try {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: opts.appSecret },
      body: form.toString(),
      dispatcher: opts.dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    status = res.statusCode;
    text = await res.body.text();
  } catch (cause) {
    throw new ZaloTokenRefreshError(`Zalo OAuth unreachable: ${(cause as Error).message}`, { cause });
  }
  return parseRefreshAnswer(status, text);
}

function parseRefreshAnswer(status: number, text: string): ZaloTokenPair {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ZaloTokenRefreshError(`Zalo OAuth answered HTTP ${status} without JSON`);
  }
  const { access_token: access, refresh_token: refresh, expires_in: expiresIn } = body;
  if (status === 200 && typeof access === 'string' && access && typeof refresh === 'string' && refresh) {
    return { accessToken: access, refreshToken: refresh, expiresIn: typeof expiresIn === 'number' || typeof expiresIn === 'string' ? expiresIn : 90_000 };
  }
  const reason = [body.error, body.error_name, body.error_reason ?? body.message ?? body.error_description]
    .filter((v) => v !== undefined && v !== '')
    .map(String)
    .join(' ');
  throw new ZaloTokenRefreshError(`Zalo OAuth refused the refresh (HTTP ${status}${reason ? `: ${reason}` : ''})`);
}
