import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { count, eq } from 'drizzle-orm';
import { createSecurityLimits, limitsPrefix, type LimitConfig } from '../../core/platform/flood-control.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { createInvite, INVITE_ALPHABET, redeemInvite } from '../../core/people/invites.js';
import { erasePersonCommand } from '../../scripts/admin/privacy-commands.js';
import { captureLogs } from '../helpers/log-capture.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { processedUpdates, units } from '../../db/schema/index.js';
import { createFeatures } from '../../bot/features/index.js';
import { configSchema, loadConfig } from '../../core/platform/config.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { freePort } from '../../testkit/services.js';
import { stallingProxy } from '../helpers/stalling-proxy.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { waitFor } from '../helpers/wait.js';

const { t } = createI18n();
const config: LimitConfig = {
  FLOOD_BURST: 5,
  FLOOD_PER_MINUTE: 6,
  INVITE_CHECKS_PER_ACCOUNT_HOUR: 3,
  INVITE_CHECKS_PER_PREFIX_HOUR: 4,
  INVITE_CHECKS_PER_HOUR: 5,
};
let db: TestDatabase;
let a: Redis;
let b: Redis;
let seq = 0;
const text = (accountId: string, s: string): InboundMessage => ({
  channel: 'telegram',
  accountId,
  updateKey: `u${++seq}`,
  receivedAt: new Date(),
  payload: { type: 'text', text: s },
});
const texts = (out: OutboundMessage[]) => out.map((m) => (m.type === 'text' ? m.text : '')).join('\n');

beforeAll(async () => {
  db = await createTestDatabase();
  a = new Redis(testRedisUrl());
  b = new Redis(testRedisUrl());
});
afterAll(async () => {
  a.disconnect();
  b.disconnect();
  await db.close();
});

type Metrics = ReturnType<typeof createMetrics>;
async function metricValue(m: Metrics, name: string, limit: string): Promise<number> {
  const metric = (await m.registry.getMetricsAsJSON()).find((x) => x.name === name);
  return metric?.values.find((v) => v.labels.limit === limit)?.value ?? 0;
}

function intakeWith(limitsPrefix: string, redis: Redis, sent: { accountId: string; text: string }[], limits: Partial<LimitConfig> = {}, metrics?: Metrics) {
  return createIntake({
    db: db.db,
    features: createFeatures({ config: configSchema.parse({}), i18n: createI18n() }),
    t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    limits: createSecurityLimits({
      redis,
      prefix: limitsPrefix,
      config: { ...config, ...limits },
      logger: silentLogger,
      events: metrics && { refused: (limit) => metrics.throttled.inc({ limit }), fallback: (limit) => metrics.limiterFallbacks.inc({ limit }) },
    }),
    deliver: async (acc, out) => void sent.push({ accountId: acc.accountId, text: texts(out) }),
  });
}

describe('flood control on intake', () => {
  it('admits a burst, then refuses across two bot processes, telling the user once; refused updates are not recorded', async () => {
    const prefix = testQueuePrefix();
    const sent: { accountId: string; text: string }[] = [];
    const p1 = intakeWith(prefix, a, sent);
    const p2 = intakeWith(prefix, b, sent); // a second bot process: its own Redis connection, the same bucket
    const outcomes: string[] = [];
    for (let i = 0; i < 9; i++) outcomes.push(await (i % 2 ? p1 : p2).handle(text('flooder', `tin ${i}`)));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'throttled')).toHaveLength(4);
    // Replies leave after commit through the reply drain; the notice waits behind the flooder's earlier replies.
    await waitFor(() => sent.filter((s) => s.text.includes('quá nhanh')).length > 0 && p1.replies.held() + p2.replies.held() === 0);
    const notices = sent.filter((s) => s.text.includes('quá nhanh'));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toMatch(/khoảng \d+ giây/);
    const [rec] = await db.db.select({ n: count() }).from(processedUpdates).where(eq(processedUpdates.channel, 'telegram'));
    expect(rec!.n).toBe(5);
    // Someone else is not affected by the flooder's bucket.
    expect(await p1.handle(text('calm', 'xin chào'))).toBe('applied');
  });

  it('a storm of redeliveries of one update costs one token: the user keeps their budget', async () => {
    const sent: { accountId: string; text: string }[] = [];
    const p = intakeWith(testQueuePrefix(), a, sent);
    const once = text('stormy', 'một tin');
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => p.handle({ ...once })));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'throttled')).toHaveLength(0);
    // Burst 5: four more fresh updates fit, the sixth does not.
    const fresh = [];
    for (let i = 0; i < 5; i++) fresh.push(await p.handle(text('stormy', `tin ${i}`)));
    expect(fresh).toEqual(['applied', 'applied', 'applied', 'applied', 'throttled']);
  });

  it('one Redis command per update: the seen marker and the point go in one script (EVALSHA); a redelivery takes no point', async () => {
    const prefix = testQueuePrefix();
    const limits = createSecurityLimits({ redis: a, prefix, config, logger: silentLogger });
    expect((await limits.intake('telegram:once', 'warm')).ok).toBe(true); // loads the script (EVAL once, after NOSCRIPT)
    const monitor = await b.monitor();
    const commands: string[] = [];
    // Commands the script runs show with source "lua"; only what the client sent counts.
    monitor.on('monitor', (_time: string, args: string[], source: string) => {
      if (source !== 'lua' && args.some((x) => x.includes(prefix))) commands.push(args[0]!.toLowerCase());
    });
    const verdicts = [];
    for (const key of ['u1', 'u1', 'u2', 'u3', 'u4', 'u5']) verdicts.push(await limits.intake('telegram:once', key));
    await waitFor(() => commands.length >= 6, { what: 'six commands seen' });
    monitor.disconnect();
    expect(commands).toEqual(Array(6).fill('evalsha'));
    // Burst 5: warm, u1 (its redelivery free), u2, u3, u4 fit; u5 is refused and told.
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, true, true, false]);
    expect(verdicts.at(-1)).toMatchObject({ ok: false, notify: true, fallback: false });
    expect(verdicts.at(-1)!.retryAfterMs).toBeGreaterThan(0);
  });

  it('Redis away: the in-process limiter holds the flood (never "allow"), others are answered, fallbacks are counted', async () => {
    const dead = new Redis(`redis://127.0.0.1:${await freePort()}`, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    dead.on('error', () => {});
    const metrics = createMetrics({ defaultMetrics: false });
    const sent: { accountId: string; text: string }[] = [];
    const p = intakeWith(testQueuePrefix(), dead, sent, {}, metrics);
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => p.handle(text('nored', `tin ${i}`))));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(config.FLOOD_BURST);
    expect(sent.filter((s) => s.accountId === 'nored' && s.text.includes('quá nhanh'))).toHaveLength(1);
    expect(await p.handle(text('calm', '/help'))).toBe('applied');
    expect(await metricValue(metrics, 'dlxh_limiter_fallbacks_total', 'intake')).toBeGreaterThanOrEqual(41);
    expect(await metricValue(metrics, 'dlxh_throttled_total', 'intake')).toBe(40 - config.FLOOD_BURST);
    dead.disconnect();
  });

  it('Redis slow (answers stall): one account’s flood is held to about the limit and another user is answered at once', async () => {
    const url = new URL(testRedisUrl());
    const proxy = await stallingProxy({ host: url.hostname, port: Number(url.port || 6379) });
    const slow = new Redis(proxy.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    slow.on('error', () => {});
    try {
      await slow.connect();
      const metrics = createMetrics({ defaultMetrics: false });
      const sent: { accountId: string; text: string }[] = [];
      const p = intakeWith(testQueuePrefix(), slow, sent, { FLOOD_BURST: 20 }, metrics);
      expect(await p.handle(text('flood', 'trước'))).toBe('applied'); // Redis answered: one token taken there
      proxy.stall();
      const flood = [];
      for (let batch = 0; batch < 10; batch++) {
        flood.push(...(await Promise.all(Array.from({ length: 50 }, (_, i) => p.handle(text('flood', `tin ${batch}-${i}`))))));
      }
      const applied = flood.filter((o) => o === 'applied').length;
      // Fail-open let every one of them through; the insurance limiter gives this process one more burst at most.
      expect(applied).toBeGreaterThan(0);
      expect(applied).toBeLessThanOrEqual(20);
      const t0 = Date.now();
      expect(await p.handle(text('calm2', '/help'))).toBe('applied');
      expect(Date.now() - t0).toBeLessThan(1_000);
      expect(sent.find((s) => s.accountId === 'calm2')?.text).toBeTruthy();
      expect(await metricValue(metrics, 'dlxh_limiter_fallbacks_total', 'intake')).toBeGreaterThan(400);
    } finally {
      proxy.resume();
      slow.disconnect();
      await proxy.close();
    }
  });
});

describe('flood control after Redis comes back', () => {
  it('reconnected after a drop (a restart): the next update counts in Redis at once, not after the pause its failure began', async () => {
    const url = new URL(testRedisUrl());
    const proxy = await stallingProxy({ host: url.hostname, port: Number(url.port || 6379) });
    const r = new Redis(proxy.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: true, retryStrategy: () => 300 });
    r.on('error', () => {});
    try {
      await r.connect();
      const metrics = createMetrics({ defaultMetrics: false });
      const p = intakeWith(testQueuePrefix(), r, [], {}, metrics);
      const fallbacks = () => metricValue(metrics, 'dlxh_limiter_fallbacks_total', 'intake');
      expect(await p.handle(text('back', 'một'))).toBe('applied');
      expect(await fallbacks()).toBe(0);
      const closed = new Promise((resolve) => r.once('close', resolve));
      proxy.drop();
      await closed;
      expect(await p.handle(text('back', 'hai'))).toBe('applied'); // Redis away: the in-process limiter, a pause begins
      expect(await fallbacks()).toBe(1);
      for (let i = 0; r.status !== 'ready' && i < 200; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(r.status).toBe('ready');
      expect(await p.handle(text('back', 'ba'))).toBe('applied');
      expect(await fallbacks()).toBe(1);
    } finally {
      r.disconnect();
      await proxy.close();
    }
  });
});

describe('invite-code checks: per account and per code prefix; the global ceiling alerts instead of locking everyone out', () => {
  const genuineCode = async () => {
    const [u] = await db.db
      .insert(units)
      .values({ code: `U${randomBytes(3).toString('hex')}`, name: 'Xã A', path: '/' })
      .returning();
    return (await createInvite(db.db, { unitId: u!.id, role: 'collaborator', displayName: 'Trần B', ttlHours: 1 })).code;
  };
  const sayer = (p: ReturnType<typeof intakeWith>, sent: { accountId: string; text: string }[]) => async (who: string, s: string) => {
    await p.handle(text(who, s));
    return sent.filter((x) => x.accountId === who).at(-1)?.text ?? '';
  };
  const LOCKED = 'tạm khóa việc kiểm tra mã mời';

  it('refuses an account past its own limit without costing the flow attempts', async () => {
    const sent: { accountId: string; text: string }[] = [];
    const say = sayer(intakeWith(testQueuePrefix(), a, sent, { FLOOD_BURST: 100 }), sent);
    await say('guesser', '/start');
    for (let i = 0; i < 3; i++) expect(await say('guesser', `BCGH234${i + 5}`)).not.toContain(LOCKED);
    // The flow locks after 5 wrong attempts on its own; /huy resets its count, the account limit does not.
    await say('guesser', '/huy');
    expect(await say('guesser', 'CCGH2349')).toContain(LOCKED);
  });

  it('refuses guesses past the limit of one code prefix; other prefixes are unaffected', async () => {
    const sent: { accountId: string; text: string }[] = [];
    const say = sayer(intakeWith(testQueuePrefix(), a, sent, { FLOOD_BURST: 100 }), sent);
    for (let i = 0; i < 4; i++) expect(await say(`pfx${i}`, `QQ${'BCGH'[i]}H2345`)).not.toContain(LOCKED);
    expect(await say('pfx4', 'qq-ghk234')).toContain(LOCKED); // the same prefix, typed differently
    expect(await say('pfx5', 'QPGH2345')).not.toContain(LOCKED);
  });

  it('many throwaway accounts pass the global ceiling: admins are alerted (metric + error log), a genuine user still registers', async () => {
    const sent: { accountId: string; text: string }[] = [];
    const metrics = createMetrics({ defaultMetrics: false });
    const logs = captureLogs();
    const p = createIntake({
      db: db.db,
      features: createFeatures({ config: configSchema.parse({}), i18n: createI18n() }),
      t,
      logger: silentLogger,
      maxTextLength: 4000,
      defaultLocale: 'vi',
      limits: createSecurityLimits({
        redis: a,
        prefix: testQueuePrefix(),
        config: { ...config, FLOOD_BURST: 100, INVITE_CHECKS_PER_HOUR: 20 },
        logger: logs.logger,
        events: { refused: (limit) => metrics.throttled.inc({ limit }), ceiling: () => metrics.securityAlerts.inc({ alert: 'invite_checks_ceiling' }) },
      }),
      deliver: async (acc, out) => void sent.push({ accountId: acc.accountId, text: texts(out) }),
    });
    const say = sayer(p, sent);
    const code = await genuineCode();
    // 30 throwaway accounts × 3 guesses = 90 checks (4.5 × the ceiling), none on the genuine code's prefix.
    const prefixes = [...INVITE_ALPHABET].flatMap((x) => [...INVITE_ALPHABET].map((y) => x + y)).filter((px) => px !== code.slice(0, 2));
    let n = 0;
    for (let acc = 0; acc < 30; acc++) {
      for (let g = 0; g < 3; g++) expect(await say(`throwaway${acc}`, `${prefixes[n++ % prefixes.length]}GH2345`)).not.toContain(LOCKED);
    }
    const reply = await say('genuine', code);
    expect(reply).not.toContain(LOCKED);
    expect(reply).toContain('Trần B');
    const alerts = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === 'dlxh_security_alerts_total');
    expect(alerts?.values[0]?.value).toBe(1);
    const errors = logs.entries().filter((e) => e.level === 50);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]!.msg)).toContain('ceiling');
    expect(logs.raw()).not.toContain('GH2345');
  });
});

describe('erasure forgets flood control', () => {
  it('forgetAccounts removes the Redis keys kept for the accounts; the account starts afresh', async () => {
    const prefix = testQueuePrefix();
    const sent: { accountId: string; text: string }[] = [];
    const p = intakeWith(prefix, a, sent);
    for (let i = 0; i < 7; i++) await p.handle(text('erased1', `tin ${i}`));
    expect(await p.handle(text('erased1', 'nữa'))).toBe('throttled');
    await p.handle(text('kept1', 'xin chào'));
    expect(await a.keys(`${prefix}:rl:*erased1*`)).not.toHaveLength(0);
    await createSecurityLimits({ redis: a, prefix, config, logger: silentLogger }).forgetAccounts(['telegram:erased1']);
    expect(await a.keys(`${prefix}:rl:*erased1*`)).toEqual([]);
    expect(await a.keys(`${prefix}:rl:*kept1*`)).not.toHaveLength(0);
  });

  it('erase-person deletes the flood-control keys of the person’s chat accounts', async () => {
    const queuePrefix = testQueuePrefix();
    const [u] = await db.db
      .insert(units)
      .values({ code: `U${randomBytes(3).toString('hex')}`, name: 'Xã B', path: '/' })
      .returning();
    const invite = await createInvite(db.db, { unitId: u!.id, role: 'collaborator', displayName: 'Lê C', ttlHours: 1 });
    await db.db.transaction(async (tx) => {
      const r = await redeemInvite(tx, { inviteId: invite.inviteId, channel: 'telegram', externalId: 'erased2', now: new Date() });
      if (!r.ok) throw new Error(r.code);
    });
    const p = intakeWith(limitsPrefix(queuePrefix), a, []);
    for (let i = 0; i < 3; i++) await p.handle(text('erased2', `tin ${i}`));
    expect(await a.keys(`${queuePrefix}:*erased2*`)).not.toHaveLength(0);
    const lines: string[] = [];
    const cfg = loadConfig({ REDIS_URL: testRedisUrl(), QUEUE_PREFIX: queuePrefix });
    await erasePersonCommand.run(['telegram:erased2', '--confirm'], { db: db.db, config: cfg, out: (l) => lines.push(l) });
    expect(await a.keys(`${queuePrefix}:*erased2*`)).toEqual([]);
    expect(lines.at(-1)).toContain('Đã xóa bộ đếm chống gửi dồn dập của 1 tài khoản');
  });
});
