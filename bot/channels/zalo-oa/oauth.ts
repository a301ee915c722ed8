import { createHash, randomBytes } from 'node:crypto';
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

/** POST /v4/oa/access_token with grant_type=refresh_token (reference §1.3). */
export async function refreshWithZalo(opts: ZaloOAuthOptions, refreshToken: string): Promise<ZaloTokenPair> {
  return tokenCall(opts, { refresh_token: refreshToken, app_id: opts.appId, grant_type: 'refresh_token' }, 'refresh');
}

/**
 * PKCE for the OA admin's consent (reference §1.2): a 43-character verifier kept by us, its
 * challenge `base64url(SHA-256(verifier))` in the permission URL, and a random `state` that the
 * redirect must carry back unchanged.
 */
export interface ZaloPkce {
  verifier: string;
  challenge: string;
  state: string;
}

export function createZaloPkce(): ZaloPkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url'), state: randomBytes(16).toString('base64url') };
}

/** The page the OA admin opens and approves; Zalo then redirects to `redirectUri?code=…&oa_id=…&state=…`. */
export function zaloPermissionUrl(oauthRoot: string, appId: string, redirectUri: string, pkce: ZaloPkce): string {
  const url = new URL(`${oauthRoot.replace(/\/+$/, '')}/v4/oa/permission`);
  url.search = new URLSearchParams({ app_id: appId, redirect_uri: redirectUri, code_challenge: pkce.challenge, state: pkce.state }).toString();
  return url.toString();
}

/** Exchanges the authorization code (valid 10 minutes, once) and the verifier for the first token pair. */
export async function exchangeCodeWithZalo(opts: ZaloOAuthOptions, code: string, verifier: string): Promise<ZaloTokenPair> {
  return tokenCall(opts, { code, app_id: opts.appId, grant_type: 'authorization_code', code_verifier: verifier }, 'code exchange');
}

/**
 * POST /v4/oa/access_token: form-encoded, app secret in the `secret_key` header. Any failure is
 * terminal for this attempt; error messages name Zalo's error code and reason, never a token.
 */
async function tokenCall(opts: ZaloOAuthOptions, form: Record<string, string>, what: string): Promise<ZaloTokenPair> {
  const url = `${opts.oauthRoot.replace(/\/+$/, '')}/v4/oa/access_token`;
  const timeout = opts.timeoutMs ?? 10_000;
  let status: number;
  let text: string;
  try {
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: opts.appSecret },
      body: new URLSearchParams(form).toString(),
      dispatcher: opts.dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
    status = res.statusCode;
    text = await res.body.text();
  } catch (cause) {
    throw new ZaloTokenRefreshError(`Zalo OAuth unreachable: ${(cause as { code?: string }).code ?? (cause as Error).name}`, { cause });
  }
  return parseTokenAnswer(status, text, what);
}

function parseTokenAnswer(status: number, text: string, what: string): ZaloTokenPair {
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
  throw new ZaloTokenRefreshError(`Zalo OAuth refused the ${what} (HTTP ${status}${reason ? `: ${reason}` : ''})`);
}
