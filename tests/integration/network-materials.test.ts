import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Intake } from '../../bot/engine/intake.js';
import { auditLog, broadcasts, materialReads, materials, sends } from '../../db/schema/index.js';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { startHarness, statusOf, type Harness } from '../helpers/broadcast-harness.js';
import { waitFor } from '../helpers/wait.js';
import { addPerson, seedProvince, type PersonRef, type Province } from '../../testkit/seed.js';

/**
 * Issue 17 item 5 through the real intake and the real guidance path (relay, BullMQ, fan-out,
 * send jobs, fake Telegram): a district official publishes a note with /tailieu_moi; its
 * collaborators get it as guidance with «Đã nhận»; one presses it, another opens it from
 * /tailieu and taps «Đã đọc», one who joined later reads it too; the official sees who has read
 * it. Another district's collaborator does not see it; another district's official is refused.
 */
let t: TestDatabase;
let tree: Province;
let h: Harness;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
let official: ChatUser;
let neighbour: ChatUser;
const c: Record<'a' | 'b' | 'other', PersonRef> = {} as never;
let materialId = '';

const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
function press(u: ChatUser, seen: SeenMessage[], label: RegExp): Promise<SeenMessage[]> {
  const choice = seen.flatMap((m) => m.choices).find((x) => label.test(x.label));
  if (!choice) throw new Error(`no ${String(label)} in ${seen.map((m) => m.choices.map((x) => x.label).join(' | ')).join(' / ')}`);
  return u.press(choice.data);
}
/** A collaborator on Telegram, talking to the same intake (what the webhook would hand it). */
function telegramUser(accountId: string): ChatUser {
  let seq = 0;
  const deliver = async (payload: Parameters<Intake['handle']>[0]['payload']) => {
    const before = outbox.get(accountId)?.length ?? 0;
    await intake.handle({ channel: 'telegram', accountId, updateKey: `tg-${accountId}-${Date.now()}-${++seq}`, receivedAt: new Date(), payload });
    await intake.replies.idle();
    return (outbox.get(accountId) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : (m.caption ?? ''), choices: m.choices ?? [] }));
  };
  return { send: (x) => deliver({ type: 'text', text: x }), press: (data) => deliver({ type: 'choice', data }) };
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedProvince(t.db, 2, 2);
  h = await startHarness({ db: t.db, redisUrl: testRedisUrl() });
  intake = createCollectingIntake(t.db, h.config, outbox);
  official = intakeUser(() => intake, outbox, (await addPerson(t.db, tree.districts[0]!, 'official', 'Cán bộ huyện 1')).accountId);
  neighbour = intakeUser(() => intake, outbox, (await addPerson(t.db, tree.districts[1]!, 'official', 'Cán bộ huyện 2')).accountId);
  const [x1, x2, , x4] = tree.communes;
  c.a = await addPerson(t.db, x1!, 'collaborator', 'Lâm Văn An', { channel: 'telegram' });
  c.b = await addPerson(t.db, x2!, 'collaborator', 'Thạch Thị Bình', { channel: 'telegram' });
  c.other = await addPerson(t.db, x4!, 'collaborator', 'Kim Văn Khác', { channel: 'telegram' });
});
afterAll(async () => {
  await h?.stop();
  await t?.close();
});

describe('training material (/tailieu)', () => {
  it('an official publishes a note to the district: it goes out as guidance asking «Đã nhận»', async () => {
    expect(text(await official.send('/tailieu'))).toContain('Thư viện tài liệu chưa có tài liệu nào');
    let seen = await official.send('/tailieu_moi');
    expect(text(seen)).toContain('Tài liệu thuộc chủ đề nào?');
    seen = await official.send('Kỹ năng nắm bắt dư luận');
    seen = await press(official, seen, /Đường dẫn/);
    seen = await official.send('Sổ tay cộng tác viên');
    seen = await official.send('không phải đường dẫn');
    expect(text(seen)).toContain('Đường dẫn chưa đúng');
    await official.send('/huy xacnhan');
    seen = await official.send('/tailieu_moi');
    seen = await official.send('Kỹ năng nắm bắt dư luận');
    seen = await press(official, seen, /Ghi chú ngắn/);
    seen = await official.send('Năm bước nắm tình hình');
    seen = await official.send('1. Nghe. 2. Ghi theo nhóm, không ghi tên người. 3. Đối chiếu. 4. Báo cáo kịp thời. 5. Giữ bí mật.');
    seen = await press(official, seen, /Huyện/);
    expect(text(seen)).toContain('• Chủ đề: Kỹ năng nắm bắt dư luận');
    seen = await press(official, seen, /Gửi tài liệu/);
    expect(text(seen)).toContain('Đã gửi tài liệu tới 2 cộng tác viên của Huyện');
    const [m] = await t.db.select().from(materials);
    materialId = m!.id;
    await waitFor(() => statusOf(t.db, m!.broadcastId), { until: (s) => s.status === 'done', timeout: 20_000, what: 'material sent' });
    const got = h.fake.messages.filter((x) => x.chatId === c.a.accountId).at(-1)!;
    expect(got.text).toContain('Năm bước nắm tình hình');
    expect(h.fake.messages.some((x) => x.chatId === c.other.accountId)).toBe(false);
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'material.publish'));
    expect(audits.map((a) => a.outcome)).toEqual(['ok']);
  });

  it('«Đã nhận» on the message counts as read; another opens it from /tailieu and taps «Đã đọc»', async () => {
    const a = telegramUser(c.a.accountId);
    const [delivery] = await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, c.a.id), eq(sends.broadcastId, (await t.db.select().from(broadcasts))[0]!.id)));
    expect(text(await a.press(`bk:${delivery!.id}`))).toMatch(/xác nhận/);
    expect(text(await a.send('/tailieu'))).toContain('• Kỹ năng nắm bắt dư luận: 1 tài liệu');

    const b = telegramUser(c.b.accountId);
    let seen = await b.send('/tailieu');
    expect(text(seen)).toContain('• Kỹ năng nắm bắt dư luận: 1 tài liệu, 1 chưa đọc');
    seen = await press(b, seen, /Kỹ năng nắm bắt dư luận/);
    expect(text(seen)).toMatch(/1\. Năm bước nắm tình hình — gửi tới Huyện .*\(chưa đọc\)/);
    seen = await press(b, seen, /Năm bước/);
    expect(text(seen)).toContain('📖 Năm bước nắm tình hình');
    expect(text(seen)).toContain('Giữ bí mật');
    seen = await press(b, seen, /Đã đọc/);
    expect(text(seen)).toContain('Đã ghi nhận đồng chí đã đọc «Năm bước nắm tình hình»');
    expect(text(await b.press(`tl:r:${materialId}`))).toContain('đã đọc «Năm bước nắm tình hình» trước đó');
    const [bDelivery] = await t.db.select().from(sends).where(eq(sends.personId, c.b.id));
    expect(bDelivery!.state).toBe('acknowledged');
  });

  it('someone who joined later finds it and reads it; another district sees nothing', async () => {
    const late = await addPerson(t.db, tree.communes[1]!, 'collaborator', 'Sơn Thị Mới', { channel: 'telegram' });
    const u = telegramUser(late.accountId);
    const seen = await u.press(`tl:o:${materialId}`);
    expect(text(seen)).toContain('📖 Năm bước nắm tình hình');
    await press(u, seen, /Đã đọc/);
    expect(await t.db.select().from(materialReads).where(eq(materialReads.personId, late.id))).toHaveLength(1);
    const other = telegramUser(c.other.accountId);
    expect(text(await other.send('/tailieu'))).toContain('Chưa có tài liệu bồi dưỡng nào được gửi tới đồng chí.');
    expect(text(await other.press(`tl:o:${materialId}`))).toContain('Không tìm thấy tài liệu này.');
  });

  it('the official sees who has read it; an official of another district is refused and audited', async () => {
    let seen = await official.send('/tailieu');
    seen = await press(official, seen, /Kỹ năng/);
    seen = await press(official, seen, /Năm bước/);
    seen = await press(official, seen, /Ai đã đọc/);
    const out = text(seen);
    expect(out).toContain('«Năm bước nắm tình hình»: 3/3 người đã đọc.');
    expect(out).toMatch(/Đã đọc: .*Lâm Văn An/);
    expect(out).toContain('Sơn Thị Mới');
    expect(out).toContain('Chưa đọc: —');
    expect(text(await neighbour.press(`tl:w:${materialId}`))).toContain('ngoài phạm vi');
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'material.readers'), eq(auditLog.outcome, 'refused')));
    expect(refused).toHaveLength(1);
  });
});
