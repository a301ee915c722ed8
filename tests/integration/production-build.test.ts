import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startEntry, type EntryProcess } from '../helpers/entry-process.js';
import { freePort } from '../../testkit/services.js';

/**
 * Issue 12 item 17 (first half): `npm run build` compiles to JavaScript, and the compiled bot,
 * workers and admin CLI run with plain `node` from a directory laid out like a container image
 * (dist/ beside node_modules, nowhere near the sources): templates and migrations are found.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
let image: string;
let db: TestDatabase;
const running: EntryProcess[] = [];

beforeAll(async () => {
  image = await mkdtemp(join(tmpdir(), 'dlxh-image-'));
  await promisify(execFile)(process.execPath, ['scripts/build.mjs', '--out', join(image, 'dist')], { cwd: ROOT });
  symlinkSync(join(ROOT, 'node_modules'), join(image, 'node_modules'));
  db = await createTestDatabase();
}, 400_000);
afterAll(async () => {
  for (const p of running) await p.kill();
  await db?.close();
});

async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String);
}

describe('npm run build', () => {
  it('emits JavaScript only, with the templates and migrations beside it', async () => {
    const out = await files(join(image, 'dist'));
    expect(out).toEqual(
      expect.arrayContaining(['bot/main.js', 'workers/main.js', 'scripts/admin.js', 'db/migrations/meta/_journal.json', 'templates/vi/startup.ftl']),
    );
    expect(out.filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts'))).toEqual([]);
    expect(out.some((f) => f.startsWith('tests/') || f.startsWith('bench/'))).toBe(false);
  });

  it('the production scripts run the compiled files with plain node; tsx is for development only', () => {
    for (const name of ['start:prod', 'start:prod:bot', 'start:prod:workers', 'admin:prod']) {
      const command = pkg.scripts[name] ?? '';
      expect(command).toMatch(/\bnode dist\/\S+\.js$/);
      expect(existsSync(join(image, command.split(' ').at(-1)!))).toBe(true);
    }
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
  });

  it('the compiled bot serves the sandbox in Vietnamese on a migrated database and answers a message', async () => {
    const port = await freePort();
    const env = {
      DATABASE_URL: db.url ?? '',
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: testQueuePrefix(),
      SANDBOX: 'on',
      PORT: String(port),
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
    };
    const bot = startEntry(join(image, 'dist/bot/main.js'), env, { tsx: false });
    running.push(bot);
    await bot.waitFor(/dlxh-bot is running/, 90_000);
    expect(bot.child.spawnargs).not.toContain('tsx');
    const base = `http://127.0.0.1:${port}`;
    expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ ok: true, checks: { database: true } });
    expect(await (await fetch(`${base}/sandbox`)).text()).toContain('Hộp thử nghiệm dlxh-bot');
    const { personas } = (await (await fetch(`${base}/sandbox/api/personas`)).json()) as { personas: { accountId: string }[] };
    const account = personas[0]!.accountId;
    const sent = await fetch(`${base}/sandbox/api/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account, text: '/help' }),
    });
    expect(sent.status).toBe(200);
    const { messages } = (await (await fetch(`${base}/sandbox/api/messages?account=${account}`)).json()) as {
      messages: { direction: string; payload: { text?: string } }[];
    };
    expect(
      messages
        .filter((m) => m.direction === 'out')
        .map((m) => m.payload.text ?? '')
        .join('\n'),
    ).toMatch(/đồng chí|\/baocao/i);

    // The console's own assets (bot/console/public) are found beside the compiled code.
    const login = await (await fetch(`${base}/console/`)).text();
    const css = /\/console\/assets\/[0-9a-f]+\/console\.css/.exec(login)?.[0];
    expect(css).toBeDefined();
    expect((await fetch(`${base}${css}`)).headers.get('content-type')).toContain('text/css');

    const workers = startEntry(join(image, 'dist/workers/main.js'), { ...env, LOG_LEVEL: 'info' }, { tsx: false });
    running.push(workers);
    await workers.waitFor(/workers started/, 60_000);
    workers.child.kill('SIGTERM');
    bot.child.kill('SIGTERM');
    expect(await workers.exited).toBe(0);
    expect(await bot.exited).toBe(0);
  }, 150_000);

  it('the compiled admin CLI runs', async () => {
    const admin = startEntry(join(image, 'dist/scripts/admin.js'), { DATABASE_URL: db.url ?? '' }, { tsx: false, args: ['help'] });
    running.push(admin);
    expect(await admin.exited).toBe(0);
    expect(admin.stdout()).toContain('demo-invites');
  }, 60_000);
});
