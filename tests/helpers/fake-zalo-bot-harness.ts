import { Hono } from 'hono';
import { createZaloBotAdapter, type ZaloBotAdapter } from '../../bot/channels/zalo-bot/adapter.js';
import type { InboundHandler } from '../../core/kernel/channel.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import type { ContractHarness } from '../contract/harness.js';
import { startFakeZaloBot, type FakeZaloBot } from './fake-zalo-bot.js';
import { serveHono } from './fake-zalo-harness.js';
import { waitFor } from './wait.js';

export const ZALOBOT_SECRET = 'contract-zalobot-secret';

let seq = 0;
/** Updates shaped like the platform's (reference §6.4); the fake wraps getUpdates answers in {ok, result}. */
export const zaloBotUpdates = {
  message(chatId: string, eventName: string, fields: Record<string, unknown>): Record<string, unknown> {
    return {
      event_name: eventName,
      message: {
        from: { id: chatId, display_name: 'Người dùng thử', is_bot: false },
        chat: { id: chatId, chat_type: 'PRIVATE' },
        message_id: `zb${Date.now().toString(16)}${(++seq).toString(16)}`,
        date: Date.now(),
        ...fields,
      },
    };
  },
  text: (chatId: string, text: string) => zaloBotUpdates.message(chatId, 'message.text.received', { text }),
  photo: (chatId: string) => zaloBotUpdates.message(chatId, 'message.image.received', { photo_url: 'https://f21-zpg-r.zdn.vn/jpg/test/abc.jpg' }),
  location: (chatId: string, lat: number, long: number) =>
    zaloBotUpdates.message(chatId, 'message.location.received', { attachments: [{ type: 'location', payload: { coordinates: { lat, long } } }] }),
};

export interface ZaloBotHarness extends ContractHarness {
  adapter: ZaloBotAdapter;
  fake: FakeZaloBot;
  webhookUrl: string | null;
  setHandler(handler: InboundHandler): void;
}

/** The real Zalo Bot adapter against the fake platform, fed by getUpdates long polling or webhook POSTs. */
export async function createZaloBotHarness(mode: 'polling' | 'webhook'): Promise<ZaloBotHarness> {
  const fake = await startFakeZaloBot();
  const adapter = createZaloBotAdapter({ token: fake.token, apiRoot: fake.url, logger: silentLogger, pollTimeoutSec: 1 });
  const received: InboundMessage[] = [];
  let handler: InboundHandler = async (m) => void received.push(m);
  const dispatch: InboundHandler = (m) => handler(m);
  let server: { url: string; close(): Promise<void> } | null = null;
  if (mode === 'webhook') {
    const app = new Hono();
    app.route('/zalobot', adapter.webhookRoute(dispatch, ZALOBOT_SECRET));
    server = await serveHono(app);
    await adapter.client.setWebhook(`${server.url}/zalobot/webhook`, ZALOBOT_SECRET);
  } else {
    await adapter.start(dispatch);
  }

  let last: Record<string, unknown> | null = null;
  const deliver = async (update: Record<string, unknown>) => {
    last = update;
    if (mode === 'polling') return fake.pushUpdate(update);
    const status = await fake.deliverWebhook(update);
    if (status !== 200) throw new Error(`webhook answered ${status}`);
  };

  return {
    adapter,
    fake,
    webhookUrl: server ? `${server.url}/zalobot/webhook` : null,
    received,
    textOnly: true,
    supportsOutOfWindow: false,
    setHandler: (next) => void (handler = next),
    sent: () => fake.sends.map((s) => ({ accountId: s.chatId, text: s.text, buttons: [], buttonData: [], kind: s.method === 'sendPhoto' ? 'photo' : 'text' })),
    userSendsText: (acct, text) => deliver(zaloBotUpdates.text(acct, text)),
    // No buttons on this platform: a "press" is the user typing the option.
    userPressesButton: (acct, data) => deliver(zaloBotUpdates.text(acct, data)),
    userSendsLocation: (acct, lat, lng) => deliver(zaloBotUpdates.location(acct, lat, lng)),
    userSendsPhoto: (acct) => deliver(zaloBotUpdates.photo(acct)),
    async redeliverLast() {
      if (!last) throw new Error('nothing delivered yet');
      await deliver(last);
    },
    failNextSend(acct, how) {
      if (how === 'out_of_window') throw new Error('the Zalo Bot platform documents no messaging window');
      if (how === 'blocked') fake.failNext(acct, 403, 'User has blocked the bot');
      else fake.failNext(acct, 429, 'Too many requests');
    },
    waitForReceived: async (n) => void (await waitFor(() => received.length >= n, { what: `${n} inbound messages` })),
    async close() {
      await adapter.stop();
      await server?.close();
      await fake.close();
    },
  };
}
