import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { people, reports, units } from '../../db/schema/index.js';
import { completenessCounted, completenessTotal, completenessView, periodPicker, type PeriodChoice } from '../../core/reports/completeness-view.js';
import { periodCounts, periodMissing, periodStatuses, summarise } from '../../core/reports/completeness.js';
import { parseIsoDate } from '../../core/kernel/periods.js';
import { defaultsFromConfig, loadUnitTree } from '../../core/people/unit-tree.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * The overview and trends count completeness in SQL (completeness-load.ts countReporters); the
 * chat, the progress page and documents classify people in JS (classify). Both must give the same
 * figures on every edge of the rules: the due day's last local minute, registration on the due
 * day, suspension before and after filing, a second and a draft report, merged and moved units.
 */
let t: TestDatabase;
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
const config = testConfig();
const env = { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config) };

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p', deadlineDay: 25 },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
    { key: 'b1', name: 'Tổ dân phố 5', parent: 'b', deadlineDay: 5 },
    { key: 'm', name: 'Xã Phúc Xuân (cũ)', parent: 'p' },
    { key: 'v', name: 'Xã Vĩnh Phú', parent: 'p' },
  ]);
  await t.db.update(units).set({ status: 'merged', mergedIntoId: u.a!.id }).where(eq(units.id, u.m!.id));
  const add = async (key: string, unit: string, name: string, joined: string) =>
    (p[key] = await addPerson(t.db, u[unit]!.id, 'collaborator', name, { createdAt: vn(joined) }));
  await add('a1', 'a', 'An', '2026-09-01T08:00:00');
  await add('a2', 'a', 'Bình', '2026-09-01T08:00:00');
  await add('a3', 'a', 'Chi', '2026-11-25T23:59:00'); // registered on the due day: expected
  await add('a4', 'a', 'Dũng', '2026-11-26T00:00:00'); // the day after: not expected
  await add('a5', 'a', 'Giang', '2026-09-01T08:00:00');
  await add('a6', 'a', 'Hải', '2026-09-01T08:00:00');
  await add('b1', 'b', 'Hà', '2026-09-01T08:00:00');
  await add('b2', 'b', 'Hoa', '2026-09-01T08:00:00');
  await add('c1', 'b1', 'Khánh', '2026-09-01T08:00:00');
  await add('m1', 'm', 'Lan', '2026-09-01T08:00:00');
  await add('m2', 'm', 'Linh', '2026-09-01T08:00:00');
  // Never filing, in neither byte nor Vietnamese order: the missing list must read An, Ấp, Dương, Đông.
  for (const name of ['Đông', 'Ấp Bình', 'Dương', 'An Bình']) await add(`vi-${name}`, 'v', name, '2026-09-01T08:00:00');
  await addPerson(t.db, u.a!.id, 'official', 'Cán bộ xã');
  const file = (who: string, unit: string, period: string, at: string) => fileReport(t.db, p[who]!, u[unit]!.id, periodicDraft(period), vn(at));
  await file('a1', 'a', '2026-11', '2026-11-25T23:59:00'); // last minute of the due day: on time
  await file('a2', 'a', '2026-11', '2026-11-26T00:00:00'); // first minute after: late
  await file('a5', 'a', '2026-11', '2026-11-20T09:00:00');
  await file('b1', 'b', '2026-11', '2026-11-21T09:00:00');
  await file('c1', 'b1', '2026-11', '2026-11-05T10:00:00');
  await file('m1', 'm', '2026-11', '2026-11-24T10:00:00');
  await file('a1', 'a', '2026-10', '2026-10-30T10:00:00');
  // A second periodic report of the same period, earlier than the filed one: the earliest counts.
  await t.db.insert(reports).values({ kind: 'periodic', period: '2026-11', unitId: u.b!.id, reporterId: p.b1!.id, submittedAt: vn('2026-11-19T08:00:00') });
  // A draft (even with a submission time) and a quick report count for nothing.
  await t.db
    .insert(reports)
    .values({ kind: 'periodic', period: '2026-11', unitId: u.b!.id, reporterId: p.b2!.id, status: 'draft', submittedAt: vn('2026-11-02T08:00:00') });
  await t.db.insert(reports).values({ kind: 'quick', period: '2026-11', unitId: u.a!.id, reporterId: p.a6!.id, submittedAt: vn('2026-11-02T08:00:00') });
  // Suspended: a5 after filing (still counts as filed), a6 without filing (no longer expected).
  await t.db.update(people).set({ status: 'suspended' }).where(eq(people.id, p.a5!.id));
  await t.db.update(people).set({ status: 'suspended' }).where(eq(people.id, p.a6!.id));
});
afterAll(async () => t?.close());

const choices: [PeriodChoice, string][] = [
  [{ period: '2026-11' }, '2026-11-28'],
  [{ period: '2026-10' }, '2026-11-28'],
  ['current', '2026-11-23'],
  ['previous', '2026-12-02'],
  [{ period: '2026-12' }, '2026-11-28'],
];

describe('completeness counted in SQL', () => {
  it('lists the missing in Vietnamese order (A, Ấ, D, Đ), not in the bytes’ order', async () => {
    const r = { unitId: u.v!.id, path: u.v!.path };
    const v = await completenessCounted(t.db, env, r, { period: '2026-11' }, parseIsoDate('2026-11-28'), await loadUnitTree(t.db, env.defaults, r.path));
    expect(v.total?.missingPeople).toEqual(['An Bình', 'Ấp Bình', 'Dương', 'Đông']);
  });

  it('gives the figures classify gives, for the edge cases of the rules', async () => {
    const v = await completenessView(t.db, env, { unitId: u.a!.id, path: u.a!.path }, { period: '2026-11' }, parseIsoDate('2026-11-28'));
    // a1 on time (23:59 on the due day), a2 late (00:00 after), a5 filed then suspended, m1 via the merge;
    // missing: a3 (registered on the due day) and m2; a4 (registered after) and a6 (suspended) not expected.
    expect(v.total).toMatchObject({ expected: 6, onTime: 3, late: 1, missing: 2 });
    const { missingPeople: _, ...figures } = v.total!;
    expect(await completenessTotal(t.db, env, { unitId: u.a!.id, path: u.a!.path }, { period: '2026-11' }, parseIsoDate('2026-11-28'))).toEqual(figures);
  });

  it('agrees with classify per unit and in total, for every root, period choice and day', async () => {
    for (const root of ['p', 'a', 'b', 'b1']) {
      const r = { unitId: u[root]!.id, path: u[root]!.path };
      const tree = await loadUnitTree(t.db, env.defaults, r.path);
      for (const [which, day] of choices) {
        const today = parseIsoDate(day);
        const targets = tree.subtree(r.path);
        const pick = periodPicker(which, today);
        const inJs = summarise(await periodStatuses(t.db, tree, targets, pick, env.timeZone), tree, today).map((s) => ({ ...s, missingPeople: [] }));
        expect(await periodCounts(t.db, tree, targets, pick, env.timeZone, today), `${root} ${JSON.stringify(which)} ${day}`).toEqual(inJs);
        // Tiến độ's view: the same figures and the same missing names, in the same order.
        const view = await completenessView(t.db, env, r, which, today, tree);
        expect(await completenessCounted(t.db, env, r, which, today, tree), `${root} ${JSON.stringify(which)} ${day}`).toEqual(view);
        const { missingPeople: _, ...total } = (await completenessView(t.db, env, r, which, today, tree)).total!;
        expect(await completenessTotal(t.db, env, r, which, today, tree)).toEqual(total);
      }
    }
  });

  it('reads the missing alone (the «nhắc» of Tiến độ and /thongke) as classify lists them, per unit, for every root, period choice and day', async () => {
    const byId = (a: { personId: string }, b: { personId: string }) => a.personId.localeCompare(b.personId);
    let seen = 0;
    for (const root of ['p', 'a', 'b', 'b1']) {
      const tree = await loadUnitTree(t.db, env.defaults, u[root]!.path);
      const targets = tree.subtree(u[root]!.path);
      for (const [which, day] of choices) {
        const pick = periodPicker(which, parseIsoDate(day));
        const inJs = (await periodStatuses(t.db, tree, targets, pick, env.timeZone)).map(({ unit, period, people: all }) => ({
          unit: unit.id,
          period,
          people: all
            .filter((x) => x.state === 'missing')
            .map((x) => ({ personId: x.personId, displayName: x.displayName, locale: x.locale }))
            .sort(byId),
        }));
        const inSql = (await periodMissing(t.db, tree, targets, pick, env.timeZone)).map(({ unit, period, people: some }) => ({
          unit: unit.id,
          period,
          people: [...some].sort(byId),
        }));
        expect(inSql, `${root} ${JSON.stringify(which)} ${day}`).toEqual(inJs);
        seen += inSql.reduce((n, x) => n + x.people.length, 0);
      }
    }
    // The edges are in there: m2 through the merge, a3 registered on the due day.
    expect(seen).toBeGreaterThan(0);
    const tree = await loadUnitTree(t.db, env.defaults, u.a!.path);
    const [a] = await periodMissing(t.db, tree, [tree.get(u.a!.id)!], () => '2026-11', env.timeZone);
    expect(a!.people.map((x) => x.displayName).sort()).toEqual(['Chi', 'Linh']);
  });

  it('counts the b branch: the earliest of two reports, a draft ignored, a child unit with its own due day', async () => {
    const total = await completenessTotal(t.db, env, { unitId: u.b!.id, path: u.b!.path }, { period: '2026-11' }, parseIsoDate('2026-11-28'));
    // b1's earliest report (19/11) is on time for the 20th; b2's only report is a draft: missing; c1 on time for the 5th.
    expect(total).toMatchObject({ expected: 3, onTime: 2, late: 0, missing: 1, due: '2026-11-05', overdue: true });
  });
});
