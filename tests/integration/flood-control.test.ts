import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { count, eq } from 'drizzle-orm';
import { createSecurityLimits, type LimitConfig } from '../../core/platform/flood-control.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { createInvite } from '../../core/people/invites.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { channelAccounts, processedUpdates, units } from '../../db/schema/index.js';
import { createFeatures } from '../../bot/features/index.js';
import { configSchema } from '../../core/platform/config.js';
import { waitFor } from '../helpers/chat-driver.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { freePort } from '../helpers/services.js';

const { t } = createI18n();
const config: LimitConfig = { FLOOD_BURST: 5, FLOOD_PER_MINUTE: 6, INVITE_CHECKS_PER_ACCOUNT_HOUR: 3, INVITE_CHECKS_PER_HOUR: 5 };
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

function intakeWith(limitsPrefix: string, redis: Redis, sent: { accountId: string; text: string }[], limits: Partial<LimitConfig> = {}) {
  return createIntake({
    db: db.db,
    features: createFeatures({ config: configSchema.parse({}), i18n: createI18n() }),
    t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    limits: createSecurityLimits({ redis, prefix: limitsPrefix, config: { ...config, ...limits }, logger: silentLogger }),
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

  it('fails open when Redis is away: intake keeps applying updates', async () => {
    const dead = new Redis(`redis://127.0.0.1:${await freePort()}`, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      lazyConnect: true,
      retryStrategy: () => null,
    });
    dead.on('error', () => {});
    const sent: { accountId: string; text: string }[] = [];
    const p = intakeWith(testQueuePrefix(), dead, sent);
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => p.handle(text(`nored${i % 2}`, 'a'))));
    expect(outcomes.every((o) => o === 'applied')).toBe(true);
    dead.disconnect();
  });
});

describe('invite-code checks are limited per account and system-wide', () => {
  it('refuses checks past the per-account limit without costing attempts, and past the global limit for everyone', async () => {
    const prefix = testQueuePrefix();
    const sent: { accountId: string; text: string }[] = [];
    const p = intakeWith(prefix, a, sent, { FLOOD_BURST: 100 });
    const say = async (who: string, s: string) => {
      await p.handle(text(who, s));
      return sent.filter((x) => x.accountId === who).at(-1)?.text ?? '';
    };
    await say('guesser', '/start');
    for (let i = 0; i < 3; i++) expect(await say('guesser', 'BCGH2345')).not.toContain('tạm khóa việc kiểm tra mã mời');
    // The flow locks after 5 wrong attempts on its own; /huy resets its count, the account limit does not.
    await say('guesser', '/huy');
    expect(await say('guesser', 'BCGH2346')).toContain('tạm khóa việc kiểm tra mã mời');

    // Two more accounts use up the global budget (5/h): a valid code is then refused too, and nothing is written.
    const [u] = await db.db
      .insert(units)
      .values({ code: `U${randomBytes(3).toString('hex')}`, name: 'Xã A', path: '/' })
      .returning();
    const invite = await createInvite(db.db, { unitId: u!.id, role: 'collaborator', displayName: 'Trần B', ttlHours: 1 });
    await say('other1', 'BCGH2347');
    await say('other2', 'BCGH2348');
    expect(await say('honest', invite.code)).toContain('tạm khóa việc kiểm tra mã mời');
    const [acc] = await db.db.select({ n: count() }).from(channelAccounts).where(eq(channelAccounts.externalId, 'honest'));
    expect(acc!.n).toBe(0);
  });
});
