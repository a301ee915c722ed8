import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { channelAccounts, hotSpots, outbox, sends } from '../../db/schema/index.js';
import { handleCreated, handleDeadline, stepPurpose } from '../../core/hot-spots/escalation.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { hotspotDeadlineJob } from '../../workers/jobs/hot-spots/deadline.js';
import { startWorkers } from '../../workers/start.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { captureLogs } from '../helpers/log-capture.js';
import { createRecordingChannel } from '../helpers/recording-channel.js';
import { waitFor } from '../helpers/wait.js';
import { freePort } from '../../testkit/services.js';
import { eventsOf, raiseAlert, redisOnPort, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
const who: Record<string, PersonRef> = {};
const config = testConfig({ ESCALATION_TIME_SCALE: '0.002', OUTBOX_POLL_MS: '50', BURST_ALERTS: '50' });

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.commune = await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã');
  who.province = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  who.root = await addPerson(t.db, tree.root, 'official', 'Chuyên viên TW');
});
afterAll(async () => t?.close());

const escalations = async (id: string) => (await eventsOf(t.db, id)).filter((e) => e.kind === 'escalated');

describe('escalation under faults', () => {
  it('Redis stopped while an alert is created: nothing is lost, it escalates once Redis is back', async () => {
    const port = await freePort();
    let redis = await redisOnPort(port);
    const channel = createRecordingChannel('sandbox');
    const logs = captureLogs('warn');
    const workers = await startWorkers({
      db: t.db,
      config,
      redisUrl: redis.url,
      channels: { sandbox: channel },
      logger: logs.logger,
      prefix: testQueuePrefix(),
    });
    try {
      await workers.queueSet.get('alerts').waitUntilReady();
      await redis.stop();
      const { hotSpotId } = await raiseAlert(t.db, who.reporter!, tree.commune, 4);
      // A relay round with Redis down fails and leaves the job in Postgres (the relay keeps trying).
      await waitFor(() => logs.entries().some((e) => String(e.msg).startsWith('outbox relay round failed')), { timeout: 15_000, what: 'a failed relay round' });
      const [row] = await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, `hs-created-${hotSpotId}`));
      expect(row?.relayedAt).toBeNull();
      expect(channel.sent).toHaveLength(0);

      redis = await redisOnPort(port);
      await channel.waitFor((s) => s.some((m) => m.accountId === who.commune!.accountId), 20_000);
      await channel.waitFor((s) => s.some((m) => m.accountId === who.province!.accountId), 20_000);
      expect(channel.to(who.commune!.accountId)).toHaveLength(1);
      expect((await escalations(hotSpotId)).length).toBeGreaterThanOrEqual(1);
      await t.db.update(hotSpots).set({ status: 'resolved' }).where(eq(hotSpots.id, hotSpotId));
    } finally {
      await workers.stop();
      await redis.stop();
    }
  });

  it('two worker processes on one Redis + Postgres escalate each step once', async () => {
    const channel = createRecordingChannel('sandbox');
    const prefix = testQueuePrefix();
    const start = () => startWorkers({ db: t.db, config, redisUrl: testRedisUrl(), channels: { sandbox: channel }, logger: silentLogger, prefix });
    const [a, b] = [await start(), await start()];
    try {
      const { hotSpotId } = await raiseAlert(t.db, who.reporter!, tree.commune, 4);
      await channel.waitFor((s) => s.some((m) => m.accountId === who.root!.accountId && m.text.includes('Chuyển lên')), 20_000);
      await t.db.update(hotSpots).set({ status: 'resolved' }).where(eq(hotSpots.id, hotSpotId));
      const steps = (await escalations(hotSpotId)).map((e) => (e.data as { toStep: number }).toStep);
      expect(steps).toEqual([1, 2]);
      for (const p of [who.commune!, who.province!, who.root!])
        expect(channel.to(p.accountId).filter((m) => m.buttons.includes(`h:${hotSpotId}:ack`))).toHaveLength(1);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it('a worker killed mid-job (transaction never committed) and the job run again: the escalation happens once', async () => {
    const env = testEnv(config);
    const { hotSpotId } = await raiseAlert(t.db, who.reporter!, tree.commune, 4);
    await t.db.transaction((tx) => handleCreated(tx, env, hotSpotId));
    // The killed worker: the escalation ran inside its transaction, which died before commit.
    await expect(
      t.db.transaction(async (tx) => {
        await handleDeadline(tx, env, { hotSpotId, step: 0 }, new Date());
        throw new Error('SIGKILL');
      }),
    ).rejects.toThrow('SIGKILL');
    expect(await escalations(hotSpotId)).toHaveLength(0);
    // BullMQ hands the stalled job to another worker, and a duplicate delivery races it.
    const ctx = { db: t.db, env, logger: silentLogger, afterCommit: () => {} };
    const runs = await Promise.all([0, 1, 2].map(() => hotspotDeadlineJob.run(ctx, { hotSpotId, step: 0 }, undefined as never)));
    expect(runs.filter((r) => r === 'entered')).toHaveLength(1);
    expect(runs.filter((r) => r === 'noop')).toHaveLength(2);
    expect(await escalations(hotSpotId)).toHaveLength(1);
    const provinceSends = await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.purpose, stepPurpose(hotSpotId, 1)), eq(sends.personId, who.province!.id)));
    expect(provinceSends).toHaveLength(1);
    const deadlines = await t.db
      .select()
      .from(outbox)
      .where(like(outbox.jobId, `hs-deadline-${hotSpotId}-%`));
    expect(deadlines.map((d) => d.jobId).sort()).toEqual([`hs-deadline-${hotSpotId}-0`, `hs-deadline-${hotSpotId}-1`]);
  });

  it('an official with no reachable channel: the level is skipped at once and recorded', async () => {
    const env = testEnv(config);
    const tree2 = await seedTree(t.db);
    const reporter = await addPerson(t.db, tree2.commune, 'collaborator', 'CTV 2');
    await addPerson(t.db, tree2.commune, 'official', 'Cán bộ xã không liên lạc được', { noAccount: true });
    const blocked = await addPerson(t.db, tree2.commune, 'official', 'Cán bộ xã đã chặn bot');
    await t.db.update(channelAccounts).set({ status: 'unreachable', unreachableReason: 'blocked' }).where(eq(channelAccounts.personId, blocked.id));
    const province = await addPerson(t.db, tree2.province, 'official', 'Cán bộ tỉnh 2');
    const { hotSpotId } = await raiseAlert(t.db, reporter, tree2.commune, 3);
    const out = await t.db.transaction((tx) => handleCreated(tx, env, hotSpotId));
    expect(out).toMatchObject({ kind: 'entered', step: 1, unitId: tree2.province, notified: 1 });
    const events = await eventsOf(t.db, hotSpotId);
    expect(events.find((e) => e.kind === 'level_skipped')).toMatchObject({ unitId: tree2.commune, data: { step: 0, reason: 'unreachable' } });
    expect(events.filter((e) => e.kind === 'notified').map((e) => (e.data as { personId: string }).personId)).toEqual([province.id]);
  });
});
