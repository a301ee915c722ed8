import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, people, units } from '../../db/schema/index.js';
import { completenessView } from '../../core/reports/completeness-view.js';
import { findInactive } from '../../core/people/inactive.js';
import { checkPeriod, parseScopeArgs, resolveScope } from '../../core/people/official-scope.js';
import { parseIsoDate } from '../../core/kernel/periods.js';
import { defaultsFromConfig, loadUnitTree } from '../../core/people/unit-tree.js';
import { importUnits } from '../../core/people/units.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
const config = testConfig();
const env = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config) };
const d = parseIsoDate;
const root = () => ({ unitId: u.p!.id, path: u.p!.path });
const pick = (s: { rows: { name: string; expected: number; onTime: number; late: number; missing: number }[] }) =>
  Object.fromEntries(s.rows.map((r) => [r.name, [r.expected, r.onTime, r.late, r.missing]]));

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p', deadlineDay: 25 },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
    { key: 'b1', name: 'Tổ dân phố 5', parent: 'b' },
    { key: 'm', name: 'Xã Phúc Xuân (cũ)', parent: 'p' },
    { key: 'o', name: 'Tỉnh khác' },
  ]);
  await t.db.update(units).set({ status: 'merged', mergedIntoId: u.a!.id }).where(eq(units.id, u.m!.id));
  const joined = { createdAt: vn('2026-10-01T00:00:00') };
  for (const [key, unit, name] of [
    ['a1', 'a', 'An'],
    ['a2', 'a', 'Bình'],
    ['a3', 'a', 'Chi'],
    ['a4', 'a', 'Dũng'],
    ['a5', 'a', 'Giang'],
    ['b1', 'b', 'Hà'],
    ['c1', 'b1', 'Khánh'],
    ['m1', 'm', 'Lan'],
  ] as const)
    p[key] = await addPerson(t.db, u[unit]!.id, 'collaborator', name, joined);
  p.oa = await addPerson(t.db, u.a!.id, 'official', 'Cán bộ xã');
  const file = (who: string, unit: string, period: string, at: string) => fileReport(t.db, p[who]!, u[unit]!.id, periodicDraft(period), vn(at));
  await file('a1', 'a', '2026-10', '2026-10-15T09:00:00');
  await file('a1', 'a', '2026-11', '2026-11-19T09:00:00');
  await file('a2', 'a', '2026-11', '2026-11-27T09:00:00');
  await file('a5', 'a', '2026-11', '2026-11-20T09:00:00');
  await file('b1', 'b', '2026-11', '2026-11-20T23:59:00');
  // Suspended mid-period: a4 before filing (no longer expected), a5 after filing (still counts).
  await t.db.update(people).set({ status: 'suspended' }).where(eq(people.id, p.a4!.id));
  await t.db.update(people).set({ status: 'suspended' }).where(eq(people.id, p.a5!.id));
});
afterAll(async () => t?.close());

describe('completeness of a subtree', () => {
  it('counts expected, on time, late and missing per unit, merged units in their successor', async () => {
    const v = await completenessView(t.db, env, root(), { period: '2026-11' }, d('2026-11-28'));
    expect(pick(v)).toEqual({ 'Xã Tân Cương': [5, 2, 1, 2], 'Phường Gia Sàng': [2, 1, 0, 1] });
    expect(v.total).toMatchObject({ expected: 7, onTime: 3, late: 1, missing: 3, overdue: true });
    const a = v.units.find((s) => s.unitId === u.a!.id)!;
    expect(a.due).toBe('2026-11-25');
    expect(a.missingPeople.sort()).toEqual(['Chi', 'Lan']);
    expect(v.units.find((s) => s.unitId === u.b1!.id)).toMatchObject({ due: '2026-11-20', missing: 1 });
  });

  it('takes current and previous per unit cycle, and a not-yet-due period is not overdue', async () => {
    const cur = await completenessView(t.db, env, root(), 'current', d('2026-11-23'));
    expect(cur.units.map((s) => [s.name, s.period, s.overdue])).toEqual(
      expect.arrayContaining([
        ['Xã Tân Cương', '2026-11', false],
        ['Phường Gia Sàng', '2026-12', false],
      ]),
    );
    const prev = await completenessView(t.db, env, root(), 'previous', d('2026-11-23'));
    expect(prev.units.find((s) => s.unitId === u.a!.id)).toMatchObject({ period: '2026-10', onTime: 1, missing: 3 });
  });

  it('follows a unit moved mid-period: its people, reports and inherited due day go with it', async () => {
    await importUnits(t.db, [{ code: u.b1!.code, name: 'Tổ dân phố 5', kind: 'khac', parentCode: u.a!.code, deadlineDay: null }]);
    const v = await completenessView(t.db, env, root(), { period: '2026-11' }, d('2026-11-28'));
    expect(pick(v)).toEqual({ 'Xã Tân Cương': [6, 2, 1, 3], 'Phường Gia Sàng': [1, 1, 0, 0] });
    expect(v.units.find((s) => s.name === 'Tổ dân phố 5')!.due).toBe('2026-11-25');
  });

  it('lists collaborators with no report for the last N due periods', async () => {
    const tree = await loadUnitTree(t.db, env.defaults, u.p!.path);
    const found = await findInactive(t.db, tree, tree.subtree(u.p!.path), d('2026-12-01'), env.timeZone, 2);
    expect(found.map((f) => [f.displayName, f.periods])).toEqual(
      expect.arrayContaining([
        ['Chi', ['2026-11', '2026-10']],
        ['Khánh', ['2026-11', '2026-10']],
        ['Lan', ['2026-11', '2026-10']],
      ]),
    );
    expect(found).toHaveLength(3);
  });
});

describe('scope of an official', () => {
  it('parses unit and period arguments in any order', () => {
    expect(parseScopeArgs('XA01 11/2026')).toEqual({ unitCode: 'XA01', period: '2026-11', bad: null });
    expect(parseScopeArgs('2026-3')).toEqual({ unitCode: null, period: '2026-03', bad: null });
    expect(parseScopeArgs('13/2026').bad).toBe('13/2026');
  });

  it('refuses and audits a unit outside the subtree or a period not begun; unknown codes are just unknown', async () => {
    const official = { id: p.oa!.id, unitId: u.a!.id };
    const r = await t.db.transaction((tx) => resolveScope(tx, official, u.b!.code, 'completeness.view'));
    expect(r).toEqual({ ok: false, code: 'out_of_scope' });
    expect(await t.db.transaction((tx) => resolveScope(tx, official, 'KHONGCO', 'completeness.view'))).toEqual({ ok: false, code: 'unknown_unit' });
    const own = await t.db.transaction((tx) => resolveScope(tx, official, null, 'completeness.view'));
    expect(own.ok && own.root.unitId).toBe(u.a!.id);
    const s = { deadlineDay: 25, cutoffDay: 25, lockDays: 5 };
    expect(await t.db.transaction((tx) => checkPeriod(tx, official, '2027-05', s, d('2026-11-28'), 'completeness.view', u.a!.id))).toBe(false);
    expect(await t.db.transaction((tx) => checkPeriod(tx, official, '2026-12', s, d('2026-11-28'), 'completeness.view', u.a!.id))).toBe(true);
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.oa!.id), eq(auditLog.outcome, 'refused')));
    expect(refused.map((a) => (a.details as { reason: string }).reason).sort()).toEqual(['future_period', 'out_of_scope']);
  });
});
