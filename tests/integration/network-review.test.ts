import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { addDays, dueDate, lastDuePeriod, shiftPeriod } from '../../core/kernel/periods.js';
import { localDate, zonedInstant } from '../../core/kernel/zoned-time.js';
import { defaultsFromConfig, settingsOfUnit } from '../../core/people/unit-tree.js';
import { runInactiveScan } from '../../core/reports/reminders.js';
import type { Intake } from '../../bot/engine/intake.js';
import { auditLog, people } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { fileReport, periodicDraft } from './reporting-fixtures.js';
import { raiseAlert, sendsTo } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 17 item 3 (the rest): the monthly list becomes «cần xem xét» — every collaborator whose
 * last INACTIVE_PERIODS periods give a reason (nothing at all, no periodic report while alerts
 * come, mostly late), each with the reasons, and the roster actions as buttons: «Thẻ» opens the
 * card, «Tạm dừng» asks first then suspends (audited, the person told), «Thay thế» starts
 * /thaythe. The buttons are pressed through the real intake; an official outside the subtree is
 * refused and audited.
 */
let db: TestDatabase;
let tree: Tree;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const config = testConfig({ QUIET_HOURS: '', REMINDER_HOUR: '0', INACTIVE_PERIODS: '3' });
let official: ChatUser;
let officialId = '';
let neighbour: ChatUser;
const p: Record<'idle' | 'alerter' | 'late' | 'fine', PersonRef> = {} as never;
let list: { text: string; choices: { label: string; data: string }[] };

const user = (accountId: string) => intakeUser(() => intake, outbox, accountId);
const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const button = (label: string) => {
  const c = list.choices.find((x) => x.label === label);
  if (!c) throw new Error(`no button ${label} in ${list.choices.map((x) => x.label).join(' | ')}`);
  return c.data;
};

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  intake = createCollectingIntake(db.db, config, outbox);
  const o = await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh');
  officialId = o.id;
  official = user(o.accountId);
  neighbour = user((await addPerson(db.db, tree.otherCommune, 'official', 'Cán bộ xã bên')).accountId);
  const old = { createdAt: new Date(Date.now() - 400 * 86_400_000) };
  p.idle = await addPerson(db.db, tree.commune, 'collaborator', 'Ngô Văn Im', old);
  p.alerter = await addPerson(db.db, tree.commune, 'collaborator', 'Đỗ Thị Báo', old);
  p.late = await addPerson(db.db, tree.commune, 'collaborator', 'Lý Văn Muộn', old);
  p.fine = await addPerson(db.db, tree.commune, 'collaborator', 'Trịnh Thị Đều', old);
  const { settings } = (await settingsOfUnit(db.db, defaultsFromConfig(config), tree.commune))!;
  const p0 = lastDuePeriod(localDate(new Date(), config.TIMEZONE), settings);
  const periods = [p0, shiftPeriod(p0, -1), shiftPeriod(p0, -2)];
  const at = (period: string, days: number) => zonedInstant(addDays(dueDate(period, settings), days), 9, 0, config.TIMEZONE);
  for (const period of periods) await fileReport(db.db, p.fine, tree.commune, periodicDraft(period), at(period, 0));
  for (const period of periods.slice(0, 2)) await fileReport(db.db, p.late, tree.commune, periodicDraft(period), at(period, 3));
  await raiseAlert(db.db, p.alerter, tree.commune, 2);
});
afterAll(async () => db?.close());

describe('the monthly «cần xem xét» list', () => {
  it('lists who needs a look with the reasons, and the roster actions as buttons (once a month)', async () => {
    const env = { db: db.db, config, t: createI18n().t, logger: silentLogger, now: () => new Date() };
    const r = await runInactiveScan(env);
    expect(r.flagged).toBe(3);
    const sent = await sendsTo(db.db, officialId);
    list = sent.at(-1)!.message as typeof list;
    expect(list.text).toContain('CỘNG TÁC VIÊN CẦN XEM XÉT (3 người, tính 3 kỳ báo cáo gần nhất)');
    expect(list.text).toMatch(/Ngô Văn Im \(Xã Tân Hòa\): không gửi báo cáo, tin nào trong 3 kỳ; không có báo cáo tháng \d+\/\d+, tháng/);
    expect(list.text).toContain('Đỗ Thị Báo (Xã Tân Hòa): không gửi báo cáo định kỳ nào trong 3 kỳ (vẫn có tin nhanh, chuyên đề hoặc cảnh báo)');
    expect(list.text).toMatch(/Lý Văn Muộn \(Xã Tân Hòa\): thường gửi báo cáo muộn; không có báo cáo tháng \d+\/\d+/);
    expect(list.text).not.toContain('Trịnh Thị Đều');
    expect(list.choices.map((c) => c.label)).toEqual([
      ...['👤 Thẻ: Đỗ Thị Báo', '⏸ Tạm dừng: Đỗ Thị Báo', '🔁 Thay thế: Đỗ Thị Báo'],
      ...['👤 Thẻ: Lý Văn Muộn', '⏸ Tạm dừng: Lý Văn Muộn', '🔁 Thay thế: Lý Văn Muộn'],
      ...['👤 Thẻ: Ngô Văn Im', '⏸ Tạm dừng: Ngô Văn Im', '🔁 Thay thế: Ngô Văn Im'],
    ]);
    await runInactiveScan(env);
    expect(await sendsTo(db.db, officialId)).toHaveLength(sent.length);
  });

  it('«Thẻ» opens the card with the scorecard one tap away', async () => {
    const seen = await official.press(button('👤 Thẻ: Lý Văn Muộn'));
    expect(text(seen)).toContain('👤 Lý Văn Muộn');
    const score = seen.flatMap((m) => m.choices).find((c) => c.label.includes('Kết quả hoạt động'))!;
    expect(text(await official.press(score.data))).toContain('Cần xem xét: thường gửi báo cáo muộn.');
  });

  it('«Tạm dừng» asks first, then suspends, tells the person and audits; out of scope refused', async () => {
    expect(text(await neighbour.press(button('⏸ Tạm dừng: Ngô Văn Im')))).toContain('ngoài phạm vi');
    let seen = await official.press(button('⏸ Tạm dừng: Ngô Văn Im'));
    expect(text(seen)).toContain('Tạm dừng hoạt động của đồng chí Ngô Văn Im trên hệ thống?');
    const [row0] = await db.db.select().from(people).where(eq(people.id, p.idle.id));
    expect(row0!.status).toBe('active');
    const confirm = seen.flatMap((m) => m.choices).find((c) => c.label === '⏸ Tạm dừng')!;
    seen = await official.press(confirm.data);
    expect(text(seen)).toContain('Đã tạm dừng hoạt động của đồng chí Ngô Văn Im');
    const [row] = await db.db.select().from(people).where(eq(people.id, p.idle.id));
    expect(row!.status).toBe('suspended');
    expect(((await sendsTo(db.db, p.idle.id)).at(-1)?.message as { text: string }).text).toContain('tạm dừng từ hôm nay');
    const audits = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'network.suspend'), eq(auditLog.targetId, p.idle.id)))
      .orderBy(desc(auditLog.id));
    expect(audits.map((a) => a.outcome)).toEqual(['ok', 'refused']);
    // Pressed again from the same list: already suspended, said so, nothing changes.
    expect(text(await official.press(button('⏸ Tạm dừng: Ngô Văn Im')))).toContain('đã được ghi nhận trước đó');
  });

  it('«Thay thế» starts /thaythe for that person: the successor gets an invite for the same place', async () => {
    let seen = await official.press(button('🔁 Thay thế: Đỗ Thị Báo'));
    expect(text(seen)).toContain('Họ và tên người thay thế đồng chí Đỗ Thị Báo');
    seen = await official.send('Hà Thị Mới');
    const yes = seen.flatMap((m) => m.choices).find((c) => c.label.includes('Thay thế'))!;
    seen = await official.press(yes.data);
    expect(text(seen)).toContain('Mã mời cho người thay thế, đồng chí Hà Thị Mới (Xã Tân Hòa)');
    const [row] = await db.db.select().from(people).where(eq(people.id, p.alerter.id));
    expect(row!.status).toBe('replaced');
  });
});
