import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { channelAccounts, hotSpots, outbox, sends } from '../../db/schema/index.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { laneQueueName, queueMessage, SEND_JOB, sendJobId } from '../../core/delivery/sends.js';
import { releaseOnInbound } from '../../core/delivery/window.js';
import { createSendProcessor } from '../../workers/jobs/delivery/send-lane.js';
import { startWorkers, type WorkersHandle } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { createRecordingChannel } from '../helpers/recording-channel.js';
import { eventsOf, raiseAlert } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { waitFor } from '../helpers/wait.js';

let t: TestDatabase;
let tree: Tree;
let workers: WorkersHandle;
const sandbox = createRecordingChannel('sandbox');
const telegram = createRecordingChannel('telegram');
const config = testConfig({ ESCALATION_TIME_SCALE: '0.05', OUTBOX_POLL_MS: '50', BURST_ALERTS: '50' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  workers = await startWorkers({
    db: t.db,
    config,
    redisUrl: testRedisUrl(),
    channels: { sandbox, telegram },
    logger: silentLogger,
    prefix: testQueuePrefix(),
  });
});
afterAll(async () => {
  await workers?.stop();
  await t?.close();
});

const text = (s: string) => ({ type: 'text' as const, text: s });
const rowOf = async (id: number) => (await t.db.select().from(sends).where(eq(sends.id, id)))[0]!;

async function queue(personId: string, purpose: string, lane: 'interactive' | 'bulk' = 'interactive') {
  const q = await t.db.transaction((tx) => queueMessage(tx, { purpose, personId, message: text(`tin ${purpose}`), lane }));
  workers.relay.poke();
  return q!;
}

describe('send lanes and the outbound ledger', () => {
  it('one row per (purpose, person, part); a re-run of the job for a sent row does nothing', async () => {
    const p = await addPerson(t.db, tree.commune, 'collaborator', 'A');
    const first = await queue(p.id, 'lane-once');
    const again = await queue(p.id, 'lane-once');
    expect(again).toEqual({ ...first, created: false });
    const jobs = await t.db
      .select()
      .from(outbox)
      .where(like(outbox.jobId, `send-${first.sendId}-%`));
    expect(jobs.map((j) => [j.queue, j.name, j.jobId, j.payload])).toEqual([
      [laneQueueName('interactive', 'sandbox'), SEND_JOB, sendJobId(first.sendId, 'sandbox'), { sendId: first.sendId }],
    ]);
    await waitFor(async () => (await rowOf(first.sendId)).state === 'sent', { timeout: 10_000, what: 'sent' });
    // Redelivered job (stalled worker, re-added id): claimed nothing, sent nothing.
    const rerun = createSendProcessor({ db: t.db, channels: { sandbox }, logger: silentLogger });
    expect(await rerun({ data: { sendId: first.sendId }, opts: {}, attemptsMade: 0 } as never, { rateLimit: async () => {} })).toBe('skipped');
    expect(sandbox.to(p.accountId)).toHaveLength(1);
  });

  it('rate_limited waits and retries without counting as a failure; transient errors retry with backoff', async () => {
    const p = await addPerson(t.db, tree.commune, 'collaborator', 'B');
    sandbox.failWith(p.accountId, 'rate_limited', { times: 1, retryAfterMs: 100 });
    const q1 = await queue(p.id, 'lane-429');
    await waitFor(async () => (await rowOf(q1.sendId)).state === 'sent', { timeout: 10_000, what: 'sent after 429' });
    const job = await workers.queueSet.get('send-interactive-sandbox').getJob(`send-${q1.sendId}-sandbox`);
    // Two calls reached the platform, but only the successful one counts as an attempt: the 429 was no failure.
    expect(sandbox.attempts(p.accountId)).toBe(2);
    expect(job?.attemptsMade).toBe(1);
    expect(job?.failedReason).toBeUndefined();

    const p2 = await addPerson(t.db, tree.commune, 'collaborator', 'C');
    sandbox.failWith(p2.accountId, 'transient', { times: 2 });
    const q2 = await queue(p2.id, 'lane-5xx');
    await waitFor(async () => (await rowOf(q2.sendId)).state === 'sent', { timeout: 15_000, what: 'sent after retries' });
    expect(sandbox.attempts(p2.accountId)).toBe(3);
    expect(sandbox.to(p2.accountId)).toHaveLength(1);
  });

  it('unreachable marks the account and moves the row to the person’s next channel', async () => {
    const p = await addPerson(t.db, tree.commune, 'collaborator', 'D', { accounts: ['sandbox', 'telegram'] });
    sandbox.failWith(p.accountId, 'unreachable');
    const q = await queue(p.id, 'lane-blocked');
    await waitFor(async () => (await rowOf(q.sendId)).state === 'sent', { timeout: 10_000, what: 'sent on telegram' });
    const row = await rowOf(q.sendId);
    expect(row).toMatchObject({ channel: 'telegram', triedChannels: ['sandbox'] });
    expect(telegram.to(`${p.accountId}-telegram`)).toHaveLength(1);
    const [acc] = await t.db.select().from(channelAccounts).where(eq(channelAccounts.externalId, p.accountId));
    expect(acc).toMatchObject({ status: 'unreachable', unreachableReason: 'simulated unreachable' });
  });

  it('out_of_window parks the row as waiting_window until the person writes again', async () => {
    const p = await addPerson(t.db, tree.commune, 'collaborator', 'E');
    sandbox.failWith(p.accountId, 'out_of_window');
    const q = await queue(p.id, 'lane-window', 'bulk');
    await waitFor(async () => (await rowOf(q.sendId)).state === 'waiting_window', { timeout: 10_000, what: 'waiting_window' });
    sandbox.failWith(p.accountId, 'out_of_window', { times: 0 });
    expect(await t.db.transaction((tx) => releaseOnInbound(tx, p.id, { channel: 'sandbox', accountId: p.accountId }))).toBe(1);
    workers.relay.poke();
    await waitFor(async () => (await rowOf(q.sendId)).state === 'sent', { timeout: 10_000, what: 'sent after release' });
  });

  it('a notification the official can never receive escalates past that level at once', async () => {
    const tree2 = await seedTree(t.db);
    const reporter = await addPerson(t.db, tree2.commune, 'collaborator', 'CTV');
    const official = await addPerson(t.db, tree2.commune, 'official', 'Cán bộ xã đã chặn bot');
    const province = await addPerson(t.db, tree2.province, 'official', 'Cán bộ tỉnh');
    sandbox.failWith(official.accountId, 'unreachable');
    const { hotSpotId } = await raiseAlert(t.db, reporter, tree2.commune, 2); // 2 h × 0.05 = 6 min: only the failure can move it
    await sandbox.waitFor((s) => s.some((m) => m.accountId === province.accountId));
    const events = await eventsOf(t.db, hotSpotId);
    expect(events.find((e) => e.kind === 'level_skipped')).toMatchObject({ unitId: tree2.commune, data: { step: 0, reason: 'unreachable' } });
    expect(events.find((e) => e.kind === 'escalated')).toMatchObject({ data: { reason: 'unreachable', toStep: 1 } });
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId));
    expect(hs).toMatchObject({ levelUnitId: tree2.province, escalationStep: 1 });
    const failed = (await t.db.select().from(sends).where(eq(sends.personId, official.id)))[0];
    expect(failed).toMatchObject({ state: 'unreachable', error: 'unreachable' });
  });
});
