import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { loadEscalationMinutes } from '../../core/hot-spots/escalation-policy.js';
import { auditLog, units } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { testConfig } from '../helpers/config.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';

/**
 * Issue 13 §5 in the console: the handling policy (chu kỳ đôn đốc) of every unit of the
 * official's subtree, in force after inheritance, and its change through the same core function
 * the admin CLI uses, so the follow-up timers read what the page saved. CSRF and scope hold.
 */
let db: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let province: { id: string; cookie: string; csrf: string };
let commune: { id: string; cookie: string; csrf: string };

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  c = consoleApp(db.db, testConfig());
  const mk = async (unitId: string, name: string) => {
    const id = (await addPerson(db.db, unitId, 'official', name)).id;
    return { id, ...(await login(db.db, c, id)) };
  };
  province = await mk(tree.province, 'Cán bộ tỉnh');
  commune = await mk(tree.commune, 'Cán bộ xã');
});
afterAll(async () => db.close());

const row = (html: string, code: string) => new RegExp(`<tr data-unit="${code}">([\\s\\S]*?)</tr>`).exec(html)?.[1] ?? '';
const setPolicy = (who: { cookie: string; csrf: string }, values: Record<string, string>, withCsrf = true) =>
  c.request('/policies', { method: 'POST', ...form({ ...(withCsrf ? { _csrf: who.csrf } : {}), ...values }), cookie: who.cookie });

describe('console: chu kỳ đôn đốc per unit (issue 13 §5)', () => {
  it('shows the defaults in force for every unit of the subtree, and only the subtree', async () => {
    const res = await c.request('/policies', { cookie: province.cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Chu kỳ đôn đốc — Tỉnh Hải Phòng');
    expect(row(html, tree.codes.commune)).toMatch(/Xã Tân Hòa[\s\S]*2 giờ[\s\S]*8 giờ[\s\S]*1 ngày[\s\S]*không đôn đốc/);
    expect(html).not.toContain('Ban Tuyên giáo và Dân vận Trung ương');
    const own = await (await c.request('/policies', { cookie: commune.cookie })).text();
    expect(own).not.toContain('Xã An Lạc');
  });

  it('saves a unit’s interval (audited) that the follow-up timers then use; below inherits it; «theo cấp trên» removes it', async () => {
    const res = await setPolicy(province, { target: tree.province, severity: '4', mode: 'minutes', minutes: '60' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Đã lưu chu kỳ đôn đốc.');
    expect(row(html, tree.codes.province)).toContain('<strong title="đơn vị tự đặt">1 giờ</strong>');
    expect(row(html, tree.codes.commune)).toContain('<span title="theo cấp trên hoặc mặc định">1 giờ</span>');
    expect(await loadEscalationMinutes(db.db, tree.commune, 4, 'handling')).toBe(60);
    const [audit] = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.handling_policy'), eq(auditLog.actorId, province.id)));
    expect(audit).toMatchObject({ outcome: 'ok', targetId: tree.province });

    await setPolicy(commune, { target: tree.commune, severity: '3', mode: 'none' });
    expect(await loadEscalationMinutes(db.db, tree.commune, 3, 'handling')).toBeNull();
    await setPolicy(commune, { target: tree.commune, severity: '3', mode: 'inherit' });
    expect(await loadEscalationMinutes(db.db, tree.commune, 3, 'handling')).toBe(480);
  });

  it('refuses a bad value, a post without the CSRF token, and a unit outside the subtree (audited)', async () => {
    const before = (await db.db.select({ p: units.handlingPolicy }).from(units).where(eq(units.id, tree.province)))[0]!.p;
    const bad = await setPolicy(province, { target: tree.province, severity: '4', mode: 'minutes', minutes: '0' });
    expect(await bad.text()).toContain('Chưa lưu');
    expect((await setPolicy(province, { target: tree.province, severity: '4', mode: 'minutes', minutes: '5' }, false)).status).toBe(403);
    expect((await setPolicy(commune, { target: tree.province, severity: '4', mode: 'minutes', minutes: '5' })).status).toBe(403);
    expect((await db.db.select({ p: units.handlingPolicy }).from(units).where(eq(units.id, tree.province)))[0]!.p).toEqual(before);
    const refused = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'unit.handling_policy'), eq(auditLog.actorId, commune.id), eq(auditLog.outcome, 'refused')));
    expect(refused).toHaveLength(1);
  });
});
