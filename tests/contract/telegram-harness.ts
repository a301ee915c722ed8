import { Hono } from 'hono';
import { createTelegramAdapter, type TelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import type { InboundHandler } from '../../core/kernel/channel.js';
import { silentLogger, type Logger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { startFakeTelegram, updates, type FakeTelegram, type RawUpdate, type StoredMessage } from '../../testkit/fake-telegram.js';
import type { ContractHarness, SentRecord } from './harness.js';
import { serveApp } from './harness-utils.js';
import { waitFor } from '../helpers/wait.js';

export const WEBHOOK_SECRET = 'contract_Secret-123';
export const WEBHOOK_PATH = '/telegram/webhook';

export interface TelegramHarness extends ContractHarness {
  adapter: TelegramAdapter;
  fake: FakeTelegram;
  /** Base URL of the HTTP server carrying the webhook route (webhook mode). */
  serverUrl: string | null;
  /** Replaces what the engine does with each message (default: record it). */
  setHandler(handler: InboundHandler): void;
}

/** The real Telegram adapter against the fake Bot API, fed by webhook POSTs or long polling. */
export async function createTelegramHarness(mode: 'webhook' | 'polling', logger: Logger = silentLogger): Promise<TelegramHarness> {
  const fake = await startFakeTelegram();
  const adapter = createTelegramAdapter({
    token: fake.token,
    apiRoot: fake.url,
    logger,
    pollTimeoutSeconds: 1,
    pollBackoff: { baseMs: 5, maxMs: 20 },
  });
  const received: InboundMessage[] = [];
  let handler: InboundHandler = async (m) => {
    received.push(m);
  };
  const dispatch: InboundHandler = (m) => handler(m);
  let server: { url: string; close(): Promise<void> } | null = null;
  if (mode === 'webhook') {
    const app = new Hono();
    app.route(WEBHOOK_PATH, adapter.webhookRoute(dispatch, WEBHOOK_SECRET));
    server = await serveApp(app);
    await adapter.setWebhook(`${server.url}${WEBHOOK_PATH}`, WEBHOOK_SECRET);
  } else {
    await adapter.start(dispatch);
  }

  let last: (RawUpdate & { update_id: number }) | null = null;
  async function deliver(update: RawUpdate): Promise<void> {
    if (mode === 'polling') {
      last = fake.pushUpdate(update);
      return;
    }
    const { status, update: sent } = await fake.deliverWebhook(update);
    last = sent;
    if (status !== 200) throw new Error(`webhook answered ${status}`);
  }

  return {
    adapter,
    fake,
    received,
    serverUrl: server?.url ?? null,
    textOnly: false,
    supportsOutOfWindow: false,
    setHandler(next) {
      handler = next;
    },
    sent: () => fake.messages.map(toRecord),
    userSendsText: (acct, text) => deliver(updates.text(acct, text)),
    userPressesButton: (acct, data) => deliver(updates.callback(acct, data)),
    userSendsLocation: (acct, lat, lng) => deliver(updates.location(acct, lat, lng)),
    userSendsPhoto: (acct) => deliver(updates.photo(acct)),
    async redeliverLast() {
      if (!last) throw new Error('nothing delivered yet');
      if (mode === 'polling') fake.redeliver(last);
      else await deliver(last);
    },
    failNextSend(acct, how) {
      if (how === 'out_of_window') throw new Error('Telegram has no messaging window');
      fake.failNext(acct, how, { retryAfter: 3 });
    },
    waitForReceived: async (n) => void (await waitFor(() => received.length >= n, { what: `${n} inbound messages` })),
    async close() {
      await adapter.stop();
      await server?.close();
      await fake.close();
    },
  };
}

/** What the user would see of one stored message. */
export function toRecord(m: StoredMessage): SentRecord {
  const markup = m.replyMarkup as { inline_keyboard?: { text: string; callback_data: string }[][]; keyboard?: { request_location?: boolean }[][] } | undefined;
  const buttons = markup?.inline_keyboard?.flat() ?? [];
  const asksLocation = markup?.keyboard?.flat().some((b) => b.request_location) ?? false;
  const kind = m.method === 'sendPhoto' ? 'photo' : m.method === 'sendDocument' ? 'document' : asksLocation ? 'location_request' : 'text';
  return { accountId: m.chatId, text: m.text, buttons: buttons.map((b) => b.text), buttonData: buttons.map((b) => b.callback_data), kind };
}
