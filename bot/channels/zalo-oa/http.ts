import { FormData, request, type Dispatcher } from 'undici';
import { ZALO_RATE_LIMIT_RETRY_MS } from './constants.js';
import { ZaloTokenError, ZaloTransportError, zaloErrorFromCode } from './errors.js';

export interface ZaloHttpOptions {
  apiRoot: string;
  getAccessToken: () => Promise<string>;
  /**
   * Called once when Zalo rejects the token we sent (-216/-220); returns a fresh one. Passing
   * the rejected token lets the token manager see that another process already rotated it.
   */
  onTokenRejected?: (rejected: string) => Promise<string>;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
}

interface ZaloCall {
  method: 'GET' | 'POST';
  path: string;
  /** GET parameters travel as one JSON string in `?data=` (reference §1.5). */
  data?: Record<string, unknown>;
  json?: unknown;
  form?: FormData;
}

interface Envelope<T> {
  error?: number;
  message?: string;
  data?: T;
}

export type ZaloCaller = <T>(call: ZaloCall) => Promise<T>;

/** One request wrapper: `access_token` header, HTTP-200 errors checked, token rejected → refresh once, retry once. */
export function createZaloHttp(opts: ZaloHttpOptions): ZaloCaller {
  const root = opts.apiRoot.replace(/\/+$/, '');
  return async <T>(call: ZaloCall): Promise<T> => {
    const token = await opts.getAccessToken();
    try {
      return await once<T>(root, call, token, opts);
    } catch (err) {
      if (!(err instanceof ZaloTokenError) || !opts.onTokenRejected) throw err;
      const fresh = await opts.onTokenRejected(token);
      return once<T>(root, call, fresh, opts);
    }
  };
}

async function once<T>(root: string, call: ZaloCall, token: string, opts: ZaloHttpOptions): Promise<T> {
  const url = call.data ? `${root}${call.path}?data=${encodeURIComponent(JSON.stringify(call.data))}` : `${root}${call.path}`;
  const headers: Record<string, string> = { access_token: token };
  let body: string | FormData | undefined;
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.form) {
    body = call.form;
  }
  const res = await send(url, call.method, headers, body, opts);
  const text = await res.body.text();
  if (res.statusCode >= 500 || res.statusCode === 429) {
    throw new ZaloTransportError(`Zalo OA HTTP ${res.statusCode} on ${call.path}`, res.statusCode);
  }
  const env = parseEnvelope<T>(text, call.path, res.statusCode);
  if (env.error === 0 || env.error === undefined) {
    if (res.statusCode >= 400) throw new ZaloTransportError(`Zalo OA HTTP ${res.statusCode} on ${call.path}`, res.statusCode);
    return env.data as T;
  }
  throw zaloErrorFromCode(env.error, env.message ?? '', ZALO_RATE_LIMIT_RETRY_MS);
}

async function send(url: string, method: 'GET' | 'POST', headers: Record<string, string>, body: string | FormData | undefined, opts: ZaloHttpOptions) {
  const timeout = opts.timeoutMs ?? 15_000;
  try {
    return await request(url, {
      method,
      headers,
      body,
      dispatcher: opts.dispatcher,
      headersTimeout: timeout,
      bodyTimeout: timeout,
    });
  } catch (cause) {
    // The URL carries no secret here (the token is a header), but keep messages path-only anyway.
    throw new ZaloTransportError(`Zalo OA request failed: ${(cause as Error).message}`, undefined, { cause });
  }
}

function parseEnvelope<T>(text: string, path: string, status: number): Envelope<T> {
  try {
    const env = JSON.parse(text) as Envelope<T>;
    if (typeof env !== 'object' || env === null) throw new Error('not an object');
    return env;
  } catch (cause) {
    throw new ZaloTransportError(`Zalo OA answered ${status} with no JSON on ${path}`, status, { cause });
  }
}
