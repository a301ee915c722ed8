import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { loadComposition } from '../../core/network/targets.js';
import { runInactiveScan } from '../../core/reports/reminders.js';
import { auditLog, networkTargets, people, units } from '../../db/schema/index.js';
import type { AdminContext } from '../../scripts/admin/context.js';
import { networkCompositionCommand, networkTargetCommand } from '../../scripts/admin/network-target-commands.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { consoleApp, login } from './console-fixtures.js';
import { sendsTo } from './hotspot-fixtures.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Representativeness (issue 17 item 2): the admin sets targets by CLI; the composition of a unit's
 * subtree is counted against them; gaps reach the unit's officials with the monthly list and show
 * on the console's Mạng lưới page.
 */
let t: TestDatabase;
let tree: Tree;
let official: string;
const config = testConfig({ QUIET_HOURS: '', REMINDER_HOUR: '0' });

async function admin(cmd: typeof networkTargetCommand, args: string[]) {
  const lines: string[] = [];
  const ctx: AdminContext = { db: t.db, config, out: (l) => lines.push(l) };
  await cmd.run(args, ctx);
  return lines;
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  official = (await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh')).id;
  const a = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Tân Hòa');
  await t.db.update(people).set({ stratum: 'nong_dan', sector: 'Hội Nông dân' }).where(eq(people.id, a.id));
  const b = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Tân Hòa 2');
  await t.db.update(people).set({ stratum: 'ton_giao', status: 'suspended' }).where(eq(people.id, b.id));
});
afterAll(async () => t.close());

describe('representativeness targets', () => {
  it('the admin CLI sets, refuses bad input without change, and removes targets; each set is audited', async () => {
    const unit = tree.codes.province;
    expect(await admin(networkTargetCommand, [unit, 'area', '1'])).toEqual(['Đã lưu chỉ tiêu.']);
    await admin(networkTargetCommand, [unit, 'stratum', 'ton_giao', '1']);
    await admin(networkTargetCommand, [unit, 'sector', 'Hội', 'Nông', 'dân', '1']);
    await admin(networkTargetCommand, [unit, 'sector', 'Y tế', '2']);
    await expect(admin(networkTargetCommand, [unit, 'stratum', 'khong_co', '1'])).rejects.toThrow('giai tầng');
    await expect(admin(networkTargetCommand, [unit, 'area', '-1'])).rejects.toThrow('số tối thiểu');
    await expect(admin(networkTargetCommand, ['KHONG', 'area', '1'])).rejects.toThrow('không có đơn vị');
    await admin(networkTargetCommand, [unit, 'sector', 'Y tế', '0']);
    const rows = await t.db.select().from(networkTargets).where(eq(networkTargets.unitId, tree.province));
    expect(rows.map((r) => `${r.kind}:${r.value}:${r.minCount}`).sort()).toEqual(['area::1', 'sector:Hội Nông dân:1', 'stratum:ton_giao:1']);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'network.target'), eq(auditLog.targetId, tree.province)));
    expect(audits).toHaveLength(5);
  });

  it('composition counts active collaborators only; gaps: communes without one, a stratum missing', async () => {
    const [p] = await t.db.select().from(units).where(eq(units.id, tree.province));
    const c = await loadComposition(t.db, p!);
    expect(c.total).toBe(1);
    expect(c.gaps).toEqual([
      // child units by code: MT… before X2…
      { kind: 'area', unitName: 'Ủy ban MTTQ tỉnh', count: 0, min: 1 },
      { kind: 'area', unitName: 'Xã An Lạc', count: 0, min: 1 },
      { kind: 'stratum', value: 'ton_giao', count: 0, min: 1 },
    ]);
    const printed = await admin(networkCompositionCommand, [tree.codes.province]);
    expect(printed).toContain('• Giai tầng Chức sắc, tín đồ tôn giáo: 0/1 cộng tác viên');
  });

  it('the monthly list tells the unit’s official of the gaps and offers each inactive person’s card (once a month)', async () => {
    const idle = await addPerson(t.db, tree.commune, 'collaborator', 'CTV không báo cáo');
    await t.db
      .update(people)
      .set({ createdAt: new Date(Date.now() - 400 * 86_400_000) })
      .where(eq(people.id, idle.id));
    const env = { db: t.db, config, t: createI18n().t, logger: silentLogger, now: () => new Date() };
    const r = await runInactiveScan(env);
    expect(r.lists).toBeGreaterThanOrEqual(1);
    const sent = await sendsTo(t.db, official);
    const message = sent.at(-1)?.message as { text: string; choices: { label: string; data: string }[] };
    const text = message.text;
    expect(text).toContain('CTV không báo cáo');
    expect(text).toContain('CƠ CẤU MẠNG LƯỚI Tỉnh Hải Phòng CHƯA ĐẠT CHỈ TIÊU');
    expect(text).toContain('• Xã An Lạc: 0/1 cộng tác viên đang hoạt động');
    expect(message.choices).toEqual([
      { label: '👤 Thẻ: CTV không báo cáo', data: `nw:p:${idle.id}` },
      { label: '⏸ Tạm dừng: CTV không báo cáo', data: `nw:z:${idle.id}` },
      { label: '🔁 Thay thế: CTV không báo cáo', data: `/thaythe ${idle.id}` },
    ]);
    await runInactiveScan(env);
    expect(await sendsTo(t.db, official)).toHaveLength(sent.length);
  });

  it('the console Mạng lưới page shows the make-up and the gaps', async () => {
    const c = consoleApp(t.db, config);
    const s = await login(t.db, c, official);
    const html = await (await c.request('/network', { cookie: s.cookie })).text();
    expect(html).toContain('Cơ cấu mạng lưới Tỉnh Hải Phòng: 2 cộng tác viên đang hoạt động');
    expect(html).toContain('Xã An Lạc: 0/1 cộng tác viên đang hoạt động');
    expect(html).toContain('Theo giai tầng');
  });

  it('a sector stored as a code is shown by its label on the Mạng lưới page, never as the code', async () => {
    await t.db.update(people).set({ sector: 'mttq' }).where(eq(people.displayName, 'CTV Tân Hòa'));
    const c = consoleApp(t.db, config);
    const s = await login(t.db, c, official);
    const html = await (await c.request('/network', { cookie: s.cookie })).text();
    expect(html).toContain('<th scope="row">Mặt trận Tổ quốc</th>');
    expect(html).not.toContain('>mttq<');
  });
});
