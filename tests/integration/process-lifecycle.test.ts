import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { Agent, get } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, testRedisUrl } from '../helpers/db.js';
import { startEntry, type EntryProcess } from '../helpers/entry-process.js';
import { freePort } from '../../testkit/services.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 12 items 12 and 13, as a person meets them: `npm start` with a sandbox tab open, then
 * Ctrl+C; and `npm start` a second time while the first still runs. Real processes, real signals.
 */
const SHUTDOWN_MS = 3_000;
let bot: EntryProcess;
let port: number;
let dataDir: string;
const cleanups: (() => unknown)[] = [];

// A newcomer's `npm start`: embedded PGlite under DATA_DIR, the sandbox, the default queue prefix.
beforeAll(async () => {
  port = await freePort();
  dataDir = join(await mkdtemp(join(tmpdir(), 'dlxh-life-')), 'data');
  bot = startEntry('bot/main.ts', { PORT: String(port), REDIS_URL: testRedisUrl(), DATA_DIR: dataDir, WORKER_SHUTDOWN_MS: String(SHUTDOWN_MS) });
  await bot.waitFor(/dlxh-bot is running/, 120_000);
}, 150_000);
afterAll(async () => {
  for (const c of cleanups) await c();
  await bot?.kill();
});

describe('starting it a second time', () => {
  it('says the port is taken in one line, starts nothing and leaves no pid file; the first keeps running', async () => {
    const otherDir = join(await mkdtemp(join(tmpdir(), 'dlxh-second-')), 'data');
    const second = startEntry('bot/main.ts', { PORT: String(port), REDIS_URL: testRedisUrl(), DATA_DIR: otherDir });
    cleanups.push(() => second.kill());
    expect(await second.exited).toBe(1);
    const lines = second.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`Cổng ${port} .* / Port ${port} on 127\\.0\\.0\\.1 is already in use`));
    expect(second.stderr()).not.toMatch(/EADDRINUSE|\n\s+at /);
    expect(second.stdout()).not.toMatch(/workers started/);
    expect(existsSync(otherDir)).toBe(false); // no PGlite files, no dlxh.pid
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 60_000);
});

describe('npm run admin -- demo-invites while npm start holds the data directory', () => {
  it('prints fresh codes, asked of the running sandbox', async () => {
    const admin = startEntry('scripts/admin.ts', { PORT: String(port), DATA_DIR: dataDir }, { args: ['demo-invites'] });
    cleanups.push(() => admin.kill());
    expect(await admin.exited).toBe(0);
    expect(admin.stdout().match(/\b[0-9A-Z]{4}-[0-9A-Z]{4}\b/g)).toHaveLength(2);
  }, 60_000);
});

describe('Ctrl+C with a sandbox tab open', () => {
  it('exits 0 within WORKER_SHUTDOWN_MS although a polling tab and a streaming connection are open', async () => {
    // The tab: polls every 300 ms over one keep-alive connection, as the page does.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let polls = 0;
    const poll = setInterval(() => {
      get({ host: '127.0.0.1', port, path: '/sandbox/api/personas', agent }, (r) => (r.resume(), polls++)).on('error', () => {});
    }, 300);
    cleanups.push(() => (clearInterval(poll), agent.destroy()));
    // A connection that never goes idle (a streaming response, a slow client mid-request).
    const open: Socket = connect(port, '127.0.0.1');
    open.on('error', () => {});
    open.write(`GET /sandbox/api/personas HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    cleanups.push(() => open.destroy());
    await waitFor(() => polls >= 3, { what: 'three polls from the tab' });

    const started = Date.now();
    bot.child.kill('SIGINT');
    const code = await Promise.race([bot.exited, new Promise((r) => setTimeout(() => r('still running'), SHUTDOWN_MS + 5_000))]);
    const took = Date.now() - started;
    expect(code).toBe(0);
    expect(took).toBeLessThan(SHUTDOWN_MS + 1_000); // + process exit and the test's own polling
    expect(bot.stdout()).toMatch(/shutting down/);
    expect(existsSync(join(dataDir, 'dlxh.pid'))).toBe(false);
  }, 60_000);
});

describe('a stop asked for while the process is still starting (systemd stopping a unit it just started)', () => {
  it('waits for the start to finish, then stops cleanly: exit 0, not killed half way', async () => {
    const db = await createTestDatabase();
    cleanups.push(() => db.close());
    // No REDIS_URL: the process finds a Redis and says so, half way through its start-up.
    const workers = startEntry('workers/main.ts', { DATABASE_URL: db.url ?? '', NODE_ENV: 'test', LOG_LEVEL: 'info' });
    cleanups.push(() => workers.kill());
    await workers.waitFor(/using the Redis|started a private redis-server/, 60_000);
    workers.child.kill('SIGTERM');
    expect(await workers.exited).toBe(0);
    expect(workers.stdout()).toMatch(/shutting down[\s\S]*stopped/);
  }, 90_000);
});
