import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BotApiError, createMethods, type StoredMessage } from './fake-telegram-methods.js';
import { readParams, type RawUpdate } from './fake-telegram-updates.js';

export { updates, type RawUpdate } from './fake-telegram-updates.js';
export type { StoredMessage } from './fake-telegram-methods.js';

/**
 * A local Bot API server speaking Telegram's wire format (POST /bot<token>/<method>, JSON or form
 * bodies, `{ok, result}` / `{ok:false, error_code, description, parameters}`), with the limits
 * Telegram enforces, getUpdates long polling, webhook delivery and programmable failures.
 * Benchmarks reuse it with `record: false`: then only the per-chat send counters are kept.
 */
type FailureKind = 'rate_limited' | 'blocked' | 'deactivated' | 'chat_not_found' | 'server_error' | 'network';

export interface FakeTelegram {
  /** The apiRoot to give the adapter. */
  url: string;
  token: string;
  calls: { method: string; params: Record<string, unknown> }[];
  messages: StoredMessage[];
  sendsPerChat: Map<string, number>;
  totalSends: number;
  webhook: { url: string; secret: string | undefined } | null;
  callsOf(method: string): Record<string, unknown>[];
  /** The next `times` sends (any send method, or edit) to `chatId` ('*' = any chat) fail this way. */
  failNext(chatId: string, kind: FailureKind, opts?: { times?: number; retryAfter?: number }): void;
  /** Forgets the failures set with failNext (the platform recovered). */
  clearFailures(): void;
  /** Queues an update for getUpdates; assigns update_id when absent. Returns the update as queued. */
  pushUpdate(update: RawUpdate): RawUpdate & { update_id: number };
  /** Queues an already-delivered update again (as after a crash before the offset was confirmed). */
  redeliver(update: RawUpdate & { update_id: number }): void;
  /** POSTs the update to the registered webhook like Telegram does; resolves to the HTTP status. */
  deliverWebhook(update: RawUpdate, secret?: string): Promise<{ status: number; update: RawUpdate & { update_id: number } }>;
  pendingUpdates(): number;
  /** getFile and the /file/ download serve these bytes for this file_id (others get 1024 filler bytes). */
  setFile(fileId: string, bytes: Uint8Array): void;
  close(): Promise<void>;
}

interface Failure {
  kind: FailureKind;
  retryAfter: number;
  times: number;
}

/** Served for any /file/bot<token>/<path> download (getFile reports 1024 bytes). */
const FILE_BYTES = Buffer.alloc(1024, 0x2a);
const BOT = { id: 7_012_345_678, is_bot: true, first_name: 'DLXH Test Bot', username: 'dlxh_test_bot' };
const SEND_METHODS = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendLocation', 'sendVenue', 'editMessageText']);
const FAILURES: Record<Exclude<FailureKind, 'network'>, [number, string]> = {
  rate_limited: [429, 'Too Many Requests: retry after'],
  blocked: [403, 'Forbidden: bot was blocked by the user'],
  deactivated: [403, 'Forbidden: user is deactivated'],
  chat_not_found: [400, 'Bad Request: chat not found'],
  server_error: [500, 'Internal Server Error'],
};

export async function startFakeTelegram(opts: { token?: string; record?: boolean } = {}): Promise<FakeTelegram> {
  const token = opts.token ?? '123456:TEST-token_for-fake';
  const record = opts.record ?? true;
  const prefix = `/bot${token}/`;
  const failures = new Map<string, Failure>();
  const queue: (RawUpdate & { update_id: number })[] = [];
  let waiter: ((status: 'data' | 'conflict') => void) | null = null;
  let nextUpdateId = 900_000_001;
  const files = new Map<string, Buffer>();
  const { methods, state } = createMethods(BOT, record, files);
  /** Redelivered updates are served once more regardless of the confirmed offset. */
  const forced: (RawUpdate & { update_id: number })[] = [];

  function takeFailure(chatId: string): Failure | undefined {
    if (failures.size === 0) return undefined;
    const key = failures.has(chatId) ? chatId : failures.has('*') ? '*' : undefined;
    const f = key === undefined ? undefined : failures.get(key);
    if (f && --f.times <= 0) failures.delete(key!);
    return f;
  }

  async function getUpdates(p: Record<string, unknown>): Promise<unknown> {
    if (fake.webhook)
      throw new BotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
    const offset = Number(p.offset ?? 0);
    for (let i = queue.length - 1; i >= 0; i--) if (queue[i]!.update_id < offset) queue.splice(i, 1);
    const timeout = Number(p.timeout ?? 0);
    if (queue.length === 0 && forced.length === 0 && timeout > 0) {
      waiter?.('conflict');
      const outcome = await new Promise<'data' | 'conflict' | 'timeout'>((resolve) => {
        const timer = setTimeout(() => resolve('timeout'), timeout * 1000);
        waiter = (s) => {
          clearTimeout(timer);
          resolve(s);
        };
      });
      waiter = null;
      if (outcome === 'conflict')
        throw new BotApiError(409, 'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running');
    }
    const limit = Number(p.limit ?? 100);
    return [...forced.splice(0, limit), ...queue.filter((u) => u.update_id >= offset)].slice(0, limit);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    if (url.pathname.startsWith(`/file${prefix}`)) {
      const id = /^files\/(.+)\.jpg$/.exec(decodeURIComponent(url.pathname.slice(`/file${prefix}`.length)))?.[1];
      const bytes = (id !== undefined ? files.get(id) : undefined) ?? FILE_BYTES;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': bytes.length });
      res.end(bytes);
      return;
    }
    if (!url.pathname.startsWith(prefix)) throw new BotApiError(401, 'Unauthorized');
    const method = url.pathname.slice(prefix.length);
    const params = await readParams(req, url);
    if (record) fake.calls.push({ method, params });
    if (SEND_METHODS.has(method)) {
      const failure = takeFailure(String(params.chat_id));
      if (failure?.kind === 'network') {
        res.socket?.destroy();
        return;
      }
      if (failure) fail(failure);
    }
    if (method === 'getUpdates') return reply(res, 200, { ok: true, result: await getUpdates(params) });
    if (method === 'setWebhook') fake.webhook = { url: String(params.url), secret: params.secret_token as string | undefined };
    if (method === 'deleteWebhook') {
      fake.webhook = null;
      if (params.drop_pending_updates === true || params.drop_pending_updates === 'true') queue.length = 0;
    }
    const handler = methods[method];
    if (!handler) throw new BotApiError(404, 'Not Found');
    const result = handler(params);
    if (SEND_METHODS.has(method) && method !== 'editMessageText') {
      const chat = String(params.chat_id);
      fake.sendsPerChat.set(chat, (fake.sendsPerChat.get(chat) ?? 0) + 1);
      fake.totalSends++;
    }
    reply(res, 200, { ok: true, result });
  }

  function fail(f: Failure): never {
    const [code, description] = FAILURES[f.kind as Exclude<FailureKind, 'network'>];
    if (f.kind === 'rate_limited') throw new BotApiError(code, `${description} ${f.retryAfter}`, { retry_after: f.retryAfter });
    throw new BotApiError(code, description);
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      const e = err instanceof BotApiError ? err : new BotApiError(400, `Bad Request: ${(err as Error).message}`);
      const body: Record<string, unknown> = { ok: false, error_code: e.code, description: e.description };
      if (e.parameters) body.parameters = e.parameters;
      reply(res, e.code, body);
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const fake: FakeTelegram = {
    url: `http://127.0.0.1:${port}`,
    token,
    calls: [],
    messages: state.messages,
    sendsPerChat: new Map(),
    totalSends: 0,
    webhook: null,
    callsOf: (method) => fake.calls.filter((c) => c.method === method).map((c) => c.params),
    clearFailures() {
      failures.clear();
    },
    failNext(chatId, kind, o = {}) {
      failures.set(chatId, { kind, times: o.times ?? 1, retryAfter: o.retryAfter ?? 3 });
    },
    pushUpdate(update) {
      const queued = { ...update, update_id: update.update_id ?? nextUpdateId++ };
      queue.push(queued);
      waiter?.('data');
      return queued;
    },
    redeliver(update) {
      forced.push(update);
      waiter?.('data');
    },
    async deliverWebhook(update, secret) {
      if (!fake.webhook) throw new Error('no webhook set');
      const sent = { ...update, update_id: update.update_id ?? nextUpdateId++ };
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      const s = secret ?? fake.webhook.secret;
      if (s !== undefined) headers['x-telegram-bot-api-secret-token'] = s;
      const res = await fetch(fake.webhook.url, { method: 'POST', headers, body: JSON.stringify(sent) });
      await res.arrayBuffer();
      return { status: res.status, update: sent };
    },
    pendingUpdates: () => queue.length + forced.length,
    setFile: (fileId, bytes) => void files.set(fileId, Buffer.from(bytes)),
    async close() {
      waiter?.('data');
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
