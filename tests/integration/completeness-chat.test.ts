import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, reminderLedger, reports, synthesisRuns } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { seedTopics } from '../../core/reports/topics.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
const now = vn('2026-11-23T09:00:00');
const config = testConfig();
const i18n = createI18n();
const { t: tr } = i18n;
const replies: { accountId: string; messages: OutboundMessage[] }[] = [];
let intake: ReturnType<typeof createIntake>;
let seq = 0;
let receipt = '';

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTopics(t.db);
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
    { key: 'o', name: 'Tỉnh khác' },
  ]);
  const joined = { createdAt: vn('2026-10-01T00:00:00') };
  p.po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh', joined);
  p.a1 = await addPerson(t.db, u.a!.id, 'collaborator', 'Nguyễn Văn An', joined);
  p.a2 = await addPerson(t.db, u.a!.id, 'collaborator', 'Trần Thị Bích', joined);
  p.b1 = await addPerson(t.db, u.b!.id, 'collaborator', 'Hoàng Văn Em', joined);
  receipt = (await fileReport(t.db, p.a1!, u.a!.id, periodicDraft('2026-11'), vn('2026-11-19T10:00:00'))).receiptNo;
  intake = createIntake({
    db: t.db,
    features: createFeatures({ config, i18n }),
    t: tr,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: async (account, messages) => void replies.push({ accountId: account.accountId, messages }),
    clock: () => now,
  });
});
afterAll(async () => t?.close());

function say(who: PersonRef, payload: InboundMessage['payload']) {
  return intake.handle({ channel: 'sandbox', updateKey: `u${++seq}`, accountId: who.accountId, receivedAt: now, payload });
}
const text = (who: PersonRef, s: string) => say(who, { type: 'text', text: s });
const lastMessages = (who: PersonRef) => replies.filter((r) => r.accountId === who.accountId).at(-1)?.messages ?? [];
const last = (who: PersonRef) =>
  lastMessages(who)
    .map((m) => (m.type === 'text' ? m.text : ''))
    .join('\n');

describe('officials in chat', () => {
  it('/thongke shows the current and previous period by unit', async () => {
    await text(p.po!, '/thongke');
    const out = last(p.po!);
    expect(out).toContain('THỐNG KÊ BÁO CÁO ĐỊNH KỲ — Tỉnh Thái Nguyên');
    expect(out).toContain('Kỳ hiện tại (tháng 12/2026, hạn 20/12/2026)');
    expect(out).toContain('Kỳ trước (tháng 11/2026, hạn 20/11/2026)');
    expect(out).toContain('• Xã Tân Cương: 2 · 1 đúng hạn · 0 muộn · 1 chưa nộp');
    expect(out).toContain('(còn hạn)');
    await text(p.po!, `/thongke ${u.a!.code} 11/2026`);
    expect(last(p.po!)).toContain('Chưa nộp: Trần Thị Bích');
  });

  it('«Nhắc N người chưa nộp» under /thongke queues the reminder for the current period, once a day however often pressed', async () => {
    await text(p.po!, `/thongke ${u.a!.code}`);
    const button = lastMessages(p.po!).flatMap((m) => (m.type === 'text' ? (m.choices ?? []) : []))[0];
    // Xã Tân Cương: An filed November, neither has filed December (the current period).
    expect(button?.label).toBe('🔔 Nhắc 2 người chưa nộp kỳ này');
    await say(p.po!, { type: 'choice', data: button!.data });
    expect(last(p.po!)).toContain('Đã xếp 2 tin nhắc vào hàng gửi');
    const queued = await t.db.select().from(reminderLedger).where(eq(reminderLedger.period, '2026-12'));
    expect(queued.map((r) => r.personId).sort()).toEqual([p.a1!.id, p.a2!.id].sort());
    await say(p.po!, { type: 'choice', data: button!.data });
    // Only what happened is said (it read «(2 người đã được nhắc hôm nay, 0 người chưa có kênh liên lạc)»).
    expect(last(p.po!)).toBe('Đã xếp 0 tin nhắc vào hàng gửi cho những người chưa nộp báo cáo kỳ này. 2 người đã được nhắc hôm nay.');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.po!.id), eq(auditLog.action, 'completeness.remind')));
    expect(audits.map((a) => (a.details as { queued: number }).queued)).toEqual([2, 0]);
    // A unit outside the official's subtree in a forged button: refused.
    await say(p.po!, { type: 'choice', data: `tk:${u.o!.id}` });
    expect(last(p.po!)).toContain('không thuộc phạm vi');
    const [refusal] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.po!.id), eq(auditLog.action, 'completeness.remind'), eq(auditLog.outcome, 'refused')));
    expect(refusal).toBeDefined();
  });

  it('refuses, and audits, a unit outside the subtree and a period not begun', async () => {
    await text(p.po!, `/thongke ${u.o!.code}`);
    expect(last(p.po!)).toContain('không thuộc phạm vi');
    await text(p.po!, '/thongke 5/2027');
    expect(last(p.po!)).toContain('chưa bắt đầu');
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, p.po!.id), eq(auditLog.outcome, 'refused'), eq(auditLog.action, 'completeness.view')));
    expect(refused.map((a) => (a.details as { reason: string }).reason).sort()).toEqual(['future_period', 'out_of_scope']);
  });

  it('a period nobody had to report for names the period, with no empty placeholders (issue 11 item 15)', async () => {
    await text(p.po!, '/thongke 9/2026');
    expect(last(p.po!)).toMatch(/Kỳ (tháng )?0?9\/2026:/);
    expect(last(p.po!)).not.toMatch(/\(, hạn \)|Kỳ {2}\(/);
    expect(last(p.po!)).toContain('Không có cộng tác viên nào phải báo cáo');
  });

  it('/tonghop 13/2026 answers with /tonghop’s own usage (issue 11 item 15)', async () => {
    await text(p.po!, '/tonghop 13/2026');
    expect(last(p.po!)).toContain('/tonghop [kỳ]');
    expect(last(p.po!)).not.toContain('/thongke');
  });

  it('/tonghop queues the synthesis of the last due period', async () => {
    await text(p.po!, '/tonghop');
    expect(last(p.po!)).toContain('Đang tổng hợp báo cáo tháng 11/2026 của Tỉnh Thái Nguyên');
    expect(last(p.po!)).not.toContain('Lưu ý');
    const runs = await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.requestedBy, p.po!.id));
    expect(runs.map((r) => [r.period, r.status])).toEqual([['2026-11', 'queued']]);
  });

  it('/tonghop of a span without reports says which month has them (issue 11 item 15)', async () => {
    await text(p.po!, '/tonghop 10/2026');
    expect(last(p.po!)).toContain('Kỳ gần nhất có báo cáo là tháng 11/2026');
    expect(last(p.po!)).toContain('/tonghop 11/2026');
    await text(p.po!, `/tonghop ${u.b!.code}`);
    expect(last(p.po!)).toContain('chưa có báo cáo nào được gửi');
  });

  it('/nhanbaocao and /bosung act on a report by receipt number', async () => {
    await text(p.po!, `/nhanbaocao ${receipt}`);
    expect(last(p.po!)).toContain(`Đã đánh dấu tiếp nhận báo cáo ${receipt}`);
    await text(p.po!, `/nhanbaocao ${receipt}`);
    expect(last(p.po!)).toContain('đã được tiếp nhận trước đó');
    await text(p.po!, `/bosung ${receipt} Đề nghị nêu rõ số hộ dân bức xúc`);
    expect(last(p.po!)).toContain('Đã gửi đề nghị bổ sung');
    expect((await t.db.select().from(reports).where(eq(reports.receiptNo, receipt)))[0]!.status).toBe('needs_more');
    await text(p.po!, '/bosung BC-1999-01-000001 thêm');
    expect(last(p.po!)).toContain('Không tìm thấy báo cáo');
  });

  it('collaborators cannot use the officials’ commands: told which, and offered their own', async () => {
    await text(p.a2!, '/thongke');
    expect(last(p.a2!)).toContain('Lệnh /thongke không thuộc chức năng của đồng chí');
    const offered = lastMessages(p.a2!).flatMap((m) => (m.type === 'text' ? (m.choices ?? []).map((c) => c.label) : []));
    expect(offered).toContain('🚨 Báo tin điểm nóng');
    // Mid-form the refusal alone: the open question stays the one to answer.
    await text(p.a2!, '/nhanh');
    await text(p.a2!, '/canhbao');
    expect(lastMessages(p.a2!)).toHaveLength(1);
    expect(last(p.a2!)).toContain('Lệnh /canhbao không thuộc chức năng của đồng chí');
    await text(p.a2!, '/huy');
  });
});

describe('the reminder button', () => {
  it('tells a late collaborator which period is open and opens the periodic report in one more tap', async () => {
    await say(p.a2!, { type: 'choice', data: 'r:open' });
    expect(last(p.a2!)).toContain('báo cáo tháng 11/2026');
    const button = lastMessages(p.a2!)[0];
    const data = button?.type === 'text' ? button.choices?.[0]?.data : undefined;
    // A button that runs a command carries it: it works whenever pressed (issue 11, item 4).
    expect(data).toBe('/baocao');
    await say(p.a2!, { type: 'choice', data: data! });
    expect(last(p.a2!)).toContain('BÁO CÁO ĐỊNH KỲ');
  });

  it('opens the next period for one who filed the last, and offers an update once that is filed too', async () => {
    await say(p.a1!, { type: 'choice', data: 'r:open' });
    expect(last(p.a1!)).toContain('báo cáo tháng 12/2026');
    const dec = await fileReport(t.db, p.a1!, u.a!.id, periodicDraft('2026-12'), vn('2026-11-23T08:00:00'));
    await say(p.a1!, { type: 'choice', data: 'r:open' });
    expect(last(p.a1!)).toContain(`số biên nhận ${dec.receiptNo}`);
    expect(last(p.a1!)).toContain('25/12/2026');
  });
});
