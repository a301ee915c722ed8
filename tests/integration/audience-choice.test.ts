import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.js';
import { auditLog } from '../../db/schema/index.js';
import { audienceFilterValues, chooseAudience, countOthersInAudience, othersInAudience } from '../../core/people/audience-choice.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';

/**
 * The one audience of meetings, report requests, polls and survey campaigns (each stores a unit
 * and filters): chosen by a typed unit in the official's scope, collaborators unless roles are
 * picked, reaching everyone it selects but its author.
 */
let t: TestDatabase;
let tree: Tree;
let official: PersonRef;
let communeOfficial: PersonRef;
const collaborators: PersonRef[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh');
  communeOfficial = await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã', { sector: 'mttq', stratum: 'can_bo' });
  collaborators.push(await addPerson(t.db, tree.commune, 'collaborator', 'CTV nông dân', { sector: 'mttq', stratum: 'nong_dan' }));
  collaborators.push(await addPerson(t.db, tree.commune, 'collaborator', 'CTV công nhân', { sector: 'doan_tn', stratum: 'cong_nhan' }));
  collaborators.push(await addPerson(t.db, tree.otherCommune, 'collaborator', 'CTV xã khác', { sector: 'mttq', stratum: 'nong_dan' }));
  await addPerson(t.db, tree.commune, 'liaison', 'Đầu mối cơ quan', { sector: 'mttq' });
});
afterAll(async () => t?.close());

const asOfficial = (p: PersonRef, unitId: string) => ({ id: p.id, unitId });

describe('chooseAudience and the people it reaches', () => {
  it('a typed unit in scope, collaborators by default, empty lists no filter; the author and liaisons are never reached', async () => {
    const a = await chooseAudience(t.db, asOfficial(official, tree.province), { unitCode: tree.codes.commune, sectors: [], strata: [] }, 'test.audience');
    expect(a).toMatchObject({ ok: true, root: { unitId: tree.commune, name: 'Xã Tân Hòa' }, filters: { roles: ['collaborator'] } });
    if (!a.ok) return;
    expect(a.filters).toEqual({ roles: ['collaborator'] });
    expect(await countOthersInAudience(t.db, a.root.path, a.filters, official.id)).toBe(2);
    const everyone = await chooseAudience(t.db, asOfficial(communeOfficial, tree.commune), { roles: ['collaborator', 'official'] }, 'test.audience');
    if (!everyone.ok) throw new Error('refused');
    // Their own unit when none is typed; the commune official is the author, so not among those reached.
    const reached = rowsOf<{ person_id: string }>(await t.db.execute(othersInAudience(everyone.root.path, everyone.filters, communeOfficial.id)));
    expect(reached.map((r) => r.person_id).sort()).toEqual([collaborators[0]!.id, collaborators[1]!.id].sort());
    const narrowed = await chooseAudience(t.db, asOfficial(official, tree.province), { strata: ['nong_dan'] }, 'test.audience');
    if (!narrowed.ok) throw new Error('refused');
    expect(await countOthersInAudience(t.db, narrowed.root.path, narrowed.filters, official.id)).toBe(2);
  });

  it('an unknown unit and one outside the official’s subtree are refused; the out-of-scope one is audited', async () => {
    expect(await chooseAudience(t.db, asOfficial(official, tree.province), { unitCode: 'KHONG-CO' }, 'test.audience')).toEqual({
      ok: false,
      code: 'unknown_unit',
    });
    const out = await chooseAudience(t.db, asOfficial(communeOfficial, tree.commune), { unitCode: tree.codes.otherCommune }, 'test.audience');
    expect(out).toEqual({ ok: false, code: 'out_of_scope' });
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'test.audience'), eq(auditLog.actorId, communeOfficial.id)));
    expect(audits.map((e) => [e.outcome, e.targetId])).toEqual([['refused', tree.otherCommune]]);
  });

  it('offers the sectors and strata present in the subtree', async () => {
    expect(await audienceFilterValues(t.db, tree.commune)).toEqual({ sectors: ['doan_tn', 'mttq'], strata: ['can_bo', 'cong_nhan', 'nong_dan'] });
    expect((await audienceFilterValues(t.db, tree.province, 1)).sectors).toEqual(['doan_tn']);
  });
});
