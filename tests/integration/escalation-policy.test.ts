import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { auditLog, hotSpots, units } from '../../db/schema/index.js';
import { loadEscalationMinutes, PolicyError, setEscalationPolicy } from '../../core/hot-spots/escalation-policy.js';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { NotFoundError } from '../../core/kernel/errors.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { raiseAlert, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
});
afterAll(async () => t?.close());

describe('escalation policy per unit', () => {
  it('is inherited down the tree, overridable per unit, and audited', async () => {
    expect(await loadEscalationMinutes(t.db, tree.commune, 4)).toBe(10);
    await setEscalationPolicy(t.db, tree.codes.province, 4, 5, null);
    expect(await loadEscalationMinutes(t.db, tree.commune, 4)).toBe(5);
    expect(await loadEscalationMinutes(t.db, tree.root, 4)).toBe(10);
    expect(await setEscalationPolicy(t.db, tree.codes.commune, 3, null)).toEqual({ '3': null });
    expect(await loadEscalationMinutes(t.db, tree.commune, 3)).toBeNull();
    await setEscalationPolicy(t.db, tree.codes.commune, 3, 'inherit');
    expect(await loadEscalationMinutes(t.db, tree.commune, 3)).toBe(30);
    const [last] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(last).toMatchObject({ action: 'unit.escalation_policy', outcome: 'ok', details: { unitCode: tree.codes.commune, severity: 3, minutes: 'inherit' } });
    const [prov] = await t.db.select().from(units).where(eq(units.id, tree.province));
    expect(prov?.escalationPolicy).toEqual({ '4': 5 });
  });

  it('refuses bad input clearly and writes nothing', async () => {
    await expect(setEscalationPolicy(t.db, tree.codes.root, 5, 10)).rejects.toBeInstanceOf(PolicyError);
    await expect(setEscalationPolicy(t.db, tree.codes.root, 4, 0)).rejects.toBeInstanceOf(PolicyError);
    await expect(setEscalationPolicy(t.db, 'KHONG-CO', 4, 10)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('decides the deadline the officials get; watch-only alerts notify without one', async () => {
    const now = new Date('2026-11-22T08:00:00Z');
    const env = testEnv(testConfig({ BURST_ALERTS: '50' }), () => now);
    const reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV');
    await addPerson(t.db, tree.commune, 'official', 'Cán bộ');
    const urgent = await raiseAlert(t.db, reporter, tree.commune, 4);
    await t.db.transaction((tx) => handleCreated(tx, env, urgent.hotSpotId));
    const [u] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, urgent.hotSpotId));
    expect(u!.ackDeadline).toEqual(new Date('2026-11-22T08:05:00Z'));
    const watch = await raiseAlert(t.db, reporter, tree.commune, 1);
    expect(await t.db.transaction((tx) => handleCreated(tx, env, watch.hotSpotId))).toMatchObject({ kind: 'entered', notified: 1, deadline: null });
  });
});
