import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, like } from 'drizzle-orm';
import { hotSpots, outbox } from '../../db/schema/index.js';
import { handleCreated, handleDeadline } from '../../core/hot-spots/escalation.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventsOf, raiseAlert, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
const env = testEnv(testConfig({ BURST_ALERTS: '3', BURST_WINDOW_MINUTES: '30' }));

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã');
  await addPerson(t.db, tree.otherCommune, 'official', 'Cán bộ xã khác');
  await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
});
afterAll(async () => t?.close());

describe('burst rule', () => {
  it('BURST_ALERTS alerts from one unit within the window go one level up at once, each once', async () => {
    const reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV');
    const elsewhere = await addPerson(t.db, tree.otherCommune, 'collaborator', 'CTV khác');
    const created = async (p: { id: string }, unit: string) => {
      const a = await raiseAlert(t.db, p, unit, 2);
      return { ...a, out: await t.db.transaction((tx) => handleCreated(tx, env, a.hotSpotId)) };
    };
    const first = await created(reporter, tree.commune);
    await created(elsewhere, tree.otherCommune); // another unit: does not count
    const second = await created(reporter, tree.commune);
    expect(second.out).toMatchObject({ kind: 'entered', step: 0, unitId: tree.commune });
    const third = await created(reporter, tree.commune);
    expect(third.out).toMatchObject({ kind: 'entered', step: 1, unitId: tree.province });
    expect((await eventsOf(t.db, third.hotSpotId)).find((e) => e.kind === 'escalated')?.data).toMatchObject({ reason: 'burst', count: 3 });

    // The earlier two get a burst job due now, and escalate when it runs — once.
    const jobs = await t.db.select().from(outbox).where(like(outbox.jobId, 'hs-burst-%'));
    expect(jobs.map((j) => j.jobId).sort()).toEqual([`hs-burst-${first.hotSpotId}`, `hs-burst-${second.hotSpotId}`].sort());
    for (const j of jobs) {
      const payload = j.payload as { hotSpotId: string; step: number; reason: 'burst' };
      expect(payload.reason).toBe('burst');
      expect(await t.db.transaction((tx) => handleDeadline(tx, env, payload, new Date()))).toMatchObject({ kind: 'entered', step: 1 });
      expect(await t.db.transaction((tx) => handleDeadline(tx, env, payload, new Date()))).toEqual({ kind: 'noop', why: 'stale' });
    }
    const [f] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, first.hotSpotId));
    expect(f).toMatchObject({ levelUnitId: tree.province, escalationStep: 1 });
  });
});
