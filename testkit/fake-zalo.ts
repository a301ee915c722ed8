import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ok, readCsBody, readUpload, uploadAccepted, zaloError, type FakeZaloMessage, type Json } from './fake-zalo-oa-api.js';

export type { FakeZaloMessage } from './fake-zalo-oa-api.js';

/**
 * A local Zalo OA API + OAuth server on one port, in Zalo's wire format: `access_token` header,
 * GET parameters as `?data=<json>`, every answer HTTP 200 with `{error, message, data}`; OAuth
 * refresh form-encoded with `secret_key`, single-use refresh tokens that rotate the pair; the OA
 * admin's consent: GET /v4/oa/permission redirects with a single-use code bound to the PKCE
 * challenge, which grant_type=authorization_code exchanges only with the matching verifier.
 */
export interface FakeZalo {
  /** Both apiRoot and oauthRoot for the code under test. */
  url: string;
  appId: string;
  appSecret: string;
  messages: FakeZaloMessage[];
  uploads: { kind: 'image' | 'file'; fileName: string; size: number; type: string; id: string }[];
  /** Uploads refused as Zalo refuses them (a type or size upload/image or upload/file does not take). */
  refusedUploads: { kind: 'image' | 'file'; fileName: string; size: number; type: string }[];
  /** Every request to /v3.0/oa/message/cs, accepted or not. */
  csRequests: number;
  /** Every refresh request that reached the OAuth endpoint (successful or not). */
  refreshCalls: number;
  /** The OA id the consent redirect reports. */
  oaId: string;
  /** Mints a valid pair (as the API Explorer would); the previous refresh token dies. */
  issuePair(): { accessToken: string; refreshToken: string };
  /** The next send to this user (or '*') answers with this Zalo error code, `times` times. */
  failNext(userId: string, code: number, times?: number): void;
  /** The next sends answer with a bare HTTP status (no JSON), as a broken proxy would. */
  failHttp(status: number, times?: number): void;
  /** The next refresh attempts fail like this. */
  failRefresh(times?: number): void;
  /** Delay before the OAuth endpoint answers (to make two refreshers overlap). */
  refreshDelayMs: number;
  revokeAccessTokens(): void;
  /** Answer -201 to any message carrying buttons (as if v3 did not take them). */
  rejectButtons: boolean;
  followers: string[];
  profiles: Map<string, Json>;
  /** Attachment bytes served (no token) at `${url}/cdn/<name>`, as Zalo's CDN serves what users send. */
  cdn: Map<string, Buffer>;
  close(): Promise<void>;
}

export async function startFakeZalo(opts: { appId?: string; appSecret?: string } = {}): Promise<FakeZalo> {
  const appId = opts.appId ?? '360846524940903967';
  const appSecret = opts.appSecret ?? 'fake-app-secret';
  const validAccess = new Set<string>();
  let refreshToken = '';
  const failures: { userId: string; code: number; times: number }[] = [];
  let httpFailures = { status: 0, times: 0 };
  let refreshFailures = 0;
  let seq = 0;
  const newPair = () => {
    const pair = { accessToken: `at-${randomBytes(6).toString('hex')}`, refreshToken: `rt-${randomBytes(6).toString('hex')}` };
    validAccess.clear(); // the previous access token dies with the rotation
    validAccess.add(pair.accessToken);
    refreshToken = pair.refreshToken;
    return pair;
  };

  const fake: FakeZalo = {
    url: '',
    appId,
    appSecret,
    messages: [],
    uploads: [],
    refusedUploads: [],
    refreshCalls: 0,
    csRequests: 0,
    oaId: '388613280878808645',
    issuePair: newPair,
    failNext: (userId, code, times = 1) => void failures.push({ userId, code, times }),
    failHttp: (status, times = 1) => void (httpFailures = { status, times }),
    failRefresh: (times = 1) => void (refreshFailures = times),
    refreshDelayMs: 0,
    revokeAccessTokens: () => validAccess.clear(),
    rejectButtons: false,
    followers: [],
    profiles: new Map(),
    cdn: new Map(),
    close: async () => {},
  };

  /** Authorization codes handed out by the consent page: code → its PKCE challenge. */
  const codes = new Map<string, string>();
  const permission = (url: URL): { status: number; location?: string } => {
    const redirect = url.searchParams.get('redirect_uri');
    const challenge = url.searchParams.get('code_challenge');
    if (url.searchParams.get('app_id') !== appId || !redirect || !challenge) return { status: 400 };
    const code = `code-${randomBytes(6).toString('hex')}`;
    codes.set(code, challenge);
    const back = new URL(redirect);
    back.searchParams.set('code', code);
    back.searchParams.set('oa_id', fake.oaId);
    const state = url.searchParams.get('state');
    if (state) back.searchParams.set('state', state);
    return { status: 302, location: back.toString() };
  };
  const exchange = (form: URLSearchParams): Json => {
    const code = form.get('code') ?? '';
    const challenge = codes.get(code);
    codes.delete(code); // single use, right or wrong
    if (!challenge) return { error: -14019, error_name: 'Invalid authorization code', error_reason: 'code expired or used' };
    const verifier = form.get('code_verifier') ?? '';
    if (createHash('sha256').update(verifier).digest('base64url') !== challenge) {
      return { error: -14020, error_name: 'Invalid code verifier', error_reason: 'code_verifier does not match code_challenge' };
    }
    const pair = newPair();
    return { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: '90000' };
  };

  const oauth = async (req: IncomingMessage, body: Buffer): Promise<[number, Json]> => {
    fake.refreshCalls++;
    if (fake.refreshDelayMs > 0) await new Promise((r) => setTimeout(r, fake.refreshDelayMs));
    const form = new URLSearchParams(body.toString('utf8'));
    if (req.headers['secret_key'] !== appSecret || form.get('app_id') !== appId) {
      return [200, { error: -14002, error_name: 'Invalid appId or secret key', error_reason: 'app_id or secret_key mismatch' }];
    }
    if (form.get('grant_type') === 'authorization_code') return [200, exchange(form)];
    if (refreshFailures > 0) {
      refreshFailures--;
      return [200, { error: -14014, error_name: 'Invalid refresh token', error_reason: 'refresh token expired or used' }];
    }
    if (form.get('grant_type') !== 'refresh_token' || !refreshToken || form.get('refresh_token') !== refreshToken) {
      return [200, { error: -14014, error_name: 'Invalid refresh token', error_reason: 'refresh token expired or used' }];
    }
    const pair = newPair();
    return [200, { access_token: pair.accessToken, refresh_token: pair.refreshToken, expires_in: '90000' }];
  };

  const takeFailure = (userId: string): number | undefined => {
    const f = failures.find((x) => x.userId === userId || x.userId === '*');
    if (!f) return undefined;
    if (--f.times <= 0) failures.splice(failures.indexOf(f), 1);
    return f.code;
  };

  const api = async (req: IncomingMessage, url: URL, body: Buffer): Promise<[number, Json | string]> => {
    if (httpFailures.times > 0) {
      httpFailures.times--;
      return [httpFailures.status, 'Bad Gateway'];
    }
    const token = String(req.headers['access_token'] ?? '');
    if (!validAccess.has(token)) return [200, zaloError(-216)];
    const path = url.pathname;
    if (req.method === 'POST' && path === '/v3.0/oa/message/cs') {
      fake.csRequests++;
      const parsed = readCsBody(JSON.parse(body.toString('utf8') || '{}') as Json, `m${++seq}`, token);
      if (typeof parsed === 'number') return [200, zaloError(parsed)];
      if (fake.rejectButtons && parsed.buttons.length > 0) return [200, { error: -201, message: 'attachment is invalid!' }];
      const code = takeFailure(parsed.userId);
      if (code !== undefined) return [200, zaloError(code)];
      fake.messages.push(parsed);
      return [200, ok({ message_id: parsed.messageId, user_id: parsed.userId, sent_time: String(Date.now()) })];
    }
    if (req.method === 'POST' && path.startsWith('/v2.0/oa/upload/')) return [200, await upload(path.endsWith('/image') ? 'image' : 'file', req, body)];
    const data = JSON.parse(url.searchParams.get('data') ?? '{}') as Json;
    if (req.method === 'GET' && path === '/v3.0/oa/user/detail') {
      const profile = fake.profiles.get(String(data.user_id));
      return [200, profile ? ok(profile) : zaloError(-201)];
    }
    if (req.method === 'GET' && path === '/v3.0/oa/user/getlist') {
      const offset = Number(data.offset ?? 0);
      const count = Number(data.count ?? 0);
      if (count > 50) return [200, zaloError(-210)];
      const users = fake.followers.slice(offset, offset + count).map((user_id) => ({ user_id }));
      return [200, ok({ total: fake.followers.length, count: users.length, offset, users })];
    }
    return [404, { error: -404, message: 'unknown endpoint' }];
  };

  const upload = async (kind: 'image' | 'file', req: IncomingMessage, body: Buffer): Promise<Json> => {
    const file = await readUpload(body, String(req.headers['content-type'] ?? ''));
    if (!file) return zaloError(-201);
    if (!uploadAccepted(kind, file)) {
      fake.refusedUploads.push({ kind, ...file });
      return { error: -201, message: 'file is invalid!' };
    }
    const id = `${kind}-${++seq}`;
    fake.uploads.push({ kind, ...file, id });
    return ok(kind === 'image' ? { attachment_id: id } : { token: id });
  };

  const server = createServer((req, res) => void route(req, res));
  const route = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const url = new URL(req.url ?? '/', 'http://fake');
    if (req.method === 'GET' && url.pathname === '/v4/oa/permission') {
      const r = permission(url);
      res.writeHead(r.status, r.location ? { location: r.location } : {});
      res.end();
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/cdn/')) {
      const bytes = fake.cdn.get(url.pathname.slice('/cdn/'.length));
      res.writeHead(bytes ? 200 : 404, { 'content-type': 'image/jpeg' });
      res.end(bytes);
      return;
    }
    const [status, answer] = url.pathname === '/v4/oa/access_token' ? await oauth(req, body) : await api(req, url, body);
    res.writeHead(status, {
      'content-type': typeof answer === 'string' ? 'text/plain' : 'application/json',
      'x-ratelimit-limit': '4000',
      'x-ratelimit-remain': '3999',
    });
    res.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
  };
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  // Above undici's 2 s keep-alive threshold: with 1 s the client closed the connection after every send (a new TCP connection and an error object per message, ~30 % of the bot's CPU in the intake bench).
  server.keepAliveTimeout = 10_000;
  return fake;
}
