import { GrammyError, HttpError } from 'grammy';
import { request, type Dispatcher } from 'undici';

/** What the Bot API answers, success or not (errors are JSON too). */
type ApiResponse = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: object };

export interface JsonCallOptions {
  apiRoot: string;
  token: string;
  /** The whole call's limit: no answer (headers, then each part of the body) within it is a network error. */
  timeoutSeconds: number;
  /** Kept-alive connections to the Bot API; undici's global Agent unless given. */
  dispatcher?: Dispatcher;
}

const HEADERS = { 'content-type': 'application/json', connection: 'keep-alive' };

/**
 * Bot API calls with a JSON body (every send but a local file's upload) straight on undici
 * (issue 16): grammY's client walks the payload for files, builds an AbortController, a timer and
 * three promises to race, and sends through node-fetch on an `http.Agent` — the reply to the Bot
 * API was ~11 % of the bot's CPU under webhook load. Here the URL of each method is built once,
 * the body once, the timeout is undici's own, and a failure is the error grammY would have thrown
 * (`GrammyError` for Telegram's refusal, `HttpError` for the network), so errors.ts maps it as before.
 */
export function createJsonCall(o: JsonCallOptions) {
  const base = `${o.apiRoot}/bot${o.token}/`;
  const urls = new Map<string, string>();
  const ms = o.timeoutSeconds * 1000;
  const options = { method: 'POST' as const, headers: HEADERS, headersTimeout: ms, bodyTimeout: ms, ...(o.dispatcher && { dispatcher: o.dispatcher }) };

  return async function call<T>(method: string, payload: Record<string, unknown>): Promise<T> {
    let url = urls.get(method);
    if (url === undefined) urls.set(method, (url = base + method));
    let data: ApiResponse;
    try {
      // render.ts never sets a field to null (grammY's replacer dropped nulls): the plain, native stringify.
      const res = await request(url, { ...options, body: JSON.stringify(payload) });
      data = (await res.body.json()) as ApiResponse;
    } catch (err) {
      throw new HttpError(`Network request for '${method}' failed!`, err);
    }
    if (data.ok) return data.result as T;
    throw new GrammyError(`Call to '${method}' failed!`, data, method, payload);
  };
}
