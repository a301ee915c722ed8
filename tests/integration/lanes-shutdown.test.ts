import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { sends } from '../../db/schema/index.js';
import type { ChannelAdapter } from '../../core/kernel/channel.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { queueMessage, sendJobId } from '../../core/delivery/sends.js';
import { createSendProcessor } from '../../workers/jobs/delivery/send-lane.js';
import { startWorkers } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { createRecordingChannel } from '../helpers/recording-channel.js';
import { addPerson, seedTree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.close());

describe('worker shutdown', () => {
  it('stops within WORKER_SHUTDOWN_MS even with a send hanging, and a later worker re-sends only that in-flight message', async () => {
    const tree = await seedTree(t.db);
    const p = await addPerson(t.db, tree.commune, 'collaborator', 'A');
    let called = 0;
    const hanging: ChannelAdapter = { ...createRecordingChannel('sandbox'), send: () => (called++, new Promise(() => {})) };
    const config = testConfig({ WORKER_SHUTDOWN_MS: '300', OUTBOX_POLL_MS: '50' });
    const prefix = testQueuePrefix();
    const first = await startWorkers({ db: t.db, config, redisUrl: testRedisUrl(), channels: { sandbox: hanging }, logger: silentLogger, prefix });
    const q = (await t.db.transaction((tx) =>
      queueMessage(tx, { purpose: 'shutdown-1', personId: p.id, message: { type: 'text', text: 'x' }, lane: 'interactive' }),
    ))!;
    first.relay.poke();
    await waitFor(() => called === 1, { timeout: 10_000, what: 'the send to start' });
    await first.stop(); // would never return without the deadline: the send never settles
    const [row] = await t.db.select().from(sends).where(eq(sends.id, q.sendId));
    expect(row?.state).toBe('sending');

    // BullMQ hands the stalled job (same id) to the next worker after its lock expires; that worker
    // re-sends the in-flight message once, and any further delivery of the job sends nothing.
    const channel = createRecordingChannel('sandbox');
    const next = createSendProcessor({ db: t.db, channels: { sandbox: channel }, logger: silentLogger });
    const job = { id: sendJobId(q.sendId, 'sandbox'), data: { sendId: q.sendId }, opts: { attempts: 8 }, attemptsMade: 0 } as never;
    expect(await next(job, { rateLimit: async () => {} })).toBe('sent');
    expect(await next(job, { rateLimit: async () => {} })).toBe('skipped');
    expect(channel.to(p.accountId)).toHaveLength(1);
  });
});
