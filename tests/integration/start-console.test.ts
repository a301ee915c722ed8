import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../bot/main.js';
import { channelAccounts, people, units } from '../../db/schema/index.js';
import { loadConfig } from '../../core/platform/config.js';
import { checkInvite } from '../../core/people/invites.js';
import { demoInvitesCommand } from '../../scripts/admin/demo-command.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startEntry } from '../helpers/entry-process.js';

/**
 * Issue 12 item 15: a newcomer's `npm start` shows readable lines and one block with the sandbox
 * address and working demo codes; `npm run admin -- demo-invites` gives fresh ones later, also
 * while `npm start` holds the data directory; never where real accounts exist.
 */
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.close();
});
const CODE = /\b[0-9A-Z]{4}-[0-9A-Z]{4}\b/g;

async function startDev(db: TestDatabase, extra: Record<string, string> = {}) {
  const printed: string[] = [];
  const logs: string[] = [];
  const bot = await main(
    {
      DATABASE_URL: db.url ?? '',
      DATA_DIR: await mkdtemp(join(tmpdir(), 'dlxh-console-')),
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: testQueuePrefix(),
      PORT: '0',
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      ...extra,
    },
    { database: db, console: { write: (s: string) => printed.push(s) }, logDestination: { write: (s: string) => void logs.push(s) } },
  );
  return { bot, banner: printed.join(''), logs };
}

describe('the console at start', () => {
  it('first start: readable lines, and one block with the sandbox address and demo codes that work', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const { bot, banner, logs } = await startDev(db);
    try {
      expect(banner).toContain(`http://127.0.0.1:${bot.port}/sandbox`);
      const codes = banner.match(CODE) ?? [];
      expect(codes).toHaveLength(2);
      for (const code of codes) expect((await checkInvite(db.db, code, new Date())).ok).toBe(true);
      expect(banner).toMatch(/cán bộ \/ official/);
      expect(banner).toContain('npm run admin -- demo-invites');
      expect(logs.length).toBeGreaterThan(0);
      expect(logs.every((l) => !l.startsWith('{'))).toBe(true);
      expect(logs.join('')).toMatch(/\d{2}:\d{2}:\d{2} INFO {2}dlxh-bot is running/);
      expect(logs.join('')).not.toMatch(CODE); // the codes are in the block, not repeated in the log
    } finally {
      await bot.stop();
    }
    const again = await startDev(db);
    await again.bot.stop();
    expect(again.banner.match(CODE)).toBeNull();
    expect(again.banner).toContain('npm run admin -- demo-invites');
  });

  it('production: JSON lines, no block', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const { bot, banner, logs } = await startDev(db, { NODE_ENV: 'production', SANDBOX: 'off' });
    await bot.stop();
    expect(banner).toBe('');
    expect(logs.every((l) => l.startsWith('{'))).toBe(true);
  });
});

describe('npm run admin -- demo-invites', () => {
  it('prints fresh working codes: from the CLI, and from the running sandbox when the data directory is held', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const { bot } = await startDev(db, { LOG_LEVEL: 'silent' });
    try {
      const viaCli = startEntry('scripts/admin.ts', { DATABASE_URL: db.url ?? '', REDIS_URL: testRedisUrl() }, { args: ['demo-invites'] });
      expect(await viaCli.exited).toBe(0);
      const codes = viaCli.stdout().match(CODE) ?? [];
      expect(codes).toHaveLength(2);
      for (const code of codes) expect((await checkInvite(db.db, code, new Date())).ok).toBe(true);

      const lines: string[] = [];
      const config = loadConfig({ PORT: String(bot.port) });
      await demoInvitesCommand.whenDataDirBusy!([], { config, out: (l) => lines.push(l) });
      const viaRunning = lines.join('\n').match(CODE) ?? [];
      expect(viaRunning).toHaveLength(2);
      for (const code of viaRunning) expect((await checkInvite(db.db, code, new Date())).ok).toBe(true);
    } finally {
      await bot.stop();
    }
  });

  it('refuses where real channel accounts exist', async () => {
    const db = await createTestDatabase();
    databases.push(db);
    const { bot } = await startDev(db, { LOG_LEVEL: 'silent' });
    await bot.stop();
    const [unit] = await db.db.select().from(units).limit(1);
    const [person] = await db.db.insert(people).values({ displayName: 'Người thật', role: 'collaborator', unitId: unit!.id }).returning();
    await db.db.insert(channelAccounts).values({ personId: person!.id, channel: 'telegram', externalId: '777' });
    const lines: string[] = [];
    await expect(demoInvitesCommand.run([], { db: db.db, config: loadConfig({}), out: (l) => lines.push(l) })).rejects.toThrow(/tài khoản Telegram\/Zalo thật/);
    expect(lines).toEqual([]);
  });
});
