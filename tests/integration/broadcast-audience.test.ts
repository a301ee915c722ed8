import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, channelAccounts, people } from '../../db/schema/index.js';
import { countAudience, iterateAudience, resolveAudienceRoot } from '../../core/people/audience.js';
import { ScopeError } from '../../core/kernel/errors.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addPerson, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';

let t: TestDatabase;
let tree: Province;
let provincial: PersonRef;
let district: PersonRef;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 2, 2);
  provincial = await addPerson(t.db, tree.root, 'official', 'Cán bộ tỉnh', { channel: 'telegram' });
  district = await addPerson(t.db, tree.districts[0]!, 'official', 'Cán bộ huyện', { channel: 'zalo' });
  // 40 collaborators over the four communes (10 each): sectors alternate, strata in threes.
  await seedPeople(t.db, tree.communes, 40, { channel: 'telegram', sectors: ['Giáo dục', 'Y tế'], strata: ['Nông dân', 'Công nhân', 'Trí thức'] });
  await seedPeople(t.db, tree.communes, 4, { channel: null });
  await seedPeople(t.db, tree.communes, 4, { channel: 'telegram', status: 'suspended' });
});
afterAll(async () => t?.close());

describe('core/audience', () => {
  it('a subtree: every active person below the root, no one else', async () => {
    const root = await resolveAudienceRoot(t.db, provincial, tree.districts[0]!.id, 'test');
    const c = await countAudience(t.db, root, {});
    // District 1 = its two communes (2 × 10, + 2 without any account) + its official.
    expect(c.total).toBe(20 + 2 + 1);
    expect(c.byChannel).toEqual({ telegram: 20, zalo: 1 });
    expect(c.unreachable).toBe(2);
    expect(c.byUnit.map((u) => u.count).sort()).toEqual([1, 11, 11]);
    expect(c.byUnit.find((u) => u.unitId === tree.districts[0]!.id)?.unitName).toBe(tree.districts[0]!.name);
  });

  it('filters by sector, stratum and role combine', async () => {
    const root = await resolveAudienceRoot(t.db, provincial, tree.root.id, 'test');
    expect((await countAudience(t.db, root, { sectors: ['Y tế'] })).total).toBe(20);
    expect((await countAudience(t.db, root, { strata: ['Nông dân'] })).total).toBe(14);
    expect((await countAudience(t.db, root, { sectors: ['Y tế'], strata: ['Nông dân'] })).total).toBe(7);
    expect((await countAudience(t.db, root, { roles: ['official'] })).total).toBe(2);
    expect((await countAudience(t.db, root, {})).total).toBe(40 + 4 + 2);
  });

  it('the keyset walk yields every member once, in batches, never more than the batch size', async () => {
    const root = await resolveAudienceRoot(t.db, provincial, tree.root.id, 'test');
    const seen: string[] = [];
    let batches = 0;
    for await (const batch of iterateAudience(t.db, root, { roles: ['collaborator'] }, 7)) {
      expect(batch.length).toBeLessThanOrEqual(7);
      batches++;
      seen.push(...batch.map((m) => m.personId));
    }
    expect(seen).toHaveLength(44);
    expect(new Set(seen).size).toBe(44);
    expect([...seen].sort()).toEqual(seen);
    expect(batches).toBe(7);
  });

  it('a root outside the official’s subtree is refused and the refusal audited', async () => {
    await expect(resolveAudienceRoot(t.db, district, tree.districts[1]!.id, 'poll.create')).rejects.toBeInstanceOf(ScopeError);
    await expect(resolveAudienceRoot(t.db, district, tree.root.id, 'poll.create')).rejects.toBeInstanceOf(ScopeError);
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, district.id), eq(auditLog.action, 'poll.create')));
    expect(refused.map((r) => [r.outcome, r.targetId])).toEqual([
      ['refused', tree.districts[1]!.id],
      ['refused', tree.root.id],
    ]);
    expect((await resolveAudienceRoot(t.db, district, tree.communes[0]!.id, 'poll.create')).unitId).toBe(tree.communes[0]!.id);
  });

  it('an account marked unreachable does not count as a channel', async () => {
    await t.db.update(channelAccounts).set({ status: 'unreachable' }).where(eq(channelAccounts.personId, district.id));
    const root = await resolveAudienceRoot(t.db, provincial, tree.districts[0]!.id, 'test');
    const c = await countAudience(t.db, root, { roles: ['official'] });
    expect(c).toMatchObject({ total: 1, byChannel: {}, unreachable: 1 });
    await t.db.update(channelAccounts).set({ status: 'active' }).where(eq(channelAccounts.personId, district.id));
    expect((await t.db.select().from(people).where(eq(people.id, district.id)))[0]?.status).toBe('active');
  });
});
