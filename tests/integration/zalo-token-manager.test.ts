import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { ZaloNoTokenError, ZaloTokenRefreshError } from '../../bot/channels/zalo-oa/errors.js';
import { createZaloTokenManager, type ZaloTokenManagerOptions } from '../../bot/channels/zalo-oa/token-manager.js';
import { readTokens, readZaloTokenStatus, seedZaloTokens, setZaloTokens } from '../../bot/channels/zalo-oa/token-store.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { openDatabase, type Database } from '../../db/client.js';
import { outbox, zaloTokens } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';

const HOUR = 3600_000;
let t: TestDatabase;
/** A second, separate connection pool to the same database: the "other process". */
let other: Database;
let fake: FakeZalo;

beforeAll(async () => {
  t = await createTestDatabase();
  other = t.url ? await openDatabase({ url: t.url, max: 2 }) : t;
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  if (other !== t) await other.close();
  await t.close();
});
beforeEach(async () => {
  await t.db.delete(zaloTokens);
  await t.db.delete(outbox);
  fake.refreshCalls = 0;
  fake.refreshDelayMs = 0;
});

const manager = (db: Database, extra: Partial<ZaloTokenManagerOptions> = {}) =>
  createZaloTokenManager({ db: db.db, oauthRoot: fake.url, appId: fake.appId, appSecret: fake.appSecret, logger: silentLogger, ...extra });

/** Stores a pair the fake accepts, expiring `inMs` from now. */
async function storePair(inMs: number) {
  const pair = fake.issuePair();
  await setZaloTokens(t.db, { ...pair, expiresIn: inMs / 1000 });
  return pair;
}

describe('Zalo token store', () => {
  it('config seeds only an empty store; the admin command replaces the pair and resets failures', async () => {
    expect(await seedZaloTokens(t.db, { accessToken: 'a1', refreshToken: 'r1', expiresIn: 3600 })).toBe(true);
    expect(await seedZaloTokens(t.db, { accessToken: 'a2', refreshToken: 'r2', expiresIn: 3600 })).toBe(false);
    expect((await readTokens(t.db))?.accessToken).toBe('a1');
    const status = await setZaloTokens(t.db, { accessToken: 'a3', refreshToken: 'r3', expiresIn: '90000' });
    expect(status).toMatchObject({ source: 'admin', failedRefreshes: 0 });
    expect(JSON.stringify(status)).not.toContain('a3');
    expect((await readTokens(t.db))?.refreshToken).toBe('r3');
  });

  it('without a stored pair, asking for a token is a clear error', async () => {
    await expect(manager(t).getAccessToken()).rejects.toBeInstanceOf(ZaloNoTokenError);
  });
});

describe('Zalo token manager', () => {
  it('returns the stored token without refreshing while it is fresh', async () => {
    const pair = await storePair(20 * HOUR);
    expect(await manager(t).getAccessToken()).toBe(pair.accessToken);
    expect(fake.refreshCalls).toBe(0);
  });

  it('two processes refreshing an expiring token at once: one refresh reaches Zalo, both get the new token', async () => {
    const old = await storePair(10 * 60_000); // inside the 1 h refresh lead
    fake.refreshDelayMs = 150; // keep the first refresher inside its lock while the second arrives
    const a = manager(t);
    const b = manager(other);
    const tokens = await Promise.all([a.getAccessToken(), b.getAccessToken(), a.getAccessToken(), b.getAccessToken()]);
    expect(fake.refreshCalls).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(old.accessToken);
    const row = await readTokens(t.db);
    expect(row?.accessToken).toBe(tokens[0]);
    expect(row?.refreshToken).not.toBe(old.refreshToken);
    expect(row?.source).toBe('refresh');
    expect(row!.accessExpiresAt.getTime()).toBeGreaterThan(Date.now() + 24 * HOUR);
    // The new token works against the API.
    const client = createZaloOaClient({ apiRoot: fake.url, getAccessToken: b.getAccessToken });
    await expect(client.sendText('u1', 'x')).resolves.toMatchObject({ userId: 'u1' });
  });

  it('a failed refresh: clear error, old pair kept, one admin alert in the outbox', async () => {
    const old = await storePair(HOUR / 2);
    fake.failRefresh(5);
    const later = Date.now() + HOUR; // the stored token has expired by then
    const m = manager(t, { clock: () => later });
    const err = await m.getAccessToken().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZaloTokenRefreshError);
    expect((err as Error).message).toMatch(/refused the refresh.*-14014/);
    expect((err as Error).message).not.toContain(old.refreshToken);
    const row = await readTokens(t.db);
    expect(row).toMatchObject({ accessToken: old.accessToken, refreshToken: old.refreshToken, failedRefreshes: 1 });
    const jobs = await t.db.select().from(outbox).where(eq(outbox.name, 'admin-alert'));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ queue: 'notify', payload: { kind: 'zalo_token_refresh_failed' } });
    expect(jobs[0]?.jobId).toMatch(/^zalo-refresh-failed-\d+$/);
    // Asking again at once does not hammer Zalo nor alert twice.
    await expect(m.getAccessToken()).rejects.toBeInstanceOf(ZaloTokenRefreshError);
    expect(fake.refreshCalls).toBe(1);
    // After the cool-down it tries again; still failing: counted, but no second alert.
    const m2 = manager(t, { clock: () => later + 2 * 60_000 });
    await expect(m2.getAccessToken()).rejects.toBeInstanceOf(ZaloTokenRefreshError);
    expect(fake.refreshCalls).toBe(2);
    expect((await readZaloTokenStatus(t.db))?.failedRefreshes).toBe(2);
    expect(await t.db.select().from(outbox)).toHaveLength(1);
  });

  it('a failed early refresh keeps serving the old token while it is still valid', async () => {
    const old = await storePair(30 * 60_000);
    fake.failRefresh(1);
    expect(await manager(t).getAccessToken()).toBe(old.accessToken);
    expect(fake.refreshCalls).toBe(1);
  });

  it('a token Zalo rejects (-216) is refreshed once and the call retried once', async () => {
    await storePair(20 * HOUR);
    const m = manager(t);
    const client = createZaloOaClient({ apiRoot: fake.url, getAccessToken: m.getAccessToken, onTokenRejected: m.refreshAfterRejection });
    fake.revokeAccessTokens(); // e.g. the OA admin re-authorised elsewhere
    await expect(client.sendText('u2', 'xin chào')).resolves.toMatchObject({ userId: 'u2' });
    expect(fake.refreshCalls).toBe(1);
    expect(fake.messages.at(-1)?.accessToken).toBe((await readTokens(t.db))?.accessToken);
  });

  it('a rejection of a token another process already rotated uses the stored one, no second refresh', async () => {
    await storePair(20 * HOUR);
    const a = manager(t);
    const b = manager(other);
    const staleInA = await a.getAccessToken(); // cached in process A
    await b.refreshAfterRejection(await b.getAccessToken()); // process B rotates the pair
    expect(fake.refreshCalls).toBe(1);
    const client = createZaloOaClient({ apiRoot: fake.url, getAccessToken: a.getAccessToken, onTokenRejected: a.refreshAfterRejection });
    await expect(client.sendText('u3', 'x')).resolves.toMatchObject({ userId: 'u3' });
    expect(fake.refreshCalls).toBe(1);
    expect(fake.messages.at(-1)?.accessToken).not.toBe(staleInA);
  });
});
