import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { main } from '../../bot/main.js';
import { invites, units } from '../../db/schema/index.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeTelegram } from '../../testkit/fake-telegram.js';
import { rawPostJson, rawRequest } from '../helpers/raw-http.js';
import { freePort } from '../../testkit/services.js';

/**
 * Issue 12 item 8: the sandbox lists people and acts as any of them, so it must never face the
 * internet — not by configuration (production, PUBLIC_URL), not through a proxy on the host, not
 * from a DNS-rebinding page in the operator's browser — and its demo must never exist beside a
 * real channel. Everything through the real bot process wiring (main) and real HTTP.
 */
type Bot = Awaited<ReturnType<typeof main>>;
const started: Bot[] = [];
const databases: TestDatabase[] = [];

async function env(extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return {
    DATA_DIR: await mkdtemp(join(tmpdir(), 'dlxh-exp-')),
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: testQueuePrefix(),
    PORT: '0',
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    FLOOD_BURST: '1000',
    ...extra,
  };
}

async function start(extra: Record<string, string>, logs: string[] = []): Promise<{ bot: Bot; db: TestDatabase }> {
  const db = await createTestDatabase();
  databases.push(db);
  const bot = await main({ ...(await env(extra)), DATABASE_URL: db.url ?? '' }, { database: db, logDestination: { write: (l: string) => void logs.push(l) } });
  started.push(bot);
  return { bot, db };
}

afterAll(async () => {
  for (const b of started) await b.stop();
  for (const d of databases) await d.close();
});

describe('the sandbox refuses to start on an exposed server', () => {
  const LONG = 'a-metrics-token-of-32-characters';
  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['PUBLIC_URL', { PUBLIC_URL: 'https://dlxh.example.vn', METRICS_TOKEN: LONG }],
  ])('%s with SANDBOX=on: a clear refusal naming the override, and nothing started', async (_what, extra) => {
    const e = await env({ SANDBOX: 'on', ...extra, PORT: String(await freePort()) });
    const dataDir = join(e.DATA_DIR!, 'fresh');
    await expect(main({ ...e, DATA_DIR: dataDir })).rejects.toThrow(/DANGEROUSLY_EXPOSE_SANDBOX=true/);
    expect(existsSync(dataDir)).toBe(false); // no database opened, no pid file
    const { createServer } = await import('node:net');
    await new Promise<void>((ok, fail) => {
      const s = createServer().once('error', fail);
      s.listen(Number(e.PORT), '127.0.0.1', () => s.close(() => ok()));
    });
  });

  it('SANDBOX=auto serves no sandbox when PUBLIC_URL is set', async () => {
    const { bot } = await start({ PUBLIC_URL: 'https://dlxh.example.vn', METRICS_TOKEN: LONG });
    expect((await rawRequest(bot.port, '/sandbox/api/personas')).status).toBe(404);
  });

  it('the loudly named override starts it, and every start says so at error level', async () => {
    const logs: string[] = [];
    const { bot } = await start({ SANDBOX: 'on', PUBLIC_URL: 'https://dlxh.example.vn', METRICS_TOKEN: LONG, DANGEROUSLY_EXPOSE_SANDBOX: 'true' }, logs);
    expect((await rawRequest(bot.port, '/sandbox/api/personas')).status).toBe(200);
    const loud = logs.map((l) => JSON.parse(l) as { level: number; msg: string }).filter((l) => l.level >= 50);
    expect(loud.map((l) => l.msg).join()).toMatch(/DANGEROUSLY_EXPOSE_SANDBOX/);
  });
});

describe('a local sandbox answers only browsers on this machine', () => {
  let bot: Bot;
  let personas: { accountId: string; role: string }[];
  beforeAll(async () => {
    ({ bot } = await start({ SANDBOX: 'on' }));
    personas = (JSON.parse((await rawRequest(bot.port, '/sandbox/api/personas')).body) as { personas: typeof personas }).personas;
  });

  it('by name: 127.0.0.1 and localhost yes; a rebinding name, a proxy, a foreign origin no', async () => {
    const at = (headers: Record<string, string>) => rawRequest(bot.port, '/sandbox/api/personas', { headers });
    expect((await at({ host: `127.0.0.1:${bot.port}` })).status).toBe(200);
    expect((await at({ host: `localhost:${bot.port}` })).status).toBe(200);
    expect((await at({ host: `[::1]:${bot.port}` })).status).toBe(200);
    const refused = [
      await at({ host: `rebind.attacker.example:${bot.port}` }),
      await at({ host: `127.0.0.1.nip.io:${bot.port}` }),
      await at({ host: `127.0.0.1:${bot.port}`, 'x-forwarded-for': '203.0.113.7' }),
      await at({ host: `127.0.0.1:${bot.port}`, forwarded: 'for=203.0.113.7;proto=https' }),
      await at({ host: `127.0.0.1:${bot.port}`, 'x-real-ip': '203.0.113.7' }),
      await rawPostJson(bot.port, '/sandbox/api/send', { account: personas[0]!.accountId, text: '/help' }, { origin: 'http://attacker.example' }),
    ];
    for (const res of refused)
      expect({ status: res.status, body: JSON.parse(res.body) as unknown }).toMatchObject({ status: 403, body: { error: 'forbidden_remote' } });
    // The page itself too: a rebinding page must not even read it.
    expect((await rawRequest(bot.port, '/sandbox', { headers: { host: 'rebind.attacker.example' } })).status).toBe(403);
  });

  it('two accounts may use the same message id: each is applied and answered', async () => {
    const [a, b] = personas;
    for (const p of [a!, b!]) {
      const res = await rawPostJson(bot.port, '/sandbox/api/send', { account: p.accountId, id: 'page-msg-0001', text: '/help' });
      expect(res.status).toBe(200);
    }
    for (const p of [a!, b!]) {
      const { messages } = JSON.parse((await rawRequest(bot.port, `/sandbox/api/messages?account=${p.accountId}`)).body) as {
        messages: { direction: string }[];
      };
      expect(messages.map((m) => m.direction)).toEqual(expect.arrayContaining(['in', 'out']));
    }
    // The same id again from the same account is still one update.
    await rawPostJson(bot.port, '/sandbox/api/send', { account: a!.accountId, id: 'page-msg-0001', text: '/help' });
    const again = JSON.parse((await rawRequest(bot.port, `/sandbox/api/messages?account=${a!.accountId}`)).body) as { messages: { direction: string }[] };
    expect(again.messages.filter((m) => m.direction === 'in')).toHaveLength(1);
  });
});

describe('the demo province never exists beside a real channel', () => {
  it('SANDBOX=on next to Telegram on an empty database: no demo units, people or invite codes, none logged', async () => {
    const tg = await startFakeTelegram();
    try {
      const logs: string[] = [];
      const { db } = await start({ SANDBOX: 'on', TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url }, logs);
      const [{ n }] = (await db.db.select({ n: count() }).from(units)) as [{ n: number }];
      const [{ m }] = (await db.db.select({ m: count() }).from(invites)) as [{ m: number }];
      expect({ units: n, invites: m }).toEqual({ units: 0, invites: 0 });
      expect(logs.join('\n')).not.toMatch(/invite/i);
    } finally {
      await started.pop()?.stop();
      await tg.close();
    }
  });
});
