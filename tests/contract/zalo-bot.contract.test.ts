import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { runAdapterContract } from './adapter-contract.js';
import { createZaloBotHarness, ZALOBOT_SECRET, zaloBotUpdates, type ZaloBotHarness } from '../helpers/fake-zalo-bot-harness.js';
import { waitFor } from '../helpers/wait.js';

runAdapterContract('zalobot (long polling)', () => createZaloBotHarness('polling'));
runAdapterContract('zalobot (webhook)', () => createZaloBotHarness('webhook'));

describe('zalobot webhook route', () => {
  let h: ZaloBotHarness;
  beforeAll(async () => {
    h = await createZaloBotHarness('webhook');
  });
  afterAll(() => h.close());

  const post = async (body: string, secret?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (secret !== undefined) headers['x-bot-api-secret-token'] = secret;
    const res = await request(h.webhookUrl!, { method: 'POST', headers, body });
    await res.body.dump();
    return res.statusCode;
  };

  it('refuses a missing or wrong secret token with 401 and never reaches the engine', async () => {
    const before = h.received.length;
    const body = JSON.stringify(zaloBotUpdates.text('900', 'giả mạo'));
    expect(await post(body)).toBe(401);
    expect(await post(body, `${ZALOBOT_SECRET}x`)).toBe(401);
    expect(await post(body, ZALOBOT_SECRET.slice(0, -1))).toBe(401);
    expect(await h.fake.deliverWebhook(zaloBotUpdates.text('900', 'x'), null)).toBe(401);
    expect(h.received.length).toBe(before);
  });

  it('accepts the update both wrapped in {ok, result} and flat', async () => {
    const before = h.received.length;
    expect(await post(JSON.stringify({ ok: true, result: zaloBotUpdates.text('901', 'bọc') }), ZALOBOT_SECRET)).toBe(200);
    expect(await post(JSON.stringify(zaloBotUpdates.text('901', 'phẳng')), ZALOBOT_SECRET)).toBe(200);
    expect(h.received.slice(before).map((m) => m.payload)).toEqual([
      { type: 'text', text: 'bọc' },
      { type: 'text', text: 'phẳng' },
    ]);
  });

  it('answers 400 to malformed JSON, 413 to a huge body, 200 to unknown events', async () => {
    const before = h.received.length;
    expect(await post('{"event_name": ', ZALOBOT_SECRET)).toBe(400);
    expect(await post(JSON.stringify(zaloBotUpdates.text('902', 'x'.repeat(300 * 1024))), ZALOBOT_SECRET)).toBe(413);
    expect(await post(JSON.stringify(zaloBotUpdates.message('902', 'message.reaction.received', {})), ZALOBOT_SECRET)).toBe(200);
    expect(h.received.length).toBe(before);
  });

  it('answers 500 when the engine fails, so the update is not acknowledged', async () => {
    h.setHandler(async () => {
      throw new Error('database down');
    });
    expect(await h.fake.deliverWebhook(zaloBotUpdates.text('903', 'x'))).toBe(500);
  });

  it('a redelivery that fails again for good is answered 200 (skipped), not an endless loop', async () => {
    h.setHandler(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    const update = zaloBotUpdates.text('906', 'hỏng');
    expect(await h.fake.deliverWebhook(update)).toBe(500);
    expect(await h.fake.deliverWebhook(update)).toBe(200);
  });
});

describe('zalobot long polling', () => {
  let h: ZaloBotHarness;
  beforeAll(async () => {
    h = await createZaloBotHarness('polling');
  });
  afterAll(() => h.close());

  it('start() removed any webhook, since getUpdates does not work while one is set', () => {
    expect(h.fake.calls.some((c) => c.method === 'deleteWebhook')).toBe(true);
    expect(h.fake.webhook).toBeNull();
  });

  it('retries an update whose intake failed (no offset to confirm: the platform will not resend it)', async () => {
    const seen: string[] = [];
    let failures = 0;
    h.setHandler(async (m) => {
      seen.push(m.updateKey);
      if (failures++ < 1) throw new Error('transient database error');
    });
    h.fake.pushUpdate(zaloBotUpdates.text('904', 'thử lại'));
    await waitFor(() => seen.length >= 2, { what: 'the retried update' });
    expect(seen[0]).toBe(seen[1]);
  });

  it('sends a document as a link (the platform has no file sending) and refuses local files', async () => {
    await h.adapter.send('905', { type: 'media', kind: 'document', source: 'https://example.org/hd.pdf', fileName: 'huong-dan.pdf', caption: 'Hướng dẫn' });
    expect(h.fake.sends.filter((s) => s.chatId === '905').map((s) => s.text)).toEqual(['huong-dan.pdf: https://example.org/hd.pdf', 'Hướng dẫn']);
    await expect(h.adapter.send('905', { type: 'media', kind: 'photo', source: '/tmp/a.jpg' })).rejects.toMatchObject({ failure: 'permanent' });
  });
});
