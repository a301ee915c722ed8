import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareLabel } from '../helpers/chat-driver.js';
import { eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { createInvite } from '../../core/people/invites.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { InboundMessage, OutboundMessage } from '../../core/kernel/messages.js';
import { seedTopics } from '../../core/reports/topics.js';
import { auditLog, channelAccounts, hotSpots, invites, outbox, people, reportIssues, reports } from '../../db/schema/index.js';
import { createFeatures } from '../../bot/features/index.js';
import { configSchema } from '../../core/platform/config.js';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { makeUnitAndPerson } from './domain-fixtures.js';

/** The collaborator feature through the real intake engine and database: effects really write. */
let t: TestDatabase;
let intake: Intake;
let unitId: string;
const outbound = new Map<string, OutboundMessage[]>();
let seq = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedTopics(t.db);
  ({ unitId } = await makeUnitAndPerson(t.db, 'Xã Tân Hòa'));
  intake = createIntake({
    db: t.db,
    features: createFeatures({ config: configSchema.parse({}), i18n: createI18n() }),
    t: createI18n().t,
    logger: silentLogger,
    maxTextLength: 4000,
    defaultLocale: 'vi',
    deliver: async (a, messages) => {
      outbound.set(a.accountId, messages);
    },
  });
});
afterAll(async () => t.close());

function user(accountId: string) {
  const send = async (payload: InboundMessage['payload']) => {
    outbound.delete(accountId);
    await intake.handle({ channel: 'sandbox', accountId, updateKey: `u${++seq}`, receivedAt: new Date(), payload });
    return (outbound.get(accountId) ?? []).map((m) => (m.type === 'text' ? m.text : '')).join('\n');
  };
  return {
    say: (text: string) => send({ type: 'text', text }),
    /** Press the button with this label in the last messages received. */
    press(label: string) {
      const choice = (outbound.get(accountId) ?? []).flatMap((m) => m.choices ?? []).find((c) => bareLabel(c.label) === label);
      if (!choice) throw new Error(`no button "${label}"`);
      return send({ type: 'choice', data: choice.data });
    },
  };
}

describe('collaborator feature end to end', () => {
  it('registers with an invite and consent, then files a quick report, a hot spot, and sees them', async () => {
    const { code } = await createInvite(t.db, { unitId, role: 'collaborator', displayName: 'Lê Văn Cường', ttlHours: 72 });
    const u = user('c1');
    expect(await u.say(`/start ${code}`)).toContain('Luật số 91/2025/QH15');
    expect(await u.press('Đồng ý')).toContain('Đăng ký thành công');
    const [account] = await t.db.select().from(channelAccounts).where(eq(channelAccounts.externalId, 'c1'));
    const [person] = await t.db.select().from(people).where(eq(people.id, account!.personId));
    expect(person).toMatchObject({ displayName: 'Lê Văn Cường', unitId, consentVersion: '2026-01' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.targetId, person!.id));
    expect(audits.map((a) => a.action)).toEqual(['person.registered']);

    expect(await u.say('xin chào')).toContain('Kính chào đồng chí Lê Văn Cường');
    await u.press('⚡ Báo cáo nhanh');
    await u.say('Tụ tập tại UBND xã');
    await u.say('Sáng nay khoảng 40 hộ dân tập trung tại trụ sở UBND xã.');
    await u.say('5'); // "Đất đai – tài nguyên – môi trường", typed as its number
    await u.say('DD01');
    await u.press('Trái chiều');
    await u.press('Một bộ phận');
    await u.say('nong dan'); // typed label, no accents
    await u.say('Cho rằng giá bồi thường thấp.');
    await u.press('Xong, tiếp tục');
    await u.press('Trong xã, phường');
    await u.press('Trực tiếp chứng kiến');
    await u.press('Đã kiểm chứng');
    expect(await u.press('Bỏ qua')).toContain('XEM LẠI BÁO CÁO NHANH');
    const receipt = await u.press('✅ Gửi báo cáo');
    expect(receipt).toMatch(/BN-\d{4}-\d{2}-000001/);
    const [rep] = await t.db.select().from(reports).where(eq(reports.reporterId, person!.id));
    expect(rep).toMatchObject({ kind: 'quick', unitId, spread: 'xa', channel: 'sandbox', title: 'Tụ tập tại UBND xã' });
    const [issue] = await t.db.select().from(reportIssues).where(eq(reportIssues.reportId, rep!.id));
    expect(issue).toMatchObject({ topicCode: 'DD01', reliability: 'da_kiem_chung', proposals: null });

    await u.say('/diemnong');
    await u.press('Khiếu kiện đông người, vượt cấp');
    expect(await u.press('3 – Khẩn')).toContain('gọi điện ngay');
    await u.say('Trụ sở UBND xã Tân Hòa');
    await u.say('Khoảng 60 người tập trung, có băng rôn.');
    await u.press('50–200 người');
    expect(await u.press('🚨 Gửi ngay')).toMatch(/DN-\d{4}-\d{2}-000001/);
    const [spot] = await t.db.select().from(hotSpots).where(eq(hotSpots.reporterId, person!.id));
    expect(spot).toMatchObject({ severity: 3, category: 'khieu_kien', levelUnitId: unitId, peopleEstimate: 50, status: 'open' });
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, `hs-created-${spot!.id}`)),
    ).toHaveLength(1);

    const status = await u.say('/trangthai');
    expect(status).toContain(rep!.receiptNo!);
    expect(status).toContain(spot!.receiptNo);
    expect(status).toContain('Mới tiếp nhận, chờ xử lý');
  });

  it('refusing consent stores nothing and leaves the invite usable', async () => {
    const { code, inviteId } = await createInvite(t.db, { unitId, role: 'collaborator', displayName: 'Phạm Thị Dung', ttlHours: 72 });
    const u = user('c2');
    await u.say(code);
    expect(await u.press('Không đồng ý')).toContain('không lưu bất kỳ thông tin nào');
    expect(await t.db.select().from(channelAccounts).where(eq(channelAccounts.externalId, 'c2'))).toHaveLength(0);
    expect(await t.db.select().from(people).where(eq(people.displayName, 'Phạm Thị Dung'))).toHaveLength(0);
    await u.say(code);
    expect(await u.press('Đồng ý')).toContain('Đăng ký thành công');
    const [p] = await t.db.select().from(people).where(eq(people.displayName, 'Phạm Thị Dung'));
    const [inv] = await t.db.select().from(invites).where(eq(invites.id, inviteId));
    expect(inv?.usedByPersonId).toBe(p?.id);
  });

  it('a periodic draft survives another flow and is resumed with /tieptuc', async () => {
    const { code } = await createInvite(t.db, { unitId, role: 'collaborator', displayName: 'Võ Minh Em', ttlHours: 72 });
    const u = user('c3');
    await u.say(code);
    await u.press('Đồng ý');
    await u.say('/baocao');
    await u.press('Ổn định');
    await u.say('/diemnong');
    await u.say('/huy');
    expect(await u.say('/tieptuc')).toContain('Tâm trạng chủ đạo');
  });
});
