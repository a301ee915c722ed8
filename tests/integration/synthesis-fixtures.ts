import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { hotSpots } from '../../db/schema/index.js';
import { createHotSpot } from '../../core/hot-spots/create.js';
import type { ReportDraft } from '../../core/reports/draft.js';
import { seedTopics } from '../../core/reports/topics.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';

const stream = (stance: string, prevalence: string, holderGroup: string, content: string) => ({ stance, prevalence, holderGroup, content });

/**
 * A province with two communes and November 2026's material: two periodic reports (one late)
 * sharing an issue and a stream, a quick report marked as rumour, and a resolved hot spot.
 */
export async function seedSynthesisMonth(db: Db): Promise<{ u: Record<string, Unit>; p: Record<string, PersonRef> }> {
  const t = { db };
  const p: Record<string, PersonRef> = {};
  await seedTopics(t.db);
  const u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Phan Đình Phùng', parent: 'p' },
  ]);
  const joined = { createdAt: vn('2026-10-01T00:00:00') };
  p.a1 = await addPerson(t.db, u.a!.id, 'collaborator', 'Nguyễn Văn An', joined);
  p.a2 = await addPerson(t.db, u.a!.id, 'collaborator', 'Trần Thị Bích', joined);
  p.b1 = await addPerson(t.db, u.b!.id, 'collaborator', 'Hoàng Văn Em', joined);
  p.b2 = await addPerson(t.db, u.b!.id, 'collaborator', 'Vũ Thị Phượng', joined);

  await fileReport(
    t.db,
    p.a1!,
    u.a!.id,
    periodicDraft('2026-11', {
      mood: 'tin_tuong',
      issues: [
        {
          topicCode: 'KT01',
          title: 'Giá xăng dầu tăng',
          streams: [
            stream('ban_khoan', 'nhieu_y_kien', 'nong_dan', 'Lo chi phí sản xuất tăng'),
            stream('dong_tinh', 'mot_bo_phan', 'cbccvc', 'Đồng tình với cách điều hành giá của Nhà nước'),
          ],
          causes: 'Giá dầu thế giới tăng',
          forecast: 'Dư luận tiếp tục quan tâm trong tháng tới',
          proposals: 'Bình ổn giá vật tư nông nghiệp',
        },
      ],
      rumours: 'Tin đồn sắp đổi tiền mới',
      goodPractices: 'Mô hình tổ tự quản an ninh trật tự',
      proposals: 'Tăng cường thông tin chính thống ở cơ sở',
    }),
    vn('2026-11-18T09:00:00'),
  );
  await fileReport(
    t.db,
    p.a2!,
    u.a!.id,
    periodicDraft('2026-11', {
      assessment: 'co_ban_on_dinh',
      mood: 'lo_lang',
      issues: [
        {
          topicCode: 'KT01',
          title: 'Giá xăng dầu tăng',
          streams: [stream('ban_khoan', 'da_so', 'cong_nhan', 'Lo chi phí sản xuất tăng.')],
          proposals: 'Bình ổn giá vật tư nông nghiệp',
        },
        {
          topicCode: 'CT05',
          title: 'Sắp xếp đơn vị hành chính cấp xã',
          streams: [stream('de_xuat', 'mot_so', 'khac:tiểu thương chợ Túc Duyên', 'Đề nghị giữ tên gọi xã cũ cho thôn')],
        },
      ],
    }),
    vn('2026-11-22T09:00:00'),
  );
  const quick: ReportDraft = {
    kind: 'quick',
    period: '2026-11',
    issues: [
      {
        topicCode: 'DD01',
        title: 'Tin thu hồi đất làm khu công nghiệp',
        summary: 'Lan truyền trên mạng xã hội, chưa có căn cứ',
        reliability: 'tin_don',
        streams: [],
      },
    ],
  };
  await fileReport(t.db, p.b1!, u.b!.id, quick, vn('2026-11-10T15:00:00'));
  const hs = await t.db.transaction((tx) =>
    createHotSpot(
      tx,
      { category: 'dat_dai', severity: 3, placeText: 'Trụ sở UBND phường', description: 'Khoảng 30 hộ dân tập trung kiến nghị', media: [] },
      { personId: p.b1!.id, unitId: u.b!.id, channel: 'sandbox' },
      vn('2026-11-12T08:00:00'),
    ),
  );
  await t.db
    .update(hotSpots)
    .set({ status: 'resolved', resultNote: 'UBND phường đối thoại, giải thích phương án bồi thường', resultShareable: true })
    .where(eq(hotSpots.id, hs.hotSpotId));
  return { u, p };
}
