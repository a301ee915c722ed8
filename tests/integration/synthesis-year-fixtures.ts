import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { hotSpots } from '../../db/schema/index.js';
import { createHotSpot } from '../../core/hot-spots/create.js';
import { formatPeriod } from '../../core/kernel/periods.js';
import { seedTopics } from '../../core/reports/topics.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';

/**
 * A year of reporting (2026) in two communes, with figures that move: price worries grow month
 * by month, land issues come and go, hot spots of two categories, and one commune whose second
 * collaborator stops reporting in the second half.
 */
export async function seedYear(db: Db): Promise<{ u: Record<string, Unit>; p: Record<string, PersonRef> }> {
  await seedTopics(db);
  const u = await seedUnits(db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Gia Sàng', parent: 'p' },
  ]);
  const joined = { createdAt: vn('2025-12-01T00:00:00') };
  const p = {
    a1: await addPerson(db, u.a!.id, 'collaborator', 'CTV A1', joined),
    b1: await addPerson(db, u.b!.id, 'collaborator', 'CTV B1', joined),
    b2: await addPerson(db, u.b!.id, 'collaborator', 'CTV B2', joined),
  };
  const stream = (stance: string, prevalence: string, holderGroup: string, content: string) => ({ stance, prevalence, holderGroup, content });
  for (let m = 1; m <= 12; m++) {
    const period = formatPeriod(2026, m);
    const day = (d: number) => vn(`${period}-${String(d).padStart(2, '0')}T09:00:00`);
    // Prices: one issue a month in A, a second one in B from the second half; worries grow.
    const price = (n: number) => ({
      topicCode: 'KT01',
      title: `Giá cả tháng ${m} (${n})`,
      scope: 'trong_tinh',
      summary: 'Giá vật tư tăng',
      streams: [stream(m >= 7 ? 'ban_khoan' : 'dong_tinh', 'da_so', 'nong_dan', 'Ý kiến về giá')],
    });
    await fileReport(db, p.a1, u.a!.id, periodicDraft(period, { issues: [price(1)] }), day(15));
    const landIssue = {
      topicCode: 'DD01',
      title: `Đất đai tháng ${m}`,
      scope: 'dia_phuong',
      streams: [stream('trai_chieu', 'mot_so', 'nhan_dan', 'Bồi thường thấp')],
    };
    await fileReport(
      db,
      p.b1,
      u.b!.id,
      periodicDraft(period, { issues: m >= 7 ? [price(2), landIssue] : m % 3 === 0 ? [landIssue] : [] }),
      day(m % 2 ? 18 : 22),
    );
    if (m <= 6) await fileReport(db, p.b2, u.b!.id, periodicDraft(period), day(10));
    if (m % 4 === 0 || m === 11) {
      const hs = await db.transaction((tx) =>
        createHotSpot(
          tx,
          { category: m === 11 ? 'moi_truong' : 'dat_dai', severity: 2, placeText: 'Thôn 3', description: 'Người dân tập trung kiến nghị', media: [] },
          { personId: p.b1.id, unitId: u.b!.id, channel: 'sandbox' },
          day(5),
        ),
      );
      await db.update(hotSpots).set({ status: 'resolved', resultNote: 'Đã đối thoại', resultShareable: true }).where(eq(hotSpots.id, hs.hotSpotId));
    }
  }
  return { u, p };
}
