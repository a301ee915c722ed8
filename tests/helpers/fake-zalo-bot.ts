import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request } from 'undici';

type Json = Record<string, unknown>;

/**
 * A local Zalo Bot platform server (reference §6): POST /bot<TOKEN>/<method> with JSON,
 * `{ok, result}` / `{ok:false, error_code, description}`, getUpdates long polling that hands
 * out one update per call and answers 408 when the poll times out, webhook delivery with
 * `X-Bot-Api-Secret-Token`.
 */
export interface FakeZaloBotSend {
  method: 'sendMessage' | 'sendPhoto';
  chatId: string;
  text: string;
  photo?: string;
  messageId: string;
}

export interface FakeZaloBot {
  url: string;
  token: string;
  sends: FakeZaloBotSend[];
  calls: { method: string; params: Json }[];
  webhook: { url: string; secret: string } | null;
  /** Queues an update for getUpdates, as the platform would hand it out. */
  pushUpdate(update: Json): void;
  /** POSTs the update to the registered webhook; `secret` overrides the header. */
  deliverWebhook(update: Json, secret?: string | null): Promise<number>;
  failNext(chatId: string, errorCode: number, description: string): void;
  close(): Promise<void>;
}

export async function startFakeZaloBot(opts: { token?: string } = {}): Promise<FakeZaloBot> {
  const token = opts.token ?? '1234567890:fake-zalo-bot-secret';
  const queue: Json[] = [];
  const waiters: (() => void)[] = [];
  const failures: { chatId: string; errorCode: number; description: string }[] = [];
  let seq = 0;
  let closing = false;
  const wake = () => waiters.splice(0).forEach((w) => w());

  const fake: FakeZaloBot = {
    url: '',
    token,
    sends: [],
    calls: [],
    webhook: null,
    pushUpdate(update) {
      queue.push(update);
      wake();
    },
    async deliverWebhook(update, secret) {
      if (!fake.webhook) throw new Error('no webhook set');
      const header = secret === undefined ? fake.webhook.secret : secret;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (header !== null) headers['x-bot-api-secret-token'] = header;
      const res = await request(fake.webhook.url, { method: 'POST', headers, body: JSON.stringify(update) });
      await res.body.dump();
      return res.statusCode;
    },
    failNext: (chatId, errorCode, description) => void failures.push({ chatId, errorCode, description }),
    close: async () => {},
  };

  const getUpdates = async (params: Json): Promise<Json> => {
    if (fake.webhook) return { ok: false, error_code: 400, description: 'Webhook is active; use deleteWebhook first' };
    if (queue.length === 0 && !closing) {
      const ms = Math.min(Number(params.timeout ?? 30), 30) * 1000;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, ms);
        waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
    const next = queue.shift();
    return next ? { ok: true, result: next } : { ok: false, error_code: 408, description: 'Request timeout' };
  };

  const send = (method: 'sendMessage' | 'sendPhoto', p: Json): Json => {
    const chatId = String(p.chat_id ?? '');
    const text = String((method === 'sendMessage' ? p.text : p.caption) ?? '');
    const f = failures.findIndex((x) => x.chatId === chatId || x.chatId === '*');
    if (f >= 0) {
      const [{ errorCode, description }] = failures.splice(f, 1) as [(typeof failures)[number]];
      return { ok: false, error_code: errorCode, description };
    }
    if (!chatId || (method === 'sendMessage' && (text.length < 1 || text.length > 2000)) || text.length > 2000) {
      return { ok: false, error_code: 400, description: 'Bad Request: invalid chat_id or text' };
    }
    const messageId = `bm${++seq}`;
    fake.sends.push({ method, chatId, text, ...(method === 'sendPhoto' ? { photo: String(p.photo) } : {}), messageId });
    return { ok: true, result: { message_id: messageId, date: Date.now() } };
  };

  const dispatch = async (method: string, p: Json): Promise<Json> => {
    switch (method) {
      case 'getMe':
        return { ok: true, result: { id: token.split(':')[0], account_name: 'dlxh_test_bot', account_type: 'BASIC', can_join_groups: false } };
      case 'getUpdates':
        return getUpdates(p);
      case 'sendMessage':
      case 'sendPhoto':
        return send(method, p);
      case 'setWebhook':
        fake.webhook = { url: String(p.url), secret: String(p.secret_token ?? '') };
        return { ok: true, result: { url: fake.webhook.url, updated_at: Date.now() } };
      case 'deleteWebhook':
        fake.webhook = null;
        return { ok: true, result: { url: '', updated_at: Date.now() } };
      default:
        return { ok: false, error_code: 404, description: 'Not Found: method not found' };
    }
  };

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
    let answer: Json;
    if (!match || match[1] !== token) answer = { ok: false, error_code: 401, description: 'Unauthorized' };
    else {
      const params = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json) : {};
      fake.calls.push({ method: match[2]!, params });
      answer = await dispatch(match[2]!, params);
    }
    // Like Telegram's Bot API, which this platform copies, errors carry their code as HTTP status too.
    const status = answer.ok === false && typeof answer.error_code === 'number' ? answer.error_code : 200;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer));
  };
  const server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise((resolve) => {
      closing = true;
      wake();
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}
