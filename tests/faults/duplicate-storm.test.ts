import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startIntakeStage, type IntakeStage } from './lib/intake-scenario.js';
import { startRestartableRedis, type RestartableRedis } from './lib/redis-restartable.js';
import { report } from './lib/verdict.js';

let db: TestDatabase;
let redis: RestartableRedis;
let stage: IntakeStage;

beforeAll(async () => {
  db = await createTestDatabase();
  if (!db.url) throw new Error('the fault suite needs a real Postgres (TEST_DATABASE_URL)');
  redis = await startRestartableRedis();
  stage = await startIntakeStage({ databaseUrl: db.url, redisUrl: redis.url, prefix: 'fds' });
});
afterAll(async () => {
  await stage?.stop();
  await redis?.destroy();
  await db?.close();
});

describe('a storm of duplicate webhook deliveries', () => {
  it('applies each update once, answers every copy 2xx, replies once, and never throttles the real messages', async () => {
    const COPIES = 12;
    const started = Date.now();
    // Three updates per user, each delivered 12 times at once (Telegram and signed Zalo OA).
    const deliveries = await stage.platform.stream({ firstSeq: 1, count: 270, perSecond: 150, deadline: Date.now() + 60_000, copies: COPIES });
    const v = await stage.verdict(
      `storm of duplicate deliveries (${COPIES} simultaneous copies of each of 270 updates)`,
      deliveries,
      (Date.now() - started) / 1000,
      `${deliveries.reduce((s, d) => s + d.attempts, 0)} requests; recovered = time to absorb the storm`,
    );
    const telegramUpdates = deliveries.filter((d) => d.channel === 'telegram').length;
    const page = await (await fetch(`${stage.url}/metrics`)).text();
    report({ ...v, notes: `${v.notes}; Telegram replies ${stage.tg.totalSends} for ${telegramUpdates} updates` });
    expect(deliveries.every((d) => d.statuses.length === COPIES && d.statuses.every((s) => s === '200'))).toBe(true);
    expect(page).not.toMatch(/outcome="throttled"\} [1-9]/);
    expect(v.lost).toBe(0);
    expect(v.duplicated).toBe(0);
    // One reply per applied Telegram update: duplicates never reach the user.
    expect(stage.tg.totalSends).toBe(telegramUpdates);
  });
});
