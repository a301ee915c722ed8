import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createZaloOaAdapter } from '../../bot/channels/zalo-oa/adapter.js';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { ZALO_CHOICE_PREFIX } from '../../bot/channels/zalo-oa/constants.js';
import { choicePayload } from '../../bot/channels/zalo-oa/render.js';
import { createZaloWebhookRoute } from '../../bot/channels/zalo-oa/webhook-route.js';
import type { InboundHandler } from '../../core/kernel/channel.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import type { ContractHarness, SentRecord } from '../contract/harness.js';
import { startFakeZalo, type FakeZalo, type FakeZaloMessage } from '../../testkit/fake-zalo.js';
import { postZaloWebhook, zaloEvents } from './fake-zalo-webhook.js';
import { waitFor } from './wait.js';

export const OA_SECRET_KEY = 'contract-oa-secret-key';

/** Serves a Hono app on 127.0.0.1 and an ephemeral port. */
export async function serveHono(app: Hono): Promise<{ url: string; close(): Promise<void> }> {
  let server: ServerType | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve(info.port));
  });
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server!.close(() => r())) };
}
export interface ZaloOaHarness extends ContractHarness {
  fake: FakeZalo;
  webhookUrl: string;
  setHandler(handler: InboundHandler): void;
}

/** The real OA adapter against the fake OA API; users act through signed webhook POSTs to the real route. */
export async function createZaloOaHarness(): Promise<ZaloOaHarness> {
  const fake = await startFakeZalo();
  const { accessToken } = fake.issuePair();
  const client = createZaloOaClient({ apiRoot: fake.url, getAccessToken: async () => accessToken });
  const adapter = createZaloOaAdapter({ client, logger: silentLogger });
  const received: InboundMessage[] = [];
  let handler: InboundHandler = async (m) => void received.push(m);
  const app = new Hono();
  app.route('/zalo', createZaloWebhookRoute({ appId: fake.appId, oaSecretKey: OA_SECRET_KEY, handler: (m) => handler(m), logger: silentLogger }));
  const server = await serveHono(app);
  const webhookUrl = `${server.url}/zalo/webhook`;

  let last: Record<string, unknown> | null = null;
  const deliver = async (event: Record<string, unknown>) => {
    last = event;
    const res = await postZaloWebhook(webhookUrl, event, { appId: fake.appId, oaSecretKey: OA_SECRET_KEY });
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  };
  const codes = { blocked: -213, rate_limited: -32, out_of_window: -230 } as const;

  return {
    adapter,
    fake,
    webhookUrl,
    received,
    textOnly: false,
    supportsOutOfWindow: true,
    setHandler: (next) => void (handler = next),
    sent: () => fake.messages.map(toRecord),
    userSendsText: (acct, text) => deliver(zaloEvents.text(fake.appId, acct, text)),
    // oa.query.* buttons come back as user_send_text carrying the button's payload.
    userPressesButton: (acct, data) => deliver(zaloEvents.text(fake.appId, acct, choicePayload(data))),
    userSendsLocation: (acct, lat, lng) => deliver(zaloEvents.location(fake.appId, acct, lat, lng)),
    userSendsPhoto: (acct) => deliver(zaloEvents.image(fake.appId, acct)),
    async redeliverLast() {
      if (!last) throw new Error('nothing delivered yet');
      await deliver(last);
    },
    failNextSend: (acct, how) => fake.failNext(acct, codes[how]),
    waitForReceived: async (n) => void (await waitFor(() => received.length >= n, { what: `${n} inbound messages` })),
    async close() {
      await server.close();
      await fake.close();
    },
  };
}

/** What the user sees of one accepted message; button data is the choice data behind our prefix. */
function toRecord(m: FakeZaloMessage): SentRecord {
  const data = m.buttons.map((b) => String(b.payload));
  return {
    accountId: m.userId,
    text: m.text,
    buttons: m.buttons.map((b) => b.title),
    buttonData: data.map((d) => (d.startsWith(ZALO_CHOICE_PREFIX) ? d.slice(ZALO_CHOICE_PREFIX.length) : d)),
    kind: m.kind === 'image' ? 'photo' : m.kind === 'file' ? 'document' : 'text',
  };
}
