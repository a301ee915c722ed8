import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { createSandboxAdapter } from '../../bot/channels/sandbox/adapter.js';
import { createSandboxRoutes } from '../../bot/channels/sandbox/routes.js';
import type { ChannelAdapter } from '../../core/kernel/channel.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ContractHarness, SentRecord } from './harness.js';
import { serveApp } from './harness-utils.js';
import { waitFor } from '../helpers/wait.js';

export interface SandboxHarness extends ContractHarness {
  database: TestDatabase;
  /** Base URL of the mounted routes, e.g. http://127.0.0.1:1234/sandbox */
  base: string;
  setHandler(handler: (m: InboundMessage) => Promise<unknown>): void;
  post(path: string, body: unknown): Promise<Response>;
  messages(
    account: string,
    after?: number,
  ): Promise<{ messages: { id: number; seq: number; direction: string; payload: unknown; status: string }[]; cursor: number; blocked: boolean }>;
}

/** The sandbox adapter and its routes on a real database, driven over HTTP like the web page does. */
export async function createSandboxHarness(): Promise<SandboxHarness> {
  const database = await createTestDatabase();
  const real = createSandboxAdapter({ db: database.db });
  const accounts = new Set<string>();
  // Remembers who we sent to, so sent() can read each chat back through the page's API.
  const adapter: ChannelAdapter = {
    channel: real.channel,
    limits: real.limits,
    send: (a, m) => (accounts.add(a), real.send(a, m)),
    edit: (a, r, m) => (accounts.add(a), real.edit(a, r, m)),
  };
  const received: InboundMessage[] = [];
  let handler = async (m: InboundMessage): Promise<unknown> => received.push(m);
  const app = new Hono();
  app.route('/sandbox', createSandboxRoutes({ db: database.db, adapter, handler: (m) => handler(m), logger: silentLogger }));
  const server = await serveApp(app);
  const base = `${server.url}/sandbox`;

  const post = (path: string, body: unknown) =>
    fetch(`${base}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const ok = async (path: string, body: unknown) => {
    const res = await post(path, body);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const messages: SandboxHarness['messages'] = async (account, after = 0) => {
    const res = await fetch(`${base}/api/messages?account=${encodeURIComponent(account)}&after=${after}`);
    if (res.status !== 200) throw new Error(`messages answered ${res.status}`);
    return res.json() as ReturnType<SandboxHarness['messages']>;
  };
  let last: Record<string, unknown> | null = null;
  const userSends = async (body: Record<string, unknown>) => {
    last = { id: randomUUID(), ...body };
    await ok('api/send', last);
  };

  return {
    adapter,
    database,
    base,
    received,
    textOnly: false,
    supportsOutOfWindow: false,
    post,
    messages,
    setHandler(next) {
      handler = next;
    },
    async sent() {
      const records: SentRecord[] = [];
      for (const account of accounts) {
        for (const m of (await messages(account)).messages) if (m.direction === 'out') records.push(toRecord(account, m.payload as OutboundMessage));
      }
      return records;
    },
    async newAccount() {
      const { accountId } = await ok('api/personas/new', {});
      accounts.add(accountId as string);
      return accountId as string;
    },
    userSendsText: (account, text) => userSends({ account, text }),
    userPressesButton: (account, choice) => userSends({ account, choice }),
    userSendsLocation: (account, lat, lng) => userSends({ account, location: { lat, lng } }),
    userSendsPhoto: (account) => userSends({ account, photo: true }),
    async redeliverLast() {
      if (!last) throw new Error('nothing sent yet');
      await ok('api/send', last);
    },
    async failNextSend(account, how) {
      if (how === 'blocked') await ok('api/block', { account, blocked: true });
      else if (how === 'rate_limited') await ok('api/faults', { account, rateLimitedSends: 1 });
      else throw new Error('the sandbox has no messaging window');
    },
    waitForReceived: async (n) => void (await waitFor(() => received.length >= n, { what: `${n} inbound messages` })),
    async close() {
      await server.close();
      await database.close();
    },
  };
}

function toRecord(accountId: string, p: OutboundMessage): SentRecord {
  const choices = p.choices ?? [];
  const kind = p.type === 'media' ? p.kind : p.requestLocation ? 'location_request' : 'text';
  const text = p.type === 'text' ? p.text : (p.caption ?? '');
  return { accountId, text, buttons: choices.map((c) => c.label), buttonData: choices.map((c) => c.data), kind };
}
