import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { request } from 'undici';
import { refreshWithZalo } from '../../bot/channels/zalo-oa/oauth.js';
import { readTokens } from '../../bot/channels/zalo-oa/token-store.js';
import { loadConfig } from '../../core/platform/config.js';
import type { AdminContext } from '../../scripts/admin/context.js';
import { zaloConnectCommand } from '../../scripts/admin/zalo-connect.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';

/**
 * `npm run admin -- zalo-connect` against a local OAuth server speaking Zalo's wire format: the
 * permission page redirects with a single-use code bound to the PKCE challenge; the token call
 * (form-encoded, `secret_key` header) gives the pair only for the matching verifier.
 */
let t: TestDatabase;
let fake: FakeZalo;
const REDIRECT = 'https://dlxh.example.gov.vn/zalo/connected';

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeZalo();
});
afterAll(async () => {
  await fake.close();
  await t.close();
});

/** Runs the command; `browser` plays the OA admin: gets the printed URL, returns what they paste. */
async function connect(browser: (permissionUrl: string) => Promise<string>, args = ['--redirect-uri', REDIRECT]) {
  const lines: string[] = [];
  const ctx: AdminContext = {
    db: t.db,
    config: loadConfig({ ZALO_APP_ID: fake.appId, ZALO_APP_SECRET: fake.appSecret, ZALO_OAUTH_ROOT: fake.url }),
    out: (l) => lines.push(l),
    ask: async () => browser(lines.map((l) => l.trim()).find((l) => l.startsWith('http'))!),
  };
  const result = await zaloConnectCommand.run(args, ctx).then(
    () => null,
    (e: unknown) => e as Error,
  );
  return { lines, error: result };
}

/** Opens the permission URL as a browser would and returns where Zalo sends it. */
async function approve(permissionUrl: string): Promise<string> {
  const res = await request(permissionUrl, { method: 'GET' });
  await res.body.dump();
  expect(res.statusCode).toBe(302);
  return String(res.headers.location);
}

describe('zalo-connect', () => {
  it('prints the permission URL with the PKCE challenge and state, exchanges the code with the verifier, stores the pair', async () => {
    let printed = '';
    const { lines, error } = await connect(async (url) => {
      printed = url;
      return approve(url);
    });
    expect(error).toBeNull();
    const url = new URL(printed);
    expect(url.pathname).toBe('/v4/oa/permission');
    expect(url.searchParams.get('app_id')).toBe(fake.appId);
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const row = await readTokens(t.db);
    expect(row?.source).toBe('admin');
    // The stored pair is the one Zalo issued: its refresh token is accepted (and rotates).
    await expect(refreshWithZalo({ oauthRoot: fake.url, appId: fake.appId, appSecret: fake.appSecret }, row!.refreshToken)).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
    expect(lines.join('\n')).toContain(fake.oaId);
    expect(lines.join('\n')).not.toContain(row!.accessToken);
    expect(lines.join('\n')).not.toContain(row!.refreshToken);
  });

  it('accepts the bare code too', async () => {
    const { error } = await connect(async (url) => new URL(await approve(url)).searchParams.get('code')!);
    expect(error).toBeNull();
  });

  it('refuses a redirect from another attempt (state differs) and stores nothing', async () => {
    const before = await readTokens(t.db);
    const { error } = await connect(async (url) => {
      const back = new URL(await approve(url));
      back.searchParams.set('state', 'someone-elses-state');
      return back.toString();
    });
    expect(error?.message).toMatch(/state không khớp/);
    expect((await readTokens(t.db))?.refreshToken).toBe(before?.refreshToken);
  });

  it('a code whose verifier is not ours is refused by Zalo (PKCE), and a code works only once', async () => {
    // Someone who intercepted the code cannot use it without the verifier.
    const stolen = await approve(
      `${fake.url}/v4/oa/permission?app_id=${fake.appId}&redirect_uri=${encodeURIComponent(REDIRECT)}&code_challenge=${createHash('sha256').update('x'.repeat(43)).digest('base64url')}`,
    );
    const { error } = await connect(async () => new URL(stolen).searchParams.get('code')!);
    expect(error?.message).toMatch(/refused the code exchange.*-1402/);
    let code = '';
    const first = await connect(async (url) => (code = new URL(await approve(url)).searchParams.get('code')!));
    expect(first.error).toBeNull();
    const again = await connect(async () => code);
    expect(again.error?.message).toMatch(/-14019/);
  });

  it('needs --redirect-uri and the app credentials', async () => {
    expect((await connect(approve, [])).error?.message).toMatch(/--redirect-uri/);
  });
});
