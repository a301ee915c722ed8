import type { Readable } from 'node:stream';
import type { ApiClientOptions } from 'grammy';
import { request, type Dispatcher } from 'undici';

/** What grammY's API client passes to `fetch` (core/client.js, core/payload.js): a POST, JSON or multipart. */
interface GrammyFetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Readable;
  signal?: AbortSignal;
}

/**
 * grammY's `client.fetch` on undici (issue 16): without it grammY sends through node-fetch on an
 * `http.Agent`, which cost about as much CPU per reply as the rest of the send (13 % of the bot's
 * CPU under webhook load). grammY only reads the answer with `res.json()` (whatever the status:
 * Telegram answers errors as JSON too), aborts through `signal` on its timeout, and turns a
 * failed request into an HttpError — all of which `request` supports as is. Connections are kept
 * alive by `dispatcher` (undici's global Agent unless given).
 */
export function undiciFetch(dispatcher?: Dispatcher): NonNullable<ApiClientOptions['fetch']> {
  const fetch = async (url: string | URL, init: GrammyFetchInit = {}) => {
    const res = await request(url, {
      method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
      headers: init.headers,
      body: init.body,
      signal: init.signal,
      ...(dispatcher ? { dispatcher } : {}),
    });
    return { ok: res.statusCode < 300, status: res.statusCode, json: () => res.body.json() };
  };
  // grammY types the option as the WHATWG fetch; it calls it only as above.
  return fetch as unknown as NonNullable<ApiClientOptions['fetch']>;
}
