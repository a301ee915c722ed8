import { fileURLToPath } from 'node:url';
import { Api, GrammyError, InputFile } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Hono } from 'hono';
import type { ChannelAdapter, ChannelAlerts, SentRef } from '../../../core/kernel/channel.js';
import { AppError } from '../../../core/kernel/errors.js';
import { createI18n, type Locale } from '../../../core/kernel/i18n.js';
import type { Logger } from '../../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../../core/kernel/messages.js';
import { toSendError } from './errors.js';
import { ALLOWED_UPDATES, telegramLimits } from './limits.js';
import { safeError } from '../../../core/kernel/safe-error.js';
import { callbackQueryId, parseTelegramUpdate } from './parse-update.js';
import type { Backoff } from '../../../core/kernel/retry.js';
import { createPoller, DEFAULT_POLL_BACKOFF, type Poller } from './polling.js';
import { renderEdit, renderOutbound, type LocationLabels, type TelegramCall } from './render.js';
import { createWebhookRoute } from './webhook.js';
import { createJsonCall } from './json-call.js';
import { telegramDownload } from './download.js';

/** The intake engine's entry; its result is ignored (an InboundHandler fits, so does one returning an outcome). */
type UpdateHandler = (msg: InboundMessage) => Promise<unknown>;

export interface TelegramAdapterOptions {
  token: string;
  /** Config TELEGRAM_API_ROOT: https://api.telegram.org or a self-hosted Bot API server. */
  apiRoot?: string;
  logger: Logger;
  /** Known bot identity (skips getMe in getBotInfo). */
  botInfo?: UserFromGetMe;
  /** Location keyboard texts; default from templates/<locale>/telegram.ftl. */
  labels?: LocationLabels;
  locale?: Locale;
  /** Long-poll timeout of getUpdates (Telegram holds the request this long when idle). */
  pollTimeoutSeconds?: number;
  /** Pauses between attempts at getUpdates and at an update whose handler failed. */
  pollBackoff?: Backoff;
  /** Counts updates skipped as poison (metrics). */
  alerts?: ChannelAlerts;
  /** Per-call timeout of sends; a timed-out send is 'transient' (it may still have arrived). */
  requestTimeoutSeconds?: number;
}

export interface TelegramAdapter extends ChannelAdapter {
  readonly channel: 'telegram';
  /** Long polling: deletes any webhook, then handles updates one at a time, in order. */
  start(handler: UpdateHandler): Promise<void>;
  /** Finishes the update in hand, confirms the offset, returns. */
  stop(): Promise<void>;
  /** Webhook mode: a Hono app answering POST / (mount it at the path given to setWebhook). */
  webhookRoute(handler: UpdateHandler, secretToken: string): Hono;
  setWebhook(url: string, secretToken: string): Promise<void>;
  deleteWebhook(): Promise<void>;
  /** One raw update, as webhook and polling process it (parse, handler, answer callback). */
  handleUpdate(update: unknown, handler: UpdateHandler): Promise<void>;
  getBotInfo(): Promise<UserFromGetMe>;
}

export class TelegramSetupError extends AppError {}

const DEFAULT_POLL_TIMEOUT_S = 25;
const DEFAULT_REQUEST_TIMEOUT_S = 30;

export function createTelegramAdapter(opts: TelegramAdapterOptions): TelegramAdapter {
  const apiRoot = opts.apiRoot ?? 'https://api.telegram.org';
  const requestTimeout = opts.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_S;
  const pollTimeout = opts.pollTimeoutSeconds ?? DEFAULT_POLL_TIMEOUT_S;
  const api = new Api(opts.token, { apiRoot, timeoutSeconds: requestTimeout });
  const jsonCall = createJsonCall({ apiRoot, token: opts.token, timeoutSeconds: requestTimeout });
  // Polling holds requests open for pollTimeout; a separate client keeps sends' timeout short.
  const pollApi = new Api(opts.token, { apiRoot, timeoutSeconds: pollTimeout + 15 });
  const labels = opts.labels ?? defaultLabels(opts.locale ?? 'vi');
  const logger = opts.logger.child({ channel: 'telegram' });
  let poller: Poller | null = null;
  let botInfo: Promise<UserFromGetMe> | null = opts.botInfo ? Promise.resolve(opts.botInfo) : null;

  async function call(c: TelegramCall, fileName?: string): Promise<SentRef> {
    const raw = api.raw as unknown as Record<string, (p: unknown) => Promise<{ message_id: number }>>;
    try {
      const payload = withUpload(c, fileName);
      // A local file goes up as multipart through grammY; everything else is JSON (json-call.ts).
      const result = payload === c.payload ? await jsonCall<{ message_id: number }>(c.method, c.payload) : await raw[c.method]!(payload);
      return { messageId: String(result.message_id) };
    } catch (err) {
      throw toSendError(err);
    }
  }

  async function send(accountId: string, msg: OutboundMessage): Promise<SentRef[]> {
    const calls = renderOutbound(accountId, msg, labels);
    const refs: SentRef[] = [];
    for (const c of calls) refs.push(await call(c, msg.type === 'media' ? msg.fileName : undefined));
    return refs;
  }

  async function edit(accountId: string, ref: SentRef, msg: OutboundMessage): Promise<SentRef> {
    const editCall = renderEdit(accountId, ref.messageId, msg);
    if (editCall) {
      try {
        await jsonCall('editMessageText', editCall.payload);
        return ref;
      } catch (err) {
        const outcome = editFailure(err);
        if (outcome === 'unchanged') return ref;
        if (outcome === 'rethrow') throw toSendError(err);
      }
    }
    const refs = await send(accountId, msg);
    return refs[refs.length - 1]!;
  }

  /** Callback queries are always answered, even when the handler threw: clients spin otherwise. */
  async function handleUpdate(update: unknown, handler: UpdateHandler): Promise<void> {
    const msg = parseTelegramUpdate(update);
    const callbackId = callbackQueryId(update);
    try {
      if (msg) await handler(msg);
    } finally {
      if (callbackId) {
        await api.answerCallbackQuery(callbackId).catch((err: unknown) =>
          // A redelivered update answers a second time; Telegram refuses that, harmlessly.
          logger.debug({ err: safeError(err) }, 'answerCallbackQuery failed'),
        );
      }
    }
  }

  return {
    channel: 'telegram',
    limits: telegramLimits,
    send,
    edit,
    download: telegramDownload(api, apiRoot, opts.token),
    handleUpdate,
    async start(handler) {
      if (poller) throw new TelegramSetupError('already_started', 'telegram polling already started');
      const next = createPoller({
        api: pollApi,
        dispatch: (u) => handleUpdate(u, handler),
        logger,
        timeoutSeconds: pollTimeout,
        backoff: opts.pollBackoff ?? DEFAULT_POLL_BACKOFF,
        ...(opts.alerts ? { alerts: opts.alerts } : {}),
      });
      await setup('start_polling_failed', () => next.start());
      poller = next;
    },
    async stop() {
      await poller?.stop();
      poller = null;
    },
    webhookRoute: (handler, secretToken) =>
      createWebhookRoute({ secretToken, dispatch: (u) => handleUpdate(u, handler), logger, ...(opts.alerts ? { alerts: opts.alerts } : {}) }),
    setWebhook: (url, secretToken) =>
      setup('set_webhook_failed', async () => {
        await api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...ALLOWED_UPDATES] });
      }),
    deleteWebhook: () =>
      setup('delete_webhook_failed', async () => {
        await api.deleteWebhook({ drop_pending_updates: false });
      }),
    getBotInfo() {
      botInfo ??= setup('get_me_failed', () => api.getMe());
      return botInfo;
    },
  };
}

/** Setup calls: the error keeps Telegram's description but not grammY's payload (secret_token). */
async function setup<T>(code: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    const detail = err instanceof GrammyError ? `${err.error_code} ${err.description}` : safeError(err).name;
    throw new TelegramSetupError(code, `telegram ${code}: ${detail}`);
  }
}

/** 'unchanged': same text and buttons (Telegram 400s it); 'fallback': message can no longer be edited. */
function editFailure(err: unknown): 'unchanged' | 'fallback' | 'rethrow' {
  if (!(err instanceof GrammyError) || err.error_code !== 400) return 'rethrow';
  const desc = err.description.toLowerCase();
  if (desc.includes('message is not modified')) return 'unchanged';
  if (desc.includes("can't be edited") || desc.includes('message to edit not found') || desc.includes('no text in the message')) {
    return 'fallback';
  }
  return 'rethrow';
}

/** Local files (absolute or ./ paths, file: URLs) are uploaded; URLs and file_ids pass through. */
function withUpload(c: TelegramCall, fileName?: string): unknown {
  if (c.method === 'sendPhoto' && isLocalPath(c.payload.photo)) return { ...c.payload, photo: new InputFile(localPath(c.payload.photo), fileName) };
  if (c.method === 'sendDocument' && isLocalPath(c.payload.document)) {
    return { ...c.payload, document: new InputFile(localPath(c.payload.document), fileName) };
  }
  return c.payload;
}

function isLocalPath(source: string): boolean {
  return source.startsWith('/') || source.startsWith('./') || source.startsWith('../') || source.startsWith('file:');
}

function localPath(source: string): string {
  return source.startsWith('file:') ? fileURLToPath(source) : source;
}

function defaultLabels(locale: Locale): LocationLabels {
  const { t } = createI18n();
  return {
    button: t(locale, 'telegram-location-button'),
    placeholder: t(locale, 'telegram-location-placeholder'),
    hint: t(locale, 'telegram-location-hint'),
  };
}
