import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../core/kernel/messages.js';
import { updates } from '../../testkit/fake-telegram.js';
import { runAdapterContract } from './adapter-contract.js';
import { createTelegramHarness, WEBHOOK_PATH, WEBHOOK_SECRET, type TelegramHarness } from './telegram-harness.js';
import { waitFor } from '../helpers/wait.js';

runAdapterContract('telegram (webhook)', () => createTelegramHarness('webhook'));
runAdapterContract('telegram (long polling)', () => createTelegramHarness('polling'));

describe('telegram webhook route', () => {
  let h: TelegramHarness;
  let url: string;
  beforeAll(async () => {
    h = await createTelegramHarness('webhook');
    url = `${h.serverUrl}${WEBHOOK_PATH}`;
  });
  afterAll(() => h.close());

  const post = (body: string, headers: Record<string, string> = { 'x-telegram-bot-api-secret-token': WEBHOOK_SECRET }) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('registered the route with Telegram, secret included', () => {
    expect(h.fake.webhook).toEqual({ url, secret: WEBHOOK_SECRET });
  });

  it('refuses a missing or wrong secret with 401 and never reaches the engine', async () => {
    const before = h.received.length;
    const update = JSON.stringify({ update_id: 1, ...updates.text('1001', 'giả mạo') });
    expect((await post(update, {})).status).toBe(401);
    expect((await post(update, { 'x-telegram-bot-api-secret-token': `${WEBHOOK_SECRET}x` })).status).toBe(401);
    expect((await h.fake.deliverWebhook(updates.text('1001', 'giả mạo'), 'wrong')).status).toBe(401);
    expect(h.received.length).toBe(before);
  });

  it('answers 400 to a body that is not JSON or not an update', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post(JSON.stringify({ update_id: 'x' }))).status).toBe(400);
  });

  it('answers 200 and ignores group chats and unknown update kinds', async () => {
    const before = h.received.length;
    const group = {
      update_id: 5,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: -100123, type: 'supergroup', title: 'g' },
        from: { id: 1002, is_bot: false, first_name: 'A' },
        text: 'hi',
      },
    };
    expect((await post(JSON.stringify(group))).status).toBe(200);
    expect((await post(JSON.stringify({ update_id: 6, poll_answer: { poll_id: '1' } }))).status).toBe(200);
    expect(h.received.length).toBe(before);
  });

  it('answers only after the engine finished with the update', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const order: string[] = [];
    h.setHandler(async () => {
      order.push('handler started');
      await gate;
      order.push('handler done');
    });
    const response = h.fake.deliverWebhook(updates.text('1003', 'chờ commit')).then((r) => {
      order.push(`responded ${r.status}`);
    });
    await waitFor(() => order.length > 0, { what: 'the handler to start' });
    release();
    await response;
    expect(order).toEqual(['handler started', 'handler done', 'responded 200']);
  });

  it('answers 500 when the engine fails (Telegram redelivers) and still answers the callback query', async () => {
    let calls = 0;
    h.setHandler(async () => {
      calls++;
      if (calls === 1) throw new Error('database down');
    });
    const first = await h.fake.deliverWebhook(updates.callback('1004', 'c:ack'));
    expect(first.status).toBe(500);
    const answered = () => h.fake.callsOf('answerCallbackQuery').filter((p) => p.callback_query_id === (first.update.callback_query as { id: string }).id);
    expect(answered()).toHaveLength(1);
    const again = await h.fake.deliverWebhook(first.update);
    expect(again.status).toBe(200);
    expect(calls).toBe(2);
  });

  it('a redelivery that fails again for good is answered 200 (skipped); while the database is away it stays 500', async () => {
    const dataError = Object.assign(new Error('Failed query'), { cause: Object.assign(new Error('x'), { code: '22P05', name: 'PostgresError' }) });
    h.setHandler(async () => {
      throw dataError;
    });
    const first = await h.fake.deliverWebhook(updates.text('1006', 'hỏng'));
    expect(first.status).toBe(500);
    expect((await h.fake.deliverWebhook(first.update)).status).toBe(200);
    const down = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    h.setHandler(async () => {
      throw down;
    });
    const other = await h.fake.deliverWebhook(updates.text('1007', 'chờ'));
    for (let i = 0; i < 4; i++) expect((await h.fake.deliverWebhook(other.update)).status).toBe(500);
    expect(other.status).toBe(500);
  });

  it('answers every callback query after a successful handler too', async () => {
    const seen: InboundMessage[] = [];
    h.setHandler(async (m) => {
      seen.push(m);
    });
    const { update } = await h.fake.deliverWebhook(updates.callback('1005', 'c:2'));
    const id = (update.callback_query as { id: string }).id;
    expect(seen[0]?.payload).toEqual({ type: 'choice', data: 'c:2' });
    expect(h.fake.callsOf('answerCallbackQuery').some((p) => p.callback_query_id === id)).toBe(true);
  });

  it('hands my_chat_member block / unblock to the engine as events', async () => {
    const seen: InboundMessage[] = [];
    h.setHandler(async (m) => {
      seen.push(m);
    });
    await h.fake.deliverWebhook(updates.memberStatus('1006', 'kicked'));
    await h.fake.deliverWebhook(updates.memberStatus('1006', 'member'));
    expect(seen.map((m) => m.payload)).toEqual([
      { type: 'event', event: 'blocked' },
      { type: 'event', event: 'unblocked' },
    ]);
  });
});

describe('telegram long polling', () => {
  let h: TelegramHarness;
  beforeAll(async () => {
    h = await createTelegramHarness('polling');
  });
  afterAll(() => h.close());

  it('handles updates one at a time, in order, retrying a failed one before moving on', async () => {
    const log: string[] = [];
    let failedOnce = false;
    let inFlight = 0;
    h.setHandler(async (m) => {
      inFlight++;
      expect(inFlight).toBe(1);
      const text = m.payload.type === 'text' ? m.payload.text : '?';
      log.push(text);
      await new Promise((r) => setImmediate(r));
      inFlight--;
      if (text === 'hai' && !failedOnce) {
        failedOnce = true;
        throw new Error('transient database error');
      }
    });
    for (const t of ['một', 'hai', 'ba']) h.fake.pushUpdate(updates.text('2001', t));
    await waitFor(() => log.length >= 4, { what: 'four handler runs' });
    expect(log).toEqual(['một', 'hai', 'hai', 'ba']);
  });

  it('confirms the offset on stop, so a restart does not see handled updates again', async () => {
    const seen: string[] = [];
    h.setHandler(async (m) => {
      seen.push(m.updateKey);
    });
    const u = h.fake.pushUpdate(updates.text('2002', 'xác nhận'));
    await waitFor(() => seen.includes(String(u.update_id)), { what: 'the update' });
    await h.adapter.stop();
    expect(h.fake.pendingUpdates()).toBe(0);
    await h.adapter.start(async (m) => {
      seen.push(m.updateKey);
    });
    const v = h.fake.pushUpdate(updates.text('2002', 'sau khởi động lại'));
    await waitFor(() => seen.includes(String(v.update_id)), { what: 'the next update' });
    expect(seen.filter((k) => k === String(u.update_id))).toHaveLength(1);
  });

  it('start() removes a webhook first (getUpdates would answer 409 otherwise)', async () => {
    await h.adapter.stop();
    await h.adapter.setWebhook('https://example.invalid/hook', 'abc');
    expect(h.fake.webhook).not.toBeNull();
    const seen: string[] = [];
    await h.adapter.start(async (m) => {
      seen.push(m.updateKey);
    });
    expect(h.fake.webhook).toBeNull();
    const u = h.fake.pushUpdate(updates.text('2003', 'sau webhook'));
    await waitFor(() => seen.includes(String(u.update_id)), { what: 'the update after webhook removal' });
  });
});
