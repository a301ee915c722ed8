import { request, type Dispatcher } from 'undici';
import { AppError } from '../../../core/kernel/errors.js';

/** Zalo Bot platform answered `{ ok: false, error_code, description }` (reference §6.2, §6.5). */
export class ZaloBotApiError extends AppError {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly retryAfterSec?: number,
  ) {
    super('zalobot_api_error', `Zalo Bot API error ${errorCode}: ${description}`);
  }
}

/** Network failure, 5xx without a JSON answer, timeout. Messages never carry the URL: it holds the token. */
export class ZaloBotTransportError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('zalobot_transport', message, options);
  }
}

export interface ZaloBotClientOptions {
  token: string;
  apiRoot: string;
  dispatcher?: Dispatcher;
  timeoutMs?: number;
}

interface ZaloBotSent {
  message_id: string;
  date?: number;
}

export interface ZaloBotClient {
  getMe(): Promise<{ id: string; account_name?: string }>;
  /** Long poll; resolves to the update(s) received, [] when the poll timed out (error 408). */
  getUpdates(timeoutSec: number, signal?: AbortSignal): Promise<unknown[]>;
  sendMessage(chatId: string, text: string): Promise<ZaloBotSent>;
  /** `photo` must be a public URL; the platform takes no uploads. */
  sendPhoto(chatId: string, photo: string, caption?: string): Promise<ZaloBotSent>;
  setWebhook(url: string, secretToken: string): Promise<unknown>;
  deleteWebhook(): Promise<unknown>;
}

export function createZaloBotClient(opts: ZaloBotClientOptions): ZaloBotClient {
  const base = `${opts.apiRoot.replace(/\/+$/, '')}/bot${opts.token}`;
  const call = async <T>(method: string, params: Record<string, unknown>, extra: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<T> => {
    const timeout = extra.timeoutMs ?? opts.timeoutMs ?? 15_000;
    let status: number;
    let text: string;
    try {
      const res = await request(`${base}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
        dispatcher: opts.dispatcher,
        headersTimeout: timeout,
        bodyTimeout: timeout,
        ...(extra.signal ? { signal: extra.signal } : {}),
      });
      status = res.statusCode;
      text = await res.body.text();
    } catch (cause) {
      throw new ZaloBotTransportError(`Zalo Bot ${method} failed: ${(cause as { code?: string }).code ?? (cause as Error).name}`, { cause });
    }
    return unwrap<T>(method, status, text);
  };
  return {
    getMe: () => call('getMe', {}),
    async getUpdates(timeoutSec, signal) {
      try {
        const result = await call<unknown>(
          'getUpdates',
          { timeout: String(timeoutSec) },
          { timeoutMs: (timeoutSec + 10) * 1000, ...(signal ? { signal } : {}) },
        );
        if (result === null || result === undefined) return [];
        return Array.isArray(result) ? result : [result];
      } catch (err) {
        if (err instanceof ZaloBotApiError && err.errorCode === 408) return [];
        throw err;
      }
    },
    sendMessage: (chatId, text) => call('sendMessage', { chat_id: chatId, text }),
    sendPhoto: (chatId, photo, caption) => call('sendPhoto', { chat_id: chatId, photo, ...(caption ? { caption } : {}) }),
    setWebhook: (url, secretToken) => call('setWebhook', { url, secret_token: secretToken }),
    deleteWebhook: () => call('deleteWebhook', {}),
  };
}

function unwrap<T>(method: string, status: number, text: string): T {
  let body: { ok?: boolean; result?: T; error_code?: number; description?: string; parameters?: { retry_after?: number } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new ZaloBotTransportError(`Zalo Bot ${method} answered HTTP ${status} without JSON`);
  }
  if (body.ok === true) return body.result as T;
  const code = typeof body.error_code === 'number' ? body.error_code : status;
  if (body.ok === undefined && status >= 500) throw new ZaloBotTransportError(`Zalo Bot ${method} answered HTTP ${status}`);
  throw new ZaloBotApiError(code, String(body.description ?? ''), body.parameters?.retry_after);
}
