import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../bot/main.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { startFakeZaloBot, type FakeZaloBot } from '../helpers/fake-zalo-bot.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Issue 12 item 4, through the whole bot (long polling, intake, reply): the official getUpdates
 * sample has no `event_name`; a person writing to the bot in that shape gets an answer.
 */
let t: TestDatabase;
let fake: FakeZaloBot;
let sys: Awaited<ReturnType<typeof main>>;
const sample = JSON.parse(readFileSync(new URL('../fixtures/zalobot/getUpdates.sample.json', import.meta.url), 'utf8')) as {
  result: { message: { chat: { id: string } } };
};

beforeAll(async () => {
  t = await createTestDatabase();
  fake = await startFakeZaloBot();
  sys = await main(
    {
      DATABASE_URL: t.url ?? '',
      DATA_DIR: await mkdtemp(join(tmpdir(), 'dlxh-zb-')),
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: testQueuePrefix(),
      ZALO_MODE: 'bot',
      ZALO_BOT_TOKEN: fake.token,
      ZALO_BOT_API_ROOT: fake.url,
      ZALO_BOT_POLL_TIMEOUT_SECONDS: '1',
      SANDBOX: 'off',
      PORT: '0',
      LOG_LEVEL: 'silent',
      OUTBOX_POLL_MS: '50',
    },
    { database: t },
  );
});
afterAll(async () => {
  await sys?.stop();
  await fake?.close();
  await t.close();
});

describe('Zalo Bot: the official getUpdates sample', () => {
  it('gets a reply in Vietnamese', async () => {
    fake.pushUpdate(sample.result);
    const chat = sample.result.message.chat.id;
    const reply = await waitFor(() => fake.sends.find((s) => s.chatId === chat));
    expect(reply.text).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
  });
});
