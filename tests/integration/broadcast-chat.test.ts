import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, sends, broadcasts, channelAccounts, outbox, people } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { addPerson, seedPeople, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';
import { createAs, draft, statusOf, BROADCAST_TEST_ENV } from '../helpers/broadcast-harness.js';
import { chatWith, textOf, type ChatPerson, type Seen } from '../helpers/broadcast-chat.js';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { testConfig } from '../helpers/config.js';
import { localTime } from '../../core/kernel/zoned-time.js';

let t: TestDatabase;
let tree: Province;
const config = testConfig({ ...BROADCAST_TEST_ENV, BROADCAST_APPROVAL_THRESHOLD: '5' });
const settings = broadcastSettings(config);
let chat: ReturnType<typeof chatWith>;
let a: PersonRef; // provincial official, the author
let b: PersonRef; // a second provincial official
let c: PersonRef; // a district official (smaller scope)
let A: ChatPerson;
let B: ChatPerson;
let C: ChatPerson;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 2, 2);
  a = await addPerson(t.db, tree.root, 'official', 'Trần Văn Tác Giả', { channel: 'sandbox', accountId: 'a1' });
  b = await addPerson(t.db, tree.root, 'official', 'Lê Thị Duyệt', { channel: 'sandbox', accountId: 'b1' });
  c = await addPerson(t.db, tree.districts[0]!, 'official', 'Cán bộ huyện', { channel: 'sandbox', accountId: 'c1' });
  await seedPeople(t.db, tree.communes, 12, { channel: 'sandbox', firstExternalId: 100, sectors: ['Giáo dục', 'Y tế'] });
  chat = chatWith(t.db, config);
  [A, B, C] = [chat.as('sandbox', 'a1'), chat.as('sandbox', 'b1'), chat.as('sandbox', 'c1')];
});
afterAll(async () => t?.close());

const audits = (action: string) => t.db.select().from(auditLog).where(eq(auditLog.action, action));

/** Title → body → no attachment → unit by code → everyone → no filters → ack 24 h → normal → now: the dry run. */
async function compose(who: ChatPerson, unitCode: string): Promise<Seen[]> {
  await who.say('/dinhhuong');
  await who.say('Thông tin kỳ họp HĐND tỉnh');
  await who.say('Đề nghị các đồng chí nắm tình hình dư luận.');
  let seen = await who.choose(await who.say('Đoạn hai.'), /Xong/);
  seen = await who.choose(seen, /Bỏ qua/);
  seen = await who.choose(seen, /Nhập mã đơn vị/);
  seen = await who.say(unitCode);
  if (!/Gửi cho những ai/.test(textOf(seen))) return seen;
  seen = await who.choose(seen, /Tất cả/);
  seen = await who.choose(seen, /Không lọc/);
  seen = await who.choose(seen, /^Có$/);
  seen = await who.choose(seen, /24 giờ/);
  seen = await who.choose(seen, /Thường/);
  return who.choose(seen, /Gửi ngay/);
}

describe('/dinhhuong in chat', () => {
  it('composes, shows a dry run by unit and channel, and sends on confirmation', async () => {
    const commune = tree.communes[0]!;
    const seen = await compose(A, commune.code);
    const dry = textOf(seen);
    expect(dry).toContain('3 người nhận');
    expect(dry).toContain(`${commune.name}: 3`);
    expect(dry).toContain('Thử nghiệm: 3');
    expect(dry).toContain('Không liên lạc được (chưa có kênh nào): 0');
    expect(dry).toContain('Thời gian gửi ước tính');
    const done = textOf(await A.choose(seen, /^Gửi$/));
    expect(done).toContain('Đã bắt đầu gửi định hướng tới 3 người');
    const [row] = await t.db.select().from(broadcasts).where(eq(broadcasts.authorId, a.id));
    expect(row).toMatchObject({ status: 'sending', audienceSize: 3, requireAck: true, urgent: false, unitId: commune.id });
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, `bfan-${row!.id}-g0`)),
    ).toHaveLength(1);
    expect((await audits('broadcast.create')).some((e) => e.targetId === row!.id && e.outcome === 'ok')).toBe(true);
  });

  it('a unit outside the official’s subtree is refused and the refusal audited', async () => {
    const elsewhere = tree.communes[3]!; // under the second district
    const text = textOf(await compose(C, elsewhere.code));
    expect(text).toContain('Không tìm thấy đơn vị này trong phạm vi phụ trách');
    expect((await audits('broadcast.unit')).some((e) => e.actorId === c.id && e.outcome === 'refused' && e.targetId === elsewhere.id)).toBe(true);
    await C.say('/huy');
  });

  it('collaborators cannot compose', async () => {
    expect(textOf(await chat.as('sandbox', '100').say('/dinhhuong'))).toContain('Lệnh /dinhhuong không thuộc chức năng của đồng chí');
    expect(textOf(await chat.as('sandbox', '100').press(`bc:${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}:x`))).toContain('Không tìm thấy');
  });
});

describe('approval by a second official', () => {
  it('above the threshold: approval requested; the author cannot approve; another official can, once', async () => {
    const seen = await compose(A, tree.root.code);
    expect(textOf(seen)).toContain('cần một cán bộ khác phê duyệt');
    const sent = textOf(await A.choose(seen, /^Gửi$/));
    expect(sent).toContain('Đã gửi yêu cầu tới 1 cán bộ');
    const [row] = await t.db
      .select()
      .from(broadcasts)
      .where(and(eq(broadcasts.authorId, a.id), eq(broadcasts.status, 'awaiting_approval')));
    const id = row!.id;
    const asked = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `bappr-${id}`));
    expect(asked.map((s) => s.personId)).toEqual([b.id]);
    expect(JSON.stringify(asked[0]!.message)).toContain(`ba:${id}:y`);

    expect(textOf(await A.press(`ba:${id}:y`))).toContain('không thể tự phê duyệt');
    expect((await statusOf(t.db, id)).status).toBe('awaiting_approval');
    expect((await audits('broadcast.approve')).some((e) => e.actorId === a.id && e.outcome === 'refused')).toBe(true);
    expect(textOf(await C.press(`ba:${id}:y`))).toContain('ngoài phạm vi');

    expect(textOf(await B.press(`ba:${id}:y`))).toContain('Đã phê duyệt');
    expect(await statusOf(t.db, id)).toMatchObject({ status: 'sending', approverId: b.id });
    expect(
      await t.db
        .select()
        .from(sends)
        .where(eq(sends.purpose, `bdec-${id}`)),
    ).toHaveLength(1);
    expect(textOf(await B.press(`ba:${id}:y`))).toContain('không còn áp dụng');
    expect(textOf(await B.press(`ba:${id}:n`))).toContain('không còn áp dụng');
  });
});

describe('rejection and the list', () => {
  it('a second official rejects: cancelled, the author is told, nothing is sent', async () => {
    const seen = await compose(A, tree.root.code);
    await A.choose(seen, /^Gửi$/);
    const [row] = await t.db
      .select()
      .from(broadcasts)
      .where(and(eq(broadcasts.authorId, a.id), eq(broadcasts.status, 'awaiting_approval')));
    expect(textOf(await B.press(`ba:${row!.id}:n`))).toContain('Đã từ chối');
    expect(await statusOf(t.db, row!.id)).toMatchObject({ status: 'cancelled', approverId: b.id });
    const told = await t.db
      .select()
      .from(sends)
      .where(eq(sends.purpose, `bdec-${row!.id}`));
    expect(JSON.stringify(told[0]?.message)).toContain('đã bị đồng chí Lê Thị Duyệt từ chối');
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, `bfan-${row!.id}-g0`)),
    ).toHaveLength(0);
  });

  it('/dinhhuong_ds lists recent broadcasts in scope with their figures; a button opens one with its rate by unit', async () => {
    const list = await A.say('/dinhhuong_ds');
    expect(textOf(list)).toContain('Các định hướng gần đây');
    expect(textOf(list)).toMatch(/1\. «Thông tin kỳ họp HĐND tỉnh» — đã hủy — đã gửi 0\/\d+/);
    const detail = await A.choose(list, /Xem 2/);
    expect(textOf(detail)).toContain('📊 Định hướng «');
    expect(textOf(detail)).toContain('Trạng thái:');
    // A district official sees only what lies in the district: the commune one, none of the province-wide.
    const theirs = textOf(await C.say('/dinhhuong_ds'));
    expect(theirs).toMatch(/1\. «Thông tin kỳ họp HĐND tỉnh» — đang gửi — đã gửi 0\/3/);
    expect(theirs).not.toContain('\n2. ');
  });
});

describe('controls', () => {
  it('pause, resume (new generation), cancel — in scope only, each audited, repeats harmless', async () => {
    const { id } = await createAs(t.db, a, draft(tree.root.id, { urgent: false }), { ...settings, approvalThreshold: 1000 });
    expect(textOf(await C.press(`bc:${id}:p`))).toContain('ngoài phạm vi');
    expect(textOf(await A.press(`bc:${id}:p`))).toContain('Đã tạm dừng');
    expect(textOf(await A.press(`bc:${id}:p`))).toContain('không còn áp dụng');
    expect(textOf(await B.press(`bc:${id}:r`))).toContain('đang gửi');
    expect(await statusOf(t.db, id)).toMatchObject({ status: 'sending', generation: 1 });
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, `bfan-${id}-g1`)),
    ).toHaveLength(1);
    expect(textOf(await A.press(`bc:${id}:x`))).toContain('Đã hủy');
    expect((await statusOf(t.db, id)).status).toBe('cancelled');
    const verbs = (await t.db.select().from(auditLog).where(eq(auditLog.targetId, id))).map((e) => `${e.action}:${e.outcome}`);
    expect(verbs).toEqual([
      'broadcast.create:ok',
      'broadcast.pause:refused',
      'broadcast.pause:ok',
      'broadcast.pause:refused',
      'broadcast.resume:ok',
      'broadcast.cancel:ok',
    ]);
  });
});

describe('"Đã nhận"', () => {
  async function deliveredTo(externalId: string, over: Partial<Parameters<typeof draft>[1]> = {}) {
    const { id } = await createAs(t.db, a, draft(tree.root.id, { requireAck: true, ...over }), { ...settings, approvalThreshold: 1000 });
    const [p] = await t.db
      .select({ id: people.id, unitId: people.unitId })
      .from(channelAccounts)
      .innerJoin(people, eq(people.id, channelAccounts.personId))
      .where(and(eq(channelAccounts.channel, 'sandbox'), eq(channelAccounts.externalId, externalId)));
    const [d] = await t.db
      .insert(sends)
      .values({
        purpose: `bc-${id}`,
        lane: 'broadcast',
        broadcastId: id,
        personId: p!.id,
        unitId: p!.unitId,
        channel: 'sandbox',
        accountId: externalId,
        state: 'sent',
        partsSent: 1,
        sentAt: new Date(),
      })
      .returning();
    return { broadcastId: id, deliveryId: d!.id };
  }

  it('is recorded once: a double tap answers "already" and keeps the first time', async () => {
    const { deliveryId } = await deliveredTo('101');
    const x = chat.as('sandbox', '101');
    expect(textOf(await x.press(`bk:${deliveryId}`))).toContain('Cảm ơn đồng chí đã xác nhận');
    const [first] = await t.db.select().from(sends).where(eq(sends.id, deliveryId));
    expect(first?.state).toBe('acknowledged');
    expect(textOf(await x.press(`bk:${deliveryId}`))).toContain('đã xác nhận định hướng');
    const [again] = await t.db.select().from(sends).where(eq(sends.id, deliveryId));
    expect(again?.ackedAt?.getTime()).toBe(first?.ackedAt?.getTime());
    // Someone else's button does nothing for them.
    expect(textOf(await chat.as('sandbox', '102').press(`bk:${deliveryId}`))).toContain('Không tìm thấy');
  });

  it('on a cancelled broadcast is refused; /danhan acknowledges the latest on text-only channels', async () => {
    const cancelled = await deliveredTo('103');
    await t.db.update(broadcasts).set({ status: 'cancelled' }).where(eq(broadcasts.id, cancelled.broadcastId));
    const y = chat.as('sandbox', '103');
    expect(textOf(await y.press(`bk:${cancelled.deliveryId}`))).toContain('đã được thu hồi');
    expect(textOf(await y.say('/danhan'))).toContain('không có định hướng nào chờ');
    const live = await deliveredTo('103');
    expect(textOf(await y.say('/danhan'))).toContain('Cảm ơn');
    const [d] = await t.db.select().from(sends).where(eq(sends.id, live.deliveryId));
    expect(d?.state).toBe('acknowledged');
  });

  it('«da nhan», «Đã nhận» typed instead of pressed acknowledge the latest (it showed the menu)', async () => {
    const typed = await deliveredTo('104');
    const z = chat.as('sandbox', '104');
    expect(textOf(await z.say('da nhan'))).toContain('Cảm ơn đồng chí đã xác nhận');
    const [d] = await t.db.select().from(sends).where(eq(sends.id, typed.deliveryId));
    expect(d?.state).toBe('acknowledged');
    expect(textOf(await z.say('Đã nhận'))).toContain('không có định hướng nào chờ');
  });
});

// Last: it adds a provincial official (approver counts above would change).
describe('/dinhhuong at night', () => {
  it('«Gửi ngay» in quiet hours: the dry run says the start waits for them to end, and how to send at once', async () => {
    const hhmm = (at: Date) => {
      const l = localTime(at, config.TIMEZONE);
      return `${String(l.hour).padStart(2, '0')}:${String(l.minute).padStart(2, '0')}`;
    };
    const now = Date.now();
    const quiet = testConfig({
      ...BROADCAST_TEST_ENV,
      BROADCAST_APPROVAL_THRESHOLD: '5',
      QUIET_HOURS: `${hhmm(new Date(now - 3_600_000))}-${hhmm(new Date(now + 3_600_000))}`,
    });
    await addPerson(t.db, tree.root, 'official', 'Cán bộ trực đêm', { channel: 'sandbox', accountId: 'q1' });
    const night = chatWith(t.db, quiet).as('sandbox', 'q1');
    const nightSeen = await compose(night, tree.communes[0]!.code);
    const dry = textOf(nightSeen);
    expect(dry).toMatch(/Bắt đầu gửi: \d\d:\d\d \d\d\/\d\d\/\d{4} \(đang trong giờ nghỉ: tin thường gửi khi hết giờ nghỉ; cần gửi ngay thì chọn mức «Khẩn»\)/);
    expect(textOf(await night.choose(nightSeen, /^Hủy$/))).toContain('hủy');
    // Outside quiet hours the start is now, with no such note.
    const day = await compose(A, tree.communes[0]!.code);
    expect(textOf(day)).not.toContain('giờ nghỉ');
    expect(textOf(await A.choose(day, /^Hủy$/))).toContain('hủy');
  });
});
