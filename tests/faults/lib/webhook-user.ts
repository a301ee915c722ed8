import { setTimeout as sleep } from 'node:timers/promises';
import type { ChatUser, SeenMessage } from '../../helpers/chat-driver.js';
import { updates, type FakeTelegram, type RawUpdate } from '../../../testkit/fake-telegram.js';

/** Every update the platform sent, for the verdict: its id and the statuses it got. */
export interface SentUpdate {
  updateId: number;
  statuses: number[];
}

/**
 * Telegram in webhook mode in front of several bot processes: each update of a person goes to the
 * next bot in turn (a load balancer), every `duplicateEvery`-th one to two bots at once (a retry
 * that reached another process while the first still worked), and is retried until answered
 * 2xx. The person reads the bot's answer from the fake Bot API before doing the next thing.
 */
export function createWebhookCrowd(o: { bots: string[]; tg: FakeTelegram; secret: string; duplicateEvery: number }) {
  let nextId = 1;
  let turn = 0;
  const sent: SentUpdate[] = [];

  async function post(bot: string, update: RawUpdate): Promise<number> {
    try {
      const res = await fetch(`${bot}/telegram/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': o.secret },
        body: JSON.stringify(update),
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      return res.status;
    } catch {
      return 0;
    }
  }

  async function deliver(update: RawUpdate): Promise<void> {
    const record: SentUpdate = { updateId: nextId++, statuses: [] };
    sent.push(record);
    const full = { ...update, update_id: record.updateId };
    const first = turn++ % o.bots.length;
    const targets = record.updateId % o.duplicateEvery === 0 ? [first, (first + 1) % o.bots.length] : [first];
    for (let attempt = 0, backoff = 100; attempt < 20; attempt++, backoff = Math.min(backoff * 2, 2_000)) {
      const statuses = await Promise.all(targets.map((t) => post(o.bots[(t + attempt) % o.bots.length]!, full)));
      record.statuses.push(...statuses);
      if (statuses.some((s) => s >= 200 && s < 300)) return;
      await sleep(backoff);
    }
    throw new Error(`update ${record.updateId} never answered 2xx: ${record.statuses.join(',')}`);
  }

  const inbox = (chatId: string) => o.tg.messages.filter((m) => m.chatId === chatId);
  const view = (chatId: string, from: number): SeenMessage[] =>
    inbox(chatId)
      .slice(from)
      .map((m) => {
        const rows = ((m.replyMarkup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).flat();
        return { text: m.text, choices: rows.map((b) => ({ label: b.text, data: b.callback_data })) };
      });

  /** Sends, then waits until the answer has arrived and stopped growing. */
  async function turnOf(chatId: string, update: RawUpdate): Promise<SeenMessage[]> {
    const before = inbox(chatId).length;
    await deliver(update);
    const end = Date.now() + 30_000;
    let seen = inbox(chatId).length;
    for (let quiet = 0; quiet < 4 || seen === before;) {
      if (Date.now() > end) throw new Error(`no answer in chat ${chatId}`);
      await sleep(75);
      const now = inbox(chatId).length;
      quiet = now === seen ? quiet + 1 : 0;
      seen = now;
    }
    return view(chatId, before);
  }

  return {
    sent,
    user(chatId: string): ChatUser {
      return { send: (text) => turnOf(chatId, updates.text(chatId, text)), press: (data) => turnOf(chatId, updates.callback(chatId, data)) };
    },
  };
}
