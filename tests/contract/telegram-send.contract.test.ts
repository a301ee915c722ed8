import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, TelegramSetupError, type TelegramAdapter } from '../../bot/channels/telegram/adapter.js';
import { TelegramUnreachableError } from '../../bot/channels/telegram/errors.js';
import { SendError } from '../../core/kernel/errors.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { freePort } from '../../testkit/services.js';
import { startFakeTelegram, type FakeTelegram } from '../../testkit/fake-telegram.js';

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as SendError,
  );

describe('telegram adapter sends against the fake Bot API', () => {
  let fake: FakeTelegram;
  let adapter: TelegramAdapter;
  beforeAll(async () => {
    fake = await startFakeTelegram();
    adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.url, logger: silentLogger, requestTimeoutSeconds: 5 });
  });
  afterAll(() => fake.close());

  it('returns one ref per Telegram message, in order', async () => {
    const refs = await adapter.send('3001', { type: 'text', text: 'Một. '.repeat(1000) });
    const mine = fake.messages.filter((m) => m.chatId === '3001');
    expect(refs.map((r) => r.messageId)).toEqual(mine.map((m) => String(m.messageId)));
    expect(fake.sendsPerChat.get('3001')).toBe(refs.length);
  });

  it('a place pin follows the text as sendVenue (title and address) or sendLocation, with the wire payload Telegram documents', async () => {
    const card = { type: 'text' as const, text: '🚨 ĐIỂM NÓNG DN-1', choices: [{ label: 'Tiếp nhận', data: 'h:x:ack' }] };
    const refs = await adapter.send('3010', { ...card, place: { latitude: 20.86, longitude: 106.68, title: '🚨 Điểm nóng DN-1', address: 'Cổng chợ thôn 3' } });
    expect(refs).toHaveLength(2);
    expect(fake.callsOf('sendVenue').filter((p) => String(p.chat_id) === '3010')).toEqual([
      { chat_id: '3010', latitude: 20.86, longitude: 106.68, title: '🚨 Điểm nóng DN-1', address: 'Cổng chợ thôn 3' },
    ]);
    await adapter.send('3011', { ...card, place: { latitude: -33.5, longitude: 151.25 } });
    expect(fake.callsOf('sendLocation').filter((p) => String(p.chat_id) === '3011')).toEqual([{ chat_id: '3011', latitude: -33.5, longitude: 151.25 }]);
    expect(fake.messages.filter((m) => m.chatId === '3011').map((m) => m.method)).toEqual(['sendMessage', 'sendLocation']);
  });

  it.each([
    ['blocked', 'blocked'],
    ['deactivated', 'deactivated'],
    ['chat_not_found', 'never_started'],
  ] as const)('%s → unreachable with reason %s', async (kind, reason) => {
    fake.failNext('3002', kind);
    const err = await rejection(adapter.send('3002', { type: 'text', text: 'x' }));
    expect(err).toBeInstanceOf(TelegramUnreachableError);
    expect((err as TelegramUnreachableError).reason).toBe(reason);
  });

  it('429 carries retry_after as retryAfterMs', async () => {
    fake.failNext('3003', 'rate_limited', { retryAfter: 17 });
    const err = await rejection(adapter.send('3003', { type: 'text', text: 'x' }));
    expect([err?.failure, err?.retryAfterMs]).toEqual(['rate_limited', 17_000]);
  });

  it('500 and a dropped connection are transient, and are not retried by the adapter (the lanes decide)', async () => {
    const before = fake.callsOf('sendMessage').length;
    fake.failNext('3004', 'server_error');
    expect((await rejection(adapter.send('3004', { type: 'text', text: 'x' })))?.failure).toBe('transient');
    fake.failNext('3004', 'network');
    expect((await rejection(adapter.send('3004', { type: 'text', text: 'x' })))?.failure).toBe('transient');
    expect(fake.callsOf('sendMessage').length - before).toBe(2);
  });

  it('a request Telegram refuses (empty text) is permanent', async () => {
    expect((await rejection(adapter.send('3005', { type: 'text', text: '   ' })))?.failure).toBe('permanent');
  });

  it('uploads a local file as multipart and passes URLs / file ids through', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dlxh-tg-'));
    const file = join(dir, 'tong-hop.docx');
    writeFileSync(file, 'docx bytes');
    await adapter.send('3006', { type: 'media', kind: 'document', source: file, fileName: 'Tổng hợp tháng 11.docx', caption: 'Báo cáo tổng hợp' });
    await adapter.send('3006', { type: 'media', kind: 'photo', source: 'https://example.invalid/p.jpg' });
    const [doc, photo] = [fake.callsOf('sendDocument').at(-1)!, fake.callsOf('sendPhoto').at(-1)!];
    expect(doc.caption).toBe('Báo cáo tổng hợp');
    expect(String(doc.document)).toMatch(/^attach:\/\//);
    const part = doc[String(doc.document).slice('attach://'.length)] as { upload: string; size: number };
    expect(part).toEqual({ upload: 'Tổng hợp tháng 11.docx', size: 10 });
    expect(photo.photo).toBe('https://example.invalid/p.jpg');
  });

  it('edit: "not modified" keeps the ref; a message that cannot be found is sent anew', async () => {
    const [ref] = await adapter.send('3007', { type: 'text', text: 'Tiến độ 50%' });
    expect(await adapter.edit('3007', ref!, { type: 'text', text: 'Tiến độ 50%' })).toEqual(ref);
    const fresh = await adapter.edit('3007', { messageId: '999999' }, { type: 'text', text: 'Tiến độ 100%' });
    expect(fresh.messageId).not.toBe('999999');
    expect(fake.messages.filter((m) => m.chatId === '3007').map((m) => m.text)).toEqual(['Tiến độ 50%', 'Tiến độ 100%']);
  });

  it('getBotInfo asks getMe once', async () => {
    const me = await adapter.getBotInfo();
    await adapter.getBotInfo();
    expect(me.username).toBe('dlxh_test_bot');
    expect(fake.calls.filter((c) => c.method === 'getMe')).toHaveLength(1);
  });
});

describe('the bot token never leaks into errors', () => {
  it('network failures on send and on setup mention neither the token nor the URL', async () => {
    const token = '999888:SECRET_token-value';
    const dead = `http://127.0.0.1:${await freePort()}`;
    const adapter = createTelegramAdapter({ token, apiRoot: dead, logger: silentLogger, requestTimeoutSeconds: 5 });
    const sendErr = await rejection(adapter.send('1', { type: 'text', text: 'x' }));
    const setupErr = (await adapter.setWebhook('https://x.invalid/h', 'sec_ret').then(
      () => null,
      (e: unknown) => e,
    )) as Error;
    expect(sendErr?.failure).toBe('transient');
    expect(setupErr).toBeInstanceOf(TelegramSetupError);
    for (const e of [sendErr!, setupErr]) {
      const dump = JSON.stringify(e, Object.getOwnPropertyNames(e)) + String(e.stack) + JSON.stringify(e.cause ?? null);
      expect(dump).not.toContain('SECRET_token');
      expect(dump).not.toContain('sec_ret');
    }
  });
});

describe('JSON calls straight on undici (bot/channels/telegram/json-call.ts, issue 16)', () => {
  it('keep connections alive, send what grammY sent, and give up on a silent Bot API after the timeout as transient', async () => {
    const connections: Socket[] = [];
    const unanswered: Socket[] = [];
    const bodies: string[] = [];
    let answer = true;
    const server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        bodies.push(`${req.headers['content-type']} ${req.url} ${body}`);
        if (!answer) return void unanswered.push(req.socket);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ ok: true, result: { message_id: 7, date: 0, chat: { id: 1, type: 'private' } } }));
      });
    });
    server.on('connection', (s: Socket) => connections.push(s));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const apiRoot = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const adapter = createTelegramAdapter({ token: '1:t', apiRoot, logger: silentLogger, requestTimeoutSeconds: 1 });
    try {
      for (let i = 0; i < 20; i++) expect(await adapter.send('1', { type: 'text', text: `số ${i}` })).toEqual([{ messageId: '7' }]);
      expect(connections.length).toBeLessThanOrEqual(2);
      expect(bodies[0]).toBe('application/json /bot1:t/sendMessage {"chat_id":"1","text":"số 0"}');

      answer = false;
      const started = Date.now();
      const err = await rejection(adapter.send('1', { type: 'text', text: 'không ai trả lời' }));
      expect(err?.failure).toBe('transient');
      expect(Date.now() - started).toBeLessThan(4_000);
      // The abandoned request's connection is dropped, not left waiting for an answer.
      expect(unanswered).toHaveLength(1);
      await expect.poll(() => unanswered[0]!.destroyed, { timeout: 2_000 }).toBe(true);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
