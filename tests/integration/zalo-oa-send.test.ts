import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createZaloOaAdapter } from '../../bot/channels/zalo-oa/adapter.js';
import { createZaloOaClient } from '../../bot/channels/zalo-oa/client.js';
import { SendError } from '../../core/kernel/errors.js';
import { silentLogger, type Logger } from '../../core/kernel/logger.js';
import { createMetrics } from '../../core/platform/metrics.js';
import { startFakeZalo, type FakeZalo } from '../../testkit/fake-zalo.js';

let fake: FakeZalo;
let token: string;
let adapter: ReturnType<typeof createZaloOaAdapter>;
const dir = mkdtempSync(join(tmpdir(), 'zalo-send-'));

beforeAll(async () => {
  fake = await startFakeZalo();
  token = fake.issuePair().accessToken;
  const client = createZaloOaClient({ apiRoot: fake.url, getAccessToken: async () => token });
  adapter = createZaloOaAdapter({ client, logger: silentLogger });
});
afterAll(() => fake.close());

const sendError = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as SendError,
  );
const last = () => fake.messages.at(-1)!;

describe('Zalo OA adapter sending through the fake OA API', () => {
  it('sends text with the access_token header to /v3.0/oa/message/cs and returns Zalo message ids', async () => {
    const refs = await adapter.send('u1', { type: 'text', text: 'Xin chào đồng chí' });
    expect(refs).toEqual([{ messageId: last().messageId }]);
    expect(last()).toMatchObject({ userId: 'u1', kind: 'text', text: 'Xin chào đồng chí', accessToken: token });
  });

  it('renders up to 5 choices as buttons and more as a numbered list', async () => {
    await adapter.send('u1', {
      type: 'text',
      text: 'Mức độ?',
      choices: [
        { label: 'Ổn định', data: 'c:x:0' },
        { label: 'Phức tạp', data: 'c:x:1' },
      ],
    });
    expect(last().buttons).toEqual([
      { title: 'Ổn định', type: 'oa.query.hide', payload: '#c c:x:0' },
      { title: 'Phức tạp', type: 'oa.query.hide', payload: '#c c:x:1' },
    ]);
    const many = Array.from({ length: 20 }, (_, i) => ({ label: `Mục ${i + 1}`, data: `c:y:${i}` }));
    await adapter.send('u1', { type: 'text', text: 'Lĩnh vực?', choices: many });
    expect(last().buttons).toEqual([]);
    expect(last().text).toContain('20. Mục 20');
  });

  it("if Zalo refuses one message's buttons, that message goes out as a numbered list and the next still gets buttons", async () => {
    const fake2 = await startFakeZalo();
    const t2 = fake2.issuePair().accessToken;
    const a2 = createZaloOaAdapter({ client: createZaloOaClient({ apiRoot: fake2.url, getAccessToken: async () => t2 }), logger: silentLogger });
    const choices = [
      { label: 'Có', data: 'c:z:0' },
      { label: 'Không', data: 'c:z:1' },
    ];
    fake2.failNext('u1', -201);
    await expect(a2.send('u1', { type: 'text', text: 'Đã nhận?', choices })).resolves.toHaveLength(1);
    await expect(a2.send('u1', { type: 'text', text: 'Còn ý kiến?', choices })).resolves.toHaveLength(1);
    expect(fake2.messages.map((m) => [m.text, m.buttons.map((b) => b.title)])).toEqual([
      [expect.stringContaining('Đã nhận?\n\n1. Có\n2. Không'), []],
      ['Còn ý kiến?', ['Có', 'Không']],
    ]);
    expect(fake2.csRequests).toBe(3); // refused buttons, its numbered fallback, the next message with buttons
    await fake2.close();
  });

  it('splits long text into parts of at most 2,000 characters, in order', async () => {
    const before = fake.messages.length;
    const text = Array.from({ length: 60 }, (_, i) => `Dòng ${i} ${Array(8).fill('nội dung').join(' ')}`).join('\n');
    const refs = await adapter.send('u1', { type: 'text', text });
    const parts = fake.messages.slice(before);
    expect(refs).toHaveLength(parts.length);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((m) => m.text.length <= 2000)).toBe(true);
    expect(parts.map((m) => m.text).join('\n')).toBe(text);
  });

  it('sends an image by URL directly, and a local image after uploading it', async () => {
    await adapter.send('u1', { type: 'media', kind: 'photo', source: 'https://example.org/a.jpg', caption: 'Ảnh' });
    expect(last()).toMatchObject({ kind: 'image', image: { url: 'https://example.org/a.jpg' }, text: 'Ảnh' });
    const path = join(dir, 'hien-truong.png');
    writeFileSync(path, Buffer.alloc(2048, 1));
    await adapter.send('u1', { type: 'media', kind: 'photo', source: path });
    expect(fake.uploads.at(-1)).toMatchObject({ kind: 'image', fileName: 'hien-truong.png', size: 2048 });
    expect(last().image).toEqual({ attachmentId: fake.uploads.at(-1)?.id });
  });

  it('sends a document by uploading it first, then its caption as text', async () => {
    const path = join(dir, 'hd.pdf');
    writeFileSync(path, Buffer.from('%PDF-1.4 test'));
    const before = fake.messages.length;
    await adapter.send('u1', { type: 'media', kind: 'document', source: path, fileName: 'huong-dan.pdf', caption: 'Hướng dẫn tháng 11' });
    const [file, caption] = fake.messages.slice(before);
    expect(fake.uploads.at(-1)).toMatchObject({ kind: 'file', fileName: 'huong-dan.pdf' });
    expect(file).toMatchObject({ kind: 'file', fileToken: fake.uploads.at(-1)?.id });
    expect(caption).toMatchObject({ kind: 'text', text: 'Hướng dẫn tháng 11' });
  });

  it('-230 → out_of_window, -213 → unreachable, -32 → rate_limited with retryAfterMs', async () => {
    fake.failNext('u9', -230);
    expect(await sendError(adapter.send('u9', { type: 'text', text: 'x' }))).toMatchObject({ failure: 'out_of_window' });
    fake.failNext('u9', -213);
    expect(await sendError(adapter.send('u9', { type: 'text', text: 'x' }))).toMatchObject({ failure: 'unreachable' });
    fake.failNext('u9', -32);
    const rate = await sendError(adapter.send('u9', { type: 'text', text: 'x' }));
    expect(rate).toBeInstanceOf(SendError);
    expect(rate).toMatchObject({ failure: 'rate_limited', retryAfterMs: 60_000 });
    await expect(adapter.send('u9', { type: 'text', text: 'x' })).resolves.toHaveLength(1);
  });

  it('-320 / -321 (paid window without Zalo Cloud balance) park the message and alert admins: metric + error log, no text', async () => {
    const lines: { level: string; msg: string; obj: unknown }[] = [];
    const at = (level: string) => (obj: object | string, msg?: string) => void lines.push({ level, obj, msg: msg ?? String(obj) });
    const logger: Logger = { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: () => logger };
    const metrics = createMetrics({ defaultMetrics: false });
    const client = createZaloOaClient({ apiRoot: fake.url, getAccessToken: async () => token });
    const billed = createZaloOaAdapter({ client, logger, alerts: metrics });
    for (const code of [-320, -321]) {
      fake.failNext('u8', code);
      expect(await sendError(billed.send('u8', { type: 'text', text: 'Định hướng tháng 12' }))).toMatchObject({ failure: 'out_of_window' });
    }
    expect(await metrics.registry.getSingleMetricAsString('dlxh_channel_alerts_total')).toContain(
      'dlxh_channel_alerts_total{channel="zalo",alert="zalo_billing"} 2',
    );
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0]!.msg).toMatch(/Zalo Cloud/);
    expect(JSON.stringify(lines)).not.toContain('Định hướng');
  });

  it('HTTP 5xx is transient; another Zalo error is permanent; a missing local file is permanent', async () => {
    fake.failHttp(502);
    expect(await sendError(adapter.send('u1', { type: 'text', text: 'x' }))).toMatchObject({ failure: 'transient' });
    expect(await sendError(adapter.send('', { type: 'text', text: 'x' }))).toMatchObject({ failure: 'permanent' });
    expect(await sendError(adapter.send('u1', { type: 'media', kind: 'document', source: join(dir, 'missing.pdf') }))).toMatchObject({ failure: 'permanent' });
  });

  it('reads a profile and pages through the follower list (count ≤ 50)', async () => {
    fake.profiles.set('u1', { user_id: 'u1', display_name: 'Nguyễn Văn A', user_is_follower: true, user_last_interaction_date: '20/11/2026' });
    expect(await adapter.client.getProfile('u1')).toEqual({ userId: 'u1', displayName: 'Nguyễn Văn A', isFollower: true, lastInteractionDate: '20/11/2026' });
    fake.followers = Array.from({ length: 123 }, (_, i) => `f${i}`);
    const all: string[] = [];
    for await (const id of adapter.client.followers()) all.push(id);
    expect(all).toEqual(fake.followers);
    expect(await adapter.client.getFollowers({ offset: 100, count: 500 })).toEqual({ total: 123, offset: 100, userIds: fake.followers.slice(100, 150) });
  });
});
