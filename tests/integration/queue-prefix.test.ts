import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { sql } from 'drizzle-orm';
import { main } from '../../bot/main.js';
import { main as workersMain } from '../../workers/main.js';
import { ALERT_TIMERS_QUEUE } from '../../core/hot-spots/escalation.js';
import { resolveQueuePrefix } from '../../core/platform/queue-prefix.js';
import { importUnits } from '../../core/people/units.js';
import { installation } from '../../db/schema/index.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';

/**
 * Issue 12 item 14: on a shared Redis the fixed default prefix handed a removed ./data's delayed
 * broadcasts and alert timers to a fresh database. The default prefix now comes from an id stored
 * in the database; every process on one database agrees on it; QUEUE_PREFIX still wins.
 */
const databases: TestDatabase[] = [];
async function fresh(): Promise<TestDatabase> {
  const d = await createTestDatabase();
  databases.push(d);
  return d;
}
afterAll(async () => {
  for (const d of databases) await d.close();
});

const env = async (db: TestDatabase): Promise<Record<string, string>> => ({
  DATABASE_URL: db.url ?? '',
  DATA_DIR: await mkdtemp(join(tmpdir(), 'dlxh-prefix-')),
  REDIS_URL: testRedisUrl(),
  SANDBOX: 'on',
  PORT: '0',
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  WORKER_SHUTDOWN_MS: '2000',
});

describe('the default queue prefix belongs to the database', () => {
  it('two fresh databases get different prefixes; one database always the same; QUEUE_PREFIX wins', async () => {
    const [a, b] = [await fresh(), await fresh()];
    const pa = await resolveQueuePrefix(a.db, undefined);
    expect(pa).toMatch(/^dlxh-[0-9a-f]{8}$/);
    expect(await resolveQueuePrefix(b.db, undefined)).not.toBe(pa);
    expect(await Promise.all([1, 2, 3].map(() => resolveQueuePrefix(a.db, undefined)))).toEqual([pa, pa, pa]);
    expect(await resolveQueuePrefix(a.db, 'shared-on-purpose')).toBe('shared-on-purpose');
  });

  it('the bot process and a separate workers process on one database use the same queues', async () => {
    const db = await fresh();
    const e = await env(db);
    const bot = await main(e, { database: db });
    const workers = await workersMain({ ...e, LOG_FORMAT: 'json' });
    try {
      expect(workers.prefix).toBe(bot.prefix);
    } finally {
      await workers.stop();
      await bot.stop();
    }
  });

  it("a fresh database on the same Redis never runs the old one's delayed job", async () => {
    const old = await fresh();
    const first = await main(await env(old), { database: old });
    const oldPrefix = first.prefix;
    const timers = new Queue(ALERT_TIMERS_QUEUE, { connection: { url: testRedisUrl() }, prefix: oldPrefix });
    try {
      await first.stop(); // ./data removed; the delayed timer stays in Redis
      const job = await timers.add('probe-old-timer', {}, { delay: 200 });
      const next = await fresh();
      const second = await main(await env(next), { database: next });
      try {
        expect(second.prefix).not.toBe(oldPrefix);
        await sleep(2_000);
        expect(await job.getState()).toMatch(/^(delayed|waiting)$/);
      } finally {
        await second.stop();
      }
    } finally {
      await timers.obliterate({ force: true });
      await timers.close();
    }
  });

  it('a database that already held units when upgraded keeps the old fixed prefix (its jobs are queued there)', async () => {
    const db = await fresh();
    await importUnits(db.db, [{ code: 'T', name: 'Tỉnh', kind: 'tinh', parentCode: null, deadlineDay: 20 }]);
    // Undo the two migrations of this change, as if the database predated them, and run them again as the
    // upgrade does (their own SQL, statement by statement: later migrations stay applied, so deleting the
    // newest ledger rows would undo the wrong ones).
    await db.db.execute(sql`drop table installation`);
    for (const file of ['0011_installation.sql', '0012_installation_legacy_prefix.sql']) {
      const text = await readFile(new URL(`../../db/migrations/${file}`, import.meta.url), 'utf8');
      for (const statement of text.split('--> statement-breakpoint')) if (statement.trim()) await db.db.execute(sql.raw(statement));
    }
    expect(await db.db.select({ p: installation.queuePrefix }).from(installation)).toEqual([{ p: 'dlxh' }]);
    expect(await resolveQueuePrefix(db.db, undefined)).toBe('dlxh');
  });
});
