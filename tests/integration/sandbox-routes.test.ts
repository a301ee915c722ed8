import { Script } from 'node:vm';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRING_KEYS } from '../../bot/channels/sandbox/page.js';
import { PAGE_SCRIPT } from '../../bot/channels/sandbox/page-script.js';
import { SANDBOX_ERROR_CODES } from '../../bot/channels/sandbox/validate.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { createSandboxRoutes } from '../../bot/channels/sandbox/routes.js';
import { SendError } from '../../core/kernel/errors.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { channelAccounts, people, sandboxMessages, units } from '../../db/schema/index.js';
import { createSandboxHarness, type SandboxHarness } from '../contract/sandbox-harness.js';

let h: SandboxHarness;
const seen: InboundMessage[] = [];
beforeAll(async () => {
  h = await createSandboxHarness();
});
afterAll(() => h.close());

const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as Record<string, unknown> });

describe('sandbox page', () => {
  it('serves the chat page with a nonce CSP and no external assets', async () => {
    const res = await fetch(h.base);
    const html = await res.text();
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
    expect(html).toContain('Hộp thử nghiệm dlxh-bot');
    expect(await (await fetch(`${h.base}?lang=en`)).text()).toContain('dlxh-bot sandbox');
  });

  it('escapes template text in the JSON island, so it cannot close the script', async () => {
    const app = createSandboxRoutes({
      db: h.database.db,
      adapter: h.adapter,
      handler: async () => {},
      logger: silentLogger,
      localOnly: false,
      t: () => '</script><script>alert(1)</script>',
    });
    const html = await (await app.request('/')).text();
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html).toContain('\\u003c/script>');
  });

  it('the page script compiles and never writes HTML from data', () => {
    expect(() => new Script(PAGE_SCRIPT)).not.toThrow();
    expect(PAGE_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it('every page text and API error has a template in Vietnamese and English', () => {
    const i18n = createI18n();
    const keys = [...STRING_KEYS.map((k) => `sandbox-${k}`), ...SANDBOX_ERROR_CODES.map((c) => `sandbox-error-${c}`)];
    for (const locale of ['vi', 'en'] as const) expect(keys.filter((k) => !i18n.has(locale, k))).toEqual([]);
  });

  it('refuses requests that do not come from this machine', async () => {
    const app = createSandboxRoutes({ db: h.database.db, adapter: h.adapter, handler: async () => {}, logger: silentLogger });
    const res = await app.request('/api/personas');
    expect(res.status).toBe(403);
  });
});

describe('personas', () => {
  it('lists people with their unit and creates their sandbox account once', async () => {
    const [unit] = await h.database.db.insert(units).values({ code: 'SBX1', name: 'Phường Bến Nghé', path: '/SBX1/' }).returning();
    const [ctv, official] = await h.database.db
      .insert(people)
      .values([
        { displayName: 'Trần Thị Mai', role: 'collaborator', unitId: unit!.id },
        { displayName: 'Lê Văn Hùng', role: 'official', unitId: unit!.id },
      ])
      .returning();
    const first = await json(await fetch(`${h.base}/api/personas`));
    const again = await json(await fetch(`${h.base}/api/personas`));
    expect(again.body).toEqual(first.body);
    const personas = first.body.personas as { personId: string; accountId: string; name: string; role: string; unit: string }[];
    expect(personas).toEqual(
      expect.arrayContaining([
        { personId: ctv!.id, accountId: `p-${ctv!.id}`, name: 'Trần Thị Mai', role: 'collaborator', status: 'active', unit: 'Phường Bến Nghé' },
        { personId: official!.id, accountId: `p-${official!.id}`, name: 'Lê Văn Hùng', role: 'official', status: 'active', unit: 'Phường Bến Nghé' },
      ]),
    );
    const rows = await h.database.db
      .select()
      .from(channelAccounts)
      .where(and(eq(channelAccounts.personId, ctv!.id), eq(channelAccounts.channel, 'sandbox')));
    expect(rows).toHaveLength(1);
    const send = await json(await h.post('api/send', { account: `p-${ctv!.id}`, text: 'Chào' }));
    expect(send.status).toBe(200);
  });

  it('hands out fresh unregistered accounts', async () => {
    const a = await json(await h.post('api/personas/new', {}));
    const b = await json(await h.post('api/personas/new', {}));
    expect(a.body.accountId).toMatch(/^u-[0-9a-f]{10}$/);
    expect(a.body.accountId).not.toBe(b.body.accountId);
    expect((await h.messages(a.body.accountId as string)).messages).toEqual([]);
  });
});

describe('POST /api/send', () => {
  let account: string;
  beforeAll(async () => {
    account = await h.newAccount!();
    h.setHandler(async (m) => {
      seen.push(m);
      // Like the engine: the reply is written before the request is answered.
      if (m.payload.type === 'text') await h.adapter.send(m.accountId, { type: 'text', text: `Đã nhận: ${m.payload.text}` });
    });
  });

  it.each([
    ['not JSON', '{oops', 'application/json', 400, 'bad_json'],
    ['not JSON content type', '{}', 'text/plain', 415, 'unsupported_media_type'],
  ])('%s → 4xx', async (_, body, type, status, error) => {
    const res = await fetch(`${h.base}/api/send`, { method: 'POST', headers: { 'content-type': type }, body });
    expect(await json(res)).toMatchObject({ status, body: { error } });
  });

  it.each([
    ['empty text', { text: '  \n ' }, 400, 'empty_text'],
    ['oversized text', { text: 'a'.repeat(4097) }, 400, 'text_too_long'],
    ['two kinds at once', { text: 'a', photo: true }, 400, 'bad_request'],
    ['nothing to send', {}, 400, 'bad_request'],
    ['latitude out of range', { location: { lat: 95, lng: 105 } }, 400, 'bad_request'],
    ['choice data over 64 bytes', { choice: 'đ'.repeat(33) }, 400, 'bad_request'],
    ['an unknown field', { text: 'a', admin: true }, 400, 'bad_request'],
  ])('%s → 400, nothing reaches the engine', async (_, extra, status, error) => {
    const before = seen.length;
    const res = await json(await h.post('api/send', { account, ...extra }));
    expect(res).toMatchObject({ status, body: { error } });
    expect(String(res.body.message)).toMatch(/\S/);
    expect(seen.length).toBe(before);
  });

  it('names the limit in Vietnamese when the text is too long', async () => {
    const res = await json(await h.post('api/send', { account, text: 'a'.repeat(5000) }));
    expect(res.body.message).toBe('Tin nhắn quá dài (tối đa 4.096 ký tự).');
  });

  it('unknown account → 404', async () => {
    expect(await json(await h.post('api/send', { account: 'u-nobody', text: 'hi' }))).toMatchObject({ status: 404, body: { error: 'unknown_account' } });
    expect((await fetch(`${h.base}/api/messages?account=u-nobody`)).status).toBe(404);
  });

  it('answers after the engine committed: the reply is already there', async () => {
    const res = await json(await h.post('api/send', { account, text: 'Báo cáo nhanh <b>xã</b>' }));
    expect(res.status).toBe(200);
    const { messages } = await h.messages(account);
    expect(messages.slice(-2).map((m) => [m.direction, m.payload])).toEqual([
      ['in', { type: 'text', text: 'Báo cáo nhanh <b>xã</b>' }],
      ['out', { type: 'text', text: 'Đã nhận: Báo cáo nhanh <b>xã</b>' }],
    ]);
  });

  it('an engine failure → 500, the bubble is marked failed; resending the same id fixes it without a duplicate', async () => {
    let fail = true;
    const previous = (m: InboundMessage) => (seen.push(m), Promise.resolve());
    h.setHandler(async (m) => {
      if (fail) throw new Error('db down');
      await previous(m);
    });
    const body = { account, id: 'retry-0001-abcd', text: 'Gửi lại' };
    expect((await json(await h.post('api/send', body))).body.error).toBe('handler_failed');
    expect((await h.messages(account)).messages.at(-1)).toMatchObject({ direction: 'in', status: 'failed' });
    fail = false;
    expect((await h.post('api/send', body)).status).toBe(200);
    const mine = (await h.messages(account)).messages.filter((m) => (m.payload as { text?: string }).text === 'Gửi lại');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.status).toBe('ok');
    expect(seen.at(-1)?.updateKey).toBe(`${account}:retry-0001-abcd`);
  });
});

describe('the adapter as the web chat sees it', () => {
  it('an edit moves the message past the cursor with its new content, same id', async () => {
    const account = await h.newAccount!();
    const [ref] = await h.adapter.send(account, { type: 'text', text: 'Đang gửi 0/120' });
    const { cursor, messages } = await h.messages(account);
    await h.adapter.edit(account, ref!, { type: 'text', text: 'Đã gửi 120/120' });
    const after = await h.messages(account, cursor);
    expect(after.messages).toHaveLength(1);
    expect(after.messages[0]).toMatchObject({ id: messages[0]!.id, payload: { type: 'text', text: 'Đã gửi 120/120' } });
  });

  it('simulated block: the engine hears the event, sends fail unreachable, the user cannot write; unblock restores', async () => {
    const account = await h.newAccount!();
    const events: InboundMessage[] = [];
    h.setHandler(async (m) => events.push(m));
    expect((await h.post('api/block', { account, blocked: true })).status).toBe(200);
    expect(events.at(-1)?.payload).toEqual({ type: 'event', event: 'blocked' });
    expect((await h.messages(account)).blocked).toBe(true);
    await expect(h.adapter.send(account, { type: 'text', text: 'x' })).rejects.toMatchObject({ failure: 'unreachable' });
    expect((await json(await h.post('api/send', { account, text: 'hi' }))).body.error).toBe('account_blocked');
    await h.post('api/block', { account, blocked: false });
    expect(events.at(-1)?.payload).toEqual({ type: 'event', event: 'unblocked' });
    expect(await h.adapter.send(account, { type: 'text', text: 'x' })).toHaveLength(1);
  });

  it('simulated rate limit fails exactly the next N sends', async () => {
    const account = await h.newAccount!();
    await h.post('api/faults', { account, rateLimitedSends: 2 });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      outcomes.push(
        await h.adapter.send(account, { type: 'text', text: `lần ${i}` }).then(
          () => 'sent',
          (e: SendError) => e.failure,
        ),
      );
    }
    expect(outcomes).toEqual(['rate_limited', 'rate_limited', 'sent']);
    const stored = await h.database.db.select().from(sandboxMessages).where(eq(sandboxMessages.accountId, account));
    expect(stored).toHaveLength(1);
  });
});
