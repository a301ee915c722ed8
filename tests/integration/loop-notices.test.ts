import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { queueReportDigests } from '../../core/reports/notices.js';
import { reports } from '../../db/schema/index.js';
import { fillUntilReceipt } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/** Issue 13 §1: report notices to the unit's officials, their buttons, /thongbao and the daily digest. */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
const who: Record<string, PersonRef> = {};
const config = testConfig();
const { t: tr } = createI18n();

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.ctv = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.binh = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.cuc = await member(t.db, tree.commune, 'official', 'Cán bộ Cúc');
  who.neighbour = await member(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  world = loopWorld(t.db, config);
});
afterAll(async () => t?.close());

describe('report notices', () => {
  it('a quick report reaches every official of the unit at once, with Xem / Tiếp nhận / Yêu cầu bổ sung / Chuyển xử lý; the neighbour hears nothing', async () => {
    const ctv = world.user(who.ctv!);
    const { receipt } = await fillUntilReceipt(ctv, await ctv.send('/nhanh'));
    const [row] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    for (const o of [who.binh!, who.cuc!]) {
      const [notice] = await world.inbox(o, `rn-${row!.id}`);
      expect(notice!.text).toContain(`Báo cáo nhanh ${receipt} — Xã Tân Hòa`);
      expect(notice!.text).toContain('Người gửi: CTV Hoa');
      expect(notice!.choices.map((c) => c.label)).toEqual(['Xem', 'Tiếp nhận', 'Yêu cầu bổ sung', 'Chuyển xử lý', '👍 Hữu ích']);
    }
    expect(await world.inbox(who.neighbour!, 'rn-')).toEqual([]);

    // The buttons work from the notice as pushed.
    const binh = world.user(who.binh!);
    const [notice] = await world.inbox(who.binh!, `rn-${row!.id}`);
    const press = (label: string) => binh.press(notice!.choices.find((c) => c.label === label)!.data);
    expect((await press('Xem'))[0]!.text).toContain(receipt);
    // The button opens the question: what is typed next is the request (issue 11 item 3); /huy leaves it.
    expect((await press('Yêu cầu bổ sung'))[0]!.text).toMatch(/nhập nội dung cần người báo cáo bổ sung/i);
    await binh.send('/huy');
    expect((await press('Tiếp nhận'))[0]!.text).toContain(receipt);
    const [after] = await t.db.select().from(reports).where(eq(reports.id, row!.id));
    expect(after!.status).toBe('received');
    // A neighbour pressing the same button (forwarded message) is refused.
    const out = await world.user(who.neighbour!).press(notice!.choices.find((c) => c.label === 'Xem')!.data);
    expect(out[0]!.text).not.toContain('CTV Hoa');
  });

  it('/thongbao: an official turns quick reports into the digest and periodic reports off; a collaborator is refused', async () => {
    const cuc = world.user(who.cuc!);
    const shown = await cuc.send('/thongbao');
    expect(shown[0]!.text).toContain('Báo cáo nhanh: báo ngay từng báo cáo');
    expect(shown[0]!.text).toContain('Báo cáo định kỳ: tóm tắt một lần mỗi ngày');
    const saved = await cuc.send('/thongbao tóm tắt hằng ngày nhanh');
    expect(saved[0]!.text).toContain('Đã lưu: Báo cáo nhanh — tóm tắt một lần mỗi ngày');
    const off = saved[1]!.choices.find((c) => c.label === 'Báo cáo định kỳ: không nhận')!;
    expect((await cuc.press(off.data))[0]!.text).toContain('Báo cáo định kỳ — không nhận');
    expect((await cuc.send('/thongbao linh tinh'))[0]!.text).toContain('Không hiểu');
    expect((await world.user(who.ctv!).send('/thongbao'))[0]!.text).not.toContain('Đã lưu');

    const ctv = world.user(who.ctv!);
    const quick = await fillUntilReceipt(ctv, await ctv.send('/nhanh'));
    const periodic = await fillUntilReceipt(ctv, await ctv.send('/baocao'));
    const [q] = await t.db.select().from(reports).where(eq(reports.receiptNo, quick.receipt));
    // Bình still hears at once, Cúc waits for the digest.
    expect(await world.inbox(who.binh!, `rn-${q!.id}`)).toHaveLength(1);
    expect(await world.inbox(who.cuc!, `rn-${q!.id}`)).toHaveLength(0);

    // The digest: Bình gets the periodic report (default), Cúc gets the quick reports only; a repeat sends nothing more.
    const now = new Date(Date.now() + 1000);
    expect(await t.db.transaction((tx) => queueReportDigests(tx, tr, config.TIMEZONE, now))).toBe(2);
    expect(await t.db.transaction((tx) => queueReportDigests(tx, tr, config.TIMEZONE, now))).toBe(0);
    const [binhDigest] = await world.inbox(who.binh!, 'rd-');
    expect(binhDigest!.text).toContain('Hôm nay nhận 1 báo cáo định kỳ');
    expect(binhDigest!.text).toContain(periodic.receipt);
    const [cucDigest] = await world.inbox(who.cuc!, 'rd-');
    expect(cucDigest!.text).toContain('Hôm nay nhận 2 báo cáo nhanh');
    expect(cucDigest!.text).toContain(quick.receipt);
    expect(cucDigest!.text).not.toContain(periodic.receipt);
    expect(await world.inbox(who.neighbour!, 'rd-')).toEqual([]);
  });
});
