import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, invites, people } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, form, login, type ConsoleClient } from './console-fixtures.js';
import { sendsTo } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { markRead, publishMaterial } from '../../core/network/materials.js';

/**
 * The console's per-person buttons on the Mạng lưới page (issue 17): suspend, reactivate, replace
 * and mark as left call the chat card's core functions — scope-checked, audited, the person told.
 */
let t: TestDatabase;
let tree: Tree;
let c: ConsoleClient;
let session: { cookie: string; csrf: string };
let ctv: string;
let foreign: string;

const statusOf = async (id: string) => (await t.db.select({ s: people.status }).from(people).where(eq(people.id, id)))[0]?.s;
const post = (path: string, values: Record<string, string>) => {
  const f = form({ _csrf: session.csrf, ...values });
  return c.request(path, { method: 'POST', cookie: session.cookie, body: f.body, headers: f.headers });
};

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  const official = (await addPerson(t.db, tree.commune, 'official', 'Cán bộ xã Tân Hòa')).id;
  ctv = (await addPerson(t.db, tree.commune, 'collaborator', 'Nguyễn Văn Bình')).id;
  foreign = (await addPerson(t.db, tree.otherCommune, 'collaborator', 'Trần Thị Cúc')).id;
  c = consoleApp(t.db, testConfig({ TELEGRAM_BOT_USERNAME: 'dlxh_demo_bot' }));
  session = await login(t.db, c, official);
});
afterAll(async () => t.close());

describe('console Mạng lưới: per-person actions', () => {
  it('the table offers the actions for people of the subtree', async () => {
    const page = await (await c.request('/network', { cookie: session.cookie })).text();
    expect(page).toContain(`action="/console/network/${ctv}/suspend"`);
    expect(page).toContain(`action="/console/network/${ctv}/replace"`);
    expect(page).not.toContain(foreign);
  });

  it('a person’s scorecard opens from the table; out of scope refused', async () => {
    const page = await (await c.request('/network', { cookie: session.cookie })).text();
    expect(page).toContain(`href="/console/network/${ctv}/scorecard"`);
    const r = await c.request(`/network/${ctv}/scorecard`, { cookie: session.cookie });
    expect(r.status).toBe(200);
    const html = await r.text();
    expect(html).toContain('KẾT QUẢ HOẠT ĐỘNG — Nguyễn Văn Bình');
    expect(html).toContain('Báo cáo định kỳ:');
    expect((await c.request(`/network/${foreign}/scorecard`, { cookie: session.cookie })).status).toBe(403);
  });

  it('suspend, a second suspend changes nothing, reactivate; each audited and the person told', async () => {
    const before = (await sendsTo(t.db, ctv)).length;
    const r = await post(`/network/${ctv}/suspend`, {});
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('Đã tạm dừng hoạt động của đồng chí Nguyễn Văn Bình');
    expect(await statusOf(ctv)).toBe('suspended');
    expect((await post(`/network/${ctv}/suspend`, {})).status).toBe(409);
    expect((await post(`/network/${ctv}/reactivate`, {})).status).toBe(200);
    expect(await statusOf(ctv)).toBe('active');
    expect((await sendsTo(t.db, ctv)).length).toBe(before + 2);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, ctv), eq(auditLog.outcome, 'ok')));
    expect(audit.map((a) => a.action).sort()).toEqual(['network.reactivate', 'network.suspend']);
  });

  it('out of scope and without the CSRF token: refused, nothing changes', async () => {
    const r = await post(`/network/${foreign}/suspend`, {});
    expect(r.status).toBe(403);
    expect(await r.text()).toContain('ngoài phạm vi');
    expect(await statusOf(foreign)).toBe('active');
    const f = form({ _csrf: 'wrong' });
    expect((await c.request(`/network/${ctv}/leave`, { method: 'POST', cookie: session.cookie, body: f.body, headers: f.headers })).status).toBe(403);
    expect(await statusOf(ctv)).toBe('active');
  });

  it('replace: a blank name is refused; a name gives the successor a code for the same unit; the old person is history', async () => {
    expect((await post(`/network/${ctv}/replace`, { name: ' ' })).status).toBe(409);
    expect(await statusOf(ctv)).toBe('active');
    const r = await post(`/network/${ctv}/replace`, { name: 'Lê  Văn Dũng' });
    // Post/Redirect/Get: the code is shown on a GET page, so a reload does not re-POST and lose it.
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe(`/console/network/${ctv}/replaced`);
    const kept = (r.headers.get('set-cookie') ?? '').split(';')[0]!;
    const shown = async (cookie: string) => (await c.request(`/network/${ctv}/replaced`, { cookie })).text();
    const html = await shown(`${session.cookie}; ${kept}`);
    expect(html).toContain('Lê Văn Dũng');
    const code = /Mã mời: ([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(html)?.[1];
    expect(code).toBeDefined();
    expect(html).toContain('https://t.me/dlxh_demo_bot?start=');
    expect(await shown(`${session.cookie}; ${kept}`)).toContain(`Mã mời: ${code}`);
    expect(await statusOf(ctv)).toBe('replaced');
    const [inv] = await t.db.select().from(invites).where(eq(invites.replacesPersonId, ctv));
    expect(inv?.unitId).toBe(tree.commune);
    expect((await post(`/network/${ctv}/leave`, {})).status).toBe(409);
    // Only to the official who made it (another official on the same browser), only while unused.
    const other = await login(t.db, c, (await addPerson(t.db, tree.commune, 'official', 'Cán bộ khác')).id);
    expect(await shown(`${other.cookie}; ${kept}`)).not.toContain(code!);
    expect(await shown(session.cookie)).toContain('Không còn mã mời nào đang chờ');
    await t.db.update(invites).set({ usedAt: new Date() }).where(eq(invites.id, inv!.id));
    const used = await shown(`${session.cookie}; ${kept}`);
    expect(used).not.toContain(code!);
    expect(used).toContain('Không còn mã mời nào đang chờ');
  });
});

describe('console Tài liệu bồi dưỡng (issue 17 §2)', () => {
  it('lists the subtree’s material with topic, date, unit and readers; out of scope refused and audited', async () => {
    const official = (await t.db.select().from(people).where(eq(people.displayName, 'Cán bộ xã Tân Hòa')))[0]!;
    const actor = { id: official.id, role: official.role, unitId: official.unitId };
    const settings = broadcastSettings(testConfig({ QUIET_HOURS: '' }));
    const input = { topic: 'Kỹ năng nắm tình hình', kind: 'note' as const, title: 'Năm bước nắm tình hình', body: '1. Nghe. 2. Ghi.', unitCode: null };
    const r = await t.db.transaction((tx) => publishMaterial(tx, { settings, t: createI18n().t }, actor, input, new Date()));
    if (!r.ok) throw new Error(r.code);
    await t.db.transaction((tx) => markRead(tx, { id: ctv, role: 'collaborator', unitId: tree.commune }, r.materialId, new Date()));

    const network = await (await c.request('/network', { cookie: session.cookie })).text();
    expect(network).toContain('href="/console/network/materials"');
    const res = await c.request('/network/materials', { cookie: session.cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Kỹ năng nắm tình hình');
    expect(html).toContain('Năm bước nắm tình hình');
    expect(html).toContain('Ghi chú ngắn');
    expect(html).toMatch(/Xã Tân Hòa<\/td><td data-label="[^"]+">1\/1 người/);
    expect(html).toContain('Ai đã đọc');

    const refused = await c.request(`/network/materials?unit=${tree.otherCommune}`, { cookie: session.cookie });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('Năm bước');
    const [audit] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, official.id), eq(auditLog.action, 'material.list')));
    expect(audit?.outcome).toBe('refused');
  });
});
