import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { createZaloOaChannel } from '../../bot/channels/zalo-oa/from-config.js';
import { purgeExpired, retentionPolicy } from '../../core/compliance/retention.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { loadConfig, type Config } from '../../core/platform/config.js';
import { processedUpdates } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { zaloEvents } from '../helpers/fake-zalo-webhook.js';
import { zaloSignature } from '../../bot/channels/zalo-oa/signature.js';

/**
 * Issue 12 item 2, end to end on the configured route, the real intake and real Postgres: Zalo
 * re-sends an event it could not deliver with the original body (and timestamp) for about
 * 2 h 20 min. The first copy that reaches us is applied however late; every later copy is a
 * duplicate, also after the retention purge has run with the shortest retention allowed.
 */
const APP_ID = '360846524940903967';
const OA_SECRET = 'retries-oa-secret';
let t: TestDatabase;
let config: Config;
let app: Hono;
const outbox = new Map<string, OutboundMessage[]>();

beforeAll(async () => {
  t = await createTestDatabase();
  config = loadConfig({ ZALO_MODE: 'oa', ZALO_APP_ID: APP_ID, ZALO_APP_SECRET: 'app-secret', ZALO_OA_SECRET_KEY: OA_SECRET, RETENTION_UPDATES_DAYS: '2' });
  const intake = createCollectingIntake(t.db, config, outbox);
  const zalo = createZaloOaChannel({ config, db: t.db, logger: silentLogger });
  const mount = zalo.mount((m) => intake.handle(m));
  app = new Hono().route(mount.path, mount.app);
});
afterAll(() => t.close());

async function post(event: Record<string, unknown>, numRetry?: number): Promise<number> {
  const raw = JSON.stringify(event);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-zevent-signature': zaloSignature(Buffer.from(raw), APP_ID, String(event.timestamp), OA_SECRET),
  };
  if (numRetry) headers.num_retry = String(numRetry);
  return (await app.request('/zalo/webhook', { method: 'POST', body: raw, headers })).status;
}

const keyCount = async (key: string) =>
  (
    await t.db
      .select({ n: count() })
      .from(processedUpdates)
      .where(and(eq(processedUpdates.channel, 'zalo'), eq(processedUpdates.updateKey, key)))
  )[0]!.n;

describe("Zalo's own retries", () => {
  it('the default window covers the whole retry schedule and stays inside the retention of update keys', () => {
    expect(config.ZALO_WEBHOOK_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(30 + 300 + 900 + 1800 + 3600);
    expect(config.ZALO_WEBHOOK_MAX_AGE_SECONDS).toBeLessThan(config.RETENTION_UPDATES_DAYS * 86_400);
    expect(() => loadConfig({ ZALO_WEBHOOK_MAX_AGE_SECONDS: '300' })).toThrow(/ZALO_WEBHOOK_MAX_AGE_SECONDS/);
    expect(() => loadConfig({ ZALO_WEBHOOK_MAX_AGE_SECONDS: '200000' })).toThrow(/ZALO_WEBHOOK_MAX_AGE_SECONDS/);
  });

  it('a copy arriving 1 h 50 min late is applied and answered once; later copies and copies after the purge are duplicates', async () => {
    const user = 'zalo-retry-user-1';
    const event = zaloEvents.envelope(APP_ID, user, 'user_send_text', { text: 'Xin chào' }, Date.now() - (110 * 60 + 30) * 1000);
    const key = (event.message as { msg_id: string }).msg_id;

    expect(await post(event, 4)).toBe(200);
    const replies = outbox.get(user)?.length ?? 0;
    expect(replies).toBeGreaterThan(0);
    expect(await keyCount(key)).toBe(1);

    expect(await post(event, 5)).toBe(200);
    // The daily purge, run as late as the window allows, with the shortest retention allowed.
    const purgeAt = new Date(Date.now() + config.ZALO_WEBHOOK_MAX_AGE_SECONDS * 1000);
    await purgeExpired(t.db, retentionPolicy(config), purgeAt);
    expect(await keyCount(key)).toBe(1);
    expect(await post(event, 5)).toBe(200);

    expect(outbox.get(user)).toHaveLength(replies);
  });
});
