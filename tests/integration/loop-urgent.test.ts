import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { noticeRenderer } from '../../core/reports/notices.js';
import { handleUrgentDeadline, REPORT_URGENT_JOB, type UrgentJob } from '../../core/reports/urgent.js';
import { noticePrefs, outbox, reports } from '../../db/schema/index.js';
import { jobDefinitions } from '../../workers/jobs/index.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';

/**
 * Issue 13 §1: a quick report sent as urgent ("khẩn") follows the hot-spot acknowledgement and
 * escalation rules — the commune's officials get it with a deadline whatever their /thongbao
 * setting, a missed deadline sends it to the province, «Tiếp nhận» there stops the clock.
 */
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
  who.tinh = await member(t.db, tree.province, 'official', 'Cán bộ tỉnh Lan');
  world = loopWorld(t.db, config);
});
afterAll(async () => {
  await t?.close();
});

/** Answers the quick report like fillUntilReceipt, but sends it with «Gửi báo cáo khẩn». */
let receiptSeen: SeenMessage[] = [];
async function fileUrgent(user: ChatUser, first: SeenMessage[]): Promise<string> {
  let seen = first;
  for (let step = 0; step < 60; step++) {
    const receipt = seen.map((m) => /BN-\d{4}-\d{2}-\d{6}/.exec(m.text)?.[0]).find(Boolean);
    receiptSeen = seen;
    if (receipt) return receipt;
    const choices = seen.at(-1)?.choices.length ? seen.flatMap((m) => m.choices) : [];
    const pick =
      choices.find((c) => c.label.includes('Gửi báo cáo khẩn')) ??
      choices.find((c) => /(Xong, tiếp tục|Không, tiếp tục)/u.test(c.label)) ??
      choices.find((c) => !/^(✏️|🗑|‹|Xem thêm|Thêm|Bỏ qua|Không có|Sửa|Hủy|Nhóm khác)/u.test(c.label));
    seen = pick ? await user.press(pick.data) : await user.send(`Nội dung khẩn ${step}: đông người tập trung trước trụ sở xã`);
  }
  throw new Error('no receipt');
}

const fire = (job: UrgentJob) =>
  t.db.transaction(async (tx) => handleUrgentDeadline(tx, { t: tr, config, now: new Date(), notice: (await noticeRenderer(tx, tr, job.reportId))! }, job));

describe('an urgent report (issue 13 §1)', () => {
  it('reaches the unit’s officials with a deadline, climbs to the province when missed, and stops once acknowledged', async () => {
    // The commune official turned quick-report notices off: an urgent one reaches them all the same.
    await world.user(who.binh!).send('/thongbao tat nhanh');
    expect(await t.db.select().from(noticePrefs).where(eq(noticePrefs.personId, who.binh!.id))).toMatchObject([{ reportKind: 'quick', mode: 'off' }]);
    const receipt = await fileUrgent(world.user(who.ctv!), await world.user(who.ctv!).send('/nhanh'));
    const [report] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    expect(report).toMatchObject({ urgent: true, status: 'submitted' });
    // The reporter hears what sending it as urgent set in motion.
    expect(receiptSeen.map((m) => m.text).join('\n')).toContain('Báo cáo được gửi khẩn: cán bộ phụ trách đã được báo ngay');
    expect(await world.inbox(who.binh!, `rn-${report!.id}`)).toEqual([]);
    const [first] = await world.inbox(who.binh!, `ru-${report!.id}-s0`);
    expect(first!.text).toContain('BÁO CÁO KHẨN');
    expect(first!.text).toContain(receipt);
    expect(first!.text).toContain('Hạn tiếp nhận');
    expect(first!.choices.map((c) => c.label)).toContain('Tiếp nhận');
    const jobs = (await t.db.select().from(outbox).where(eq(outbox.name, REPORT_URGENT_JOB))).filter((j) => (j.payload as UrgentJob).reportId === report!.id);
    expect(jobs).toHaveLength(1);
    // Severity 3 ("Khẩn") of the acknowledgement policy: 30 minutes by default.
    expect(Math.round((jobs[0]!.runAt.getTime() - report!.submittedAt!.getTime()) / 60_000)).toBe(30);

    // Missed: the province is told, once.
    const job = jobs[0]!.payload as UrgentJob;
    expect(await fire(job)).toBe('notified');
    expect(await fire(job)).toBe('duplicate');
    const up = await world.inbox(who.tinh!, `ru-${report!.id}-s1`);
    expect(up).toHaveLength(1);
    expect(up[0]!.text).toContain('chuyển lên từ Xã Tân Hòa');

    // The province acknowledges: the report is received, the next deadline does nothing.
    const got = await world.user(who.tinh!).press(up[0]!.choices.find((c) => c.label === 'Tiếp nhận')!.data);
    expect(got.at(-1)!.text).toContain(receipt);
    expect((await t.db.select().from(reports).where(eq(reports.id, report!.id)))[0]!.status).toBe('received');
    const next = (await t.db.select().from(outbox).where(eq(outbox.name, REPORT_URGENT_JOB))).map((j) => j.payload as UrgentJob).find((p) => p.step === 1)!;
    expect(await fire(next)).toBe('handled');
    // /xem shows it was sent as urgent.
    expect((await world.user(who.tinh!).send(`/xem ${receipt}`)).at(-1)!.text).toContain('Người báo cáo gửi KHẨN');
  });

  it('a unit with no official passes an urgent report straight up; the job is one the workers know', async () => {
    const lone = await member(t.db, tree.otherCommune, 'collaborator', 'CTV An Lạc');
    const receipt = await fileUrgent(world.user(lone), await world.user(lone).send('/nhanh'));
    const [report] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    expect((await world.inbox(who.tinh!, `ru-${report!.id}-s0`))[0]!.text).toContain('BÁO CÁO KHẨN');
    expect(jobDefinitions.some((d) => d.queue === 'alert-timers' && d.name === REPORT_URGENT_JOB)).toBe(true);
  });
});
