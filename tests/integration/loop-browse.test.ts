import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditLog, reportIssues } from '../../db/schema/index.js';
import { topicNames } from '../../core/reports/topics.js';
import { fillUntilReceipt } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { raiseAlert } from './hotspot-fixtures.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/** Issue 13 §2: /baocao_ds, /xem and /timkiem through the real intake, scoped to the official's subtree. */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
const who: Record<string, PersonRef> = {};
const receipts: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.ctv = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.commune = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.province = await member(t.db, tree.province, 'official', 'Cán bộ tỉnh Minh');
  who.neighbour = await member(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  world = loopWorld(t.db, testConfig());
  const ctv = world.user(who.ctv);
  for (let i = 0; i < 9; i++) receipts.push((await fillUntilReceipt(ctv, await ctv.send('/nhanh'))).receipt);
  receipts.push((await fillUntilReceipt(ctv, await ctv.send('/baocao'))).receipt);
  await raiseAlert(t.db, who.ctv, tree.commune, 3, { description: 'Người dân khiếu nại về bồi thường đất dự án' });
}, 120_000);
afterAll(async () => t?.close());

describe('report browser in chat', () => {
  it('/baocao_ds: newest first, 8 a page with a working next-page button; filters by kind; the neighbour sees none', async () => {
    const minh = world.user(who.province!);
    const [first] = await minh.send('/baocao_ds');
    expect(first!.text).toContain('10 báo cáo (trang 1/2)');
    expect(first!.text.indexOf(receipts[9]!)).toBeLessThan(first!.text.indexOf(receipts[8]!));
    const next = first!.choices.find((c) => c.label === 'Trang sau ›')!;
    const [second] = await minh.press(next.data);
    expect(second!.text).toContain('(trang 2/2)');
    expect(second!.text).toContain(receipts[0]);
    const [periodic] = await minh.send('/baocao_ds dinhky');
    expect(periodic!.text).toContain('1 báo cáo');
    expect(periodic!.text).toContain(receipts[9]);
    expect((await minh.send('/baocao_ds lung tung'))[0]!.text).toContain('Không hiểu');
    expect((await world.user(who.neighbour!).send('/baocao_ds'))[0]!.text).toContain('Chưa có báo cáo');
    expect((await world.user(who.neighbour!).send(`/baocao_ds ${tree.codes.commune}`))[0]!.text).toContain('không thuộc phạm vi');
  });

  it('/xem shows the report in full with its opinion streams; out of scope it is refused and audited', async () => {
    const [seen] = await world.user(who.commune!).send(`/xem ${receipts[0]!.toLowerCase()}`);
    expect(seen!.text).toContain(`Báo cáo nhanh ${receipts[0]}`);
    expect(seen!.text).toContain('Xã Tân Hòa · CTV Hoa');
    expect(seen!.text).toMatch(/– .+\(.+\): Nội dung thử nghiệm/);
    // The issue's topic by its name, never its code («(KT01)»).
    const [issue] = await t.db.select({ code: reportIssues.topicCode }).from(reportIssues).limit(1);
    const named = (await topicNames(t.db, [issue!.code])).get(issue!.code);
    expect(seen!.text).toContain(`(${named!.vi})`);
    expect(seen!.text).not.toContain(`(${issue!.code})`);
    expect(seen!.choices.map((c) => c.label)).toContain('Chuyển xử lý');
    const [refused] = await world.user(who.neighbour!).send(`/xem ${receipts[0]}`);
    expect(refused!.text).toContain('Không tìm thấy');
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, who.neighbour!.id), eq(auditLog.action, 'report.view')))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.outcome).toBe('refused');
  });

  it('/timkiem: accent-insensitive, typos forgiven, reports and alerts, scoped', async () => {
    const binh = world.user(who.commune!);
    const [reports] = await binh.send('/timkiem tieu thuongg');
    expect(reports!.text).toContain('"tieu thuongg": 10 báo cáo');
    // A typo nearer another word some document has ("thuogn" is nearer "thuoc" than "thuong") still finds it.
    await t.db.execute(sql`insert into search_words (word) values ('thuoc') on conflict do nothing`);
    const [swapped] = await binh.send('/timkiem tieu thuogn');
    expect(swapped!.text).toContain('"tieu thuogn": 10 báo cáo');
    const [alerts] = await binh.send('/timkiem boi thuong');
    expect(alerts!.text).toContain('1 cảnh báo điểm nóng khớp');
    expect(alerts!.text).toContain('bồi thường đất');
    expect((await world.user(who.neighbour!).send('/timkiem boi thuong'))[0]!.text).toContain('Không tìm thấy');
    expect((await binh.send('/timkiem'))[0]!.text).toContain('Gõ từ khóa');
  });

  it('each line of a list is a button numbered as the line; a tap or the typed number opens it (the alert its own view)', async () => {
    const minh = world.user(who.province!);
    const [second] = await minh.send('/baocao_ds trang 2');
    // Numbered per page: the second page starts at 1 again, as its buttons do.
    expect(second!.text).toMatch(/^1\. /m);
    expect(second!.choices.map((c) => c.label)).toEqual([`1. ${receipts[1]}`, `2. ${receipts[0]}`, '‹ Trang trước']);
    const [opened] = await minh.press(second!.choices[1]!.data);
    expect(opened!.text).toContain(`Báo cáo nhanh ${receipts[0]}`);

    const binh = world.user(who.commune!);
    const [found] = await binh.send('/timkiem boi thuong');
    const alertButton = found!.choices.at(-1)!;
    expect(alertButton.label).toMatch(/^\d+\. DN-/);
    expect(found!.text).toContain(alertButton.label.split(' ')[0]!);
    const [alert] = await binh.press(alertButton.data);
    expect(alert!.text).toContain(alertButton.label.replace(/^\d+\. /, ''));
    expect(alert!.text).toContain('bồi thường đất');
    // /xem with the alert's receipt opens the same view at once (no «bấm Xem» step).
    const [direct] = await binh.send(`/xem ${alertButton.label.replace(/^\d+\. /, '').toLowerCase()}`);
    expect(direct!.text).toBe(alert!.text);
    expect(direct!.choices.map((c) => c.label)).toEqual(alert!.choices.map((c) => c.label));
    const [typed] = await minh.send('/baocao_ds');
    const [viaNumber] = await minh.send('3');
    expect(viaNumber!.text).toContain(typed!.choices[2]!.label.replace(/^3\. /, ''));
    expect(viaNumber!.text).toMatch(/^📄 Báo cáo nhanh /);
  });

  it('outside a form, a typed command without buttons ends the older list: "1" then presses nothing of it', async () => {
    const minh = world.user(who.province!);
    await minh.send('/thongbao');
    await minh.send('/trangthai');
    const [after] = await minh.send('1');
    expect(after!.text).not.toContain('Đã lưu');
  });
});
