import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { hotSpots } from '../../db/schema/index.js';
import type { Config } from '../../core/platform/config.js';
import { seedTopics } from '../../core/reports/topics.js';
import { createChatDriver, stream, type ChatDriver } from './synthesis-chat-driver.js';
import { seedBanWork } from './synthesis-work-fixtures.js';
import { vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';

/**
 * November 2026 in Thái Nguyên, filed through the chat (the real intake, as a person taps and
 * types): two periodic reports sharing an issue, a quick report of a rumour spreading online, a
 * hot spot raised, acknowledged, handled and closed with an outcome not shared with the
 * reporter; plus the Ban's own work (a guidance broadcast with acknowledgements and a poll).
 */
export interface ChatMonth {
  u: Record<string, Unit>;
  p: Record<string, PersonRef>;
  hotSpotReceipt: string;
}

type People = Record<string, PersonRef>;

export async function fileMonthThroughChat(db: Db, config: Config): Promise<ChatMonth> {
  await seedTopics(db);
  const u = await seedUnits(db, [
    { key: 'p', name: 'Ban Tuyên giáo và Dân vận Tỉnh ủy', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Phan Đình Phùng', parent: 'p' },
  ]);
  const joined = { createdAt: vn('2026-10-01T00:00:00') };
  const p: People = {
    po: await addPerson(db, u.p!.id, 'official', 'Cán bộ tỉnh Đỗ Minh', joined),
    a1: await addPerson(db, u.a!.id, 'collaborator', 'Nguyễn Văn An', joined),
    a2: await addPerson(db, u.a!.id, 'collaborator', 'Trần Thị Bích', joined),
    b1: await addPerson(db, u.b!.id, 'collaborator', 'Hoàng Văn Em', joined),
    b2: await addPerson(db, u.b!.id, 'collaborator', 'Vũ Thị Phượng', joined),
  };
  const d = createChatDriver(db, config);
  await onTimeReport(d, p);
  await lateReport(d, p);
  await rumourQuickReport(d, p);
  const hotSpotReceipt = await hotSpotHandled(db, d, p);
  await seedBanWork(db, u, p);
  return { u, p, hotSpotReceipt };
}

/** a1: a periodic report on time, two issues, a rumour carrying a phone number, a good practice. */
async function onTimeReport(d: ChatDriver, p: People): Promise<void> {
  d.at(vn('2026-11-18T09:00:00'));
  const a1 = d.chat(p.a1!);
  await a1.say('/baocao');
  await a1.press('Cơ bản ổn định');
  await a1.press('Lo lắng');
  await a1.press('Có');
  await a1.press('Kinh tế');
  await a1.press('Giá cả, thị trường, xăng dầu');
  await a1.say('Giá phân bón tăng');
  await a1.press('Trong tỉnh');
  await a1.say('Giá phân bón tăng khoảng 15% so với tháng trước, ảnh hưởng đến sản xuất vụ đông.');
  await stream(a1, 'Băn khoăn', 'Đa số', 'Nông dân', 'Lo chi phí sản xuất tăng, thu nhập giảm');
  await a1.press('Thêm luồng ý kiến');
  await stream(a1, 'Đồng tình', 'Một bộ phận', 'Cán bộ, công chức, viên chức', 'Đồng tình với các biện pháp bình ổn giá của tỉnh');
  await a1.press('Xong, tiếp tục');
  await a1.say('Giá nguyên liệu đầu vào và chi phí vận chuyển tăng');
  await a1.say('Dư luận tiếp tục quan tâm đến hết vụ đông');
  await a1.say('Đề nghị tỉnh có chính sách hỗ trợ giá phân bón cho nông dân');
  await a1.press('Thêm vấn đề khác');
  await a1.press('Chính trị – xây dựng Đảng');
  await a1.press('Kỳ họp Quốc hội, HĐND');
  await a1.say('Kỳ họp cuối năm của Quốc hội');
  await a1.press('Trong nước');
  await a1.say('Nhân dân theo dõi các phiên chất vấn và thảo luận dự án luật được truyền hình trực tiếp.');
  await stream(a1, 'Đồng tình', 'Tuyệt đại đa số', 'Nhân dân nói chung', 'Đánh giá cao tinh thần đổi mới, thẳng thắn trong chất vấn');
  await a1.press('Xong, tiếp tục');
  for (let i = 0; i < 3; i++) await a1.press('Bỏ qua');
  await a1.press('Không, tiếp tục');
  await a1.say('Tin đồn sắp đổi tiền mới, ai cần đổi trước liên hệ 0912 345 678');
  await a1.say('Mô hình “Tổ tự quản an ninh trật tự” ở xóm Nam Đồng duy trì tốt');
  await a1.say('Tăng cường thông tin chính thống ở cơ sở; một hộ dân (CCCD 012345678901) đề nghị được giải thích chính sách');
  await a1.press('✅ Gửi báo cáo');
  // The phone and ID numbers are pointed out before sending; the reporter sends as it is (the synthesis masks them).
  await a1.press('Vẫn gửi như vậy');
}

/** a2: a periodic report two days late, the same issue seen differently. */
async function lateReport(d: ChatDriver, p: People): Promise<void> {
  d.at(vn('2026-11-22T09:00:00'));
  const a2 = d.chat(p.a2!);
  await a2.say('/baocao');
  await a2.press('Ổn định');
  await a2.press('Tin tưởng');
  await a2.press('Có');
  await a2.press('Kinh tế');
  await a2.press('Giá cả, thị trường, xăng dầu');
  await a2.say('Giá phân bón tăng');
  await a2.press('Trong tỉnh');
  await a2.say('Tại các đại lý trong xã, giá phân đạm tăng, nhiều hộ giảm lượng bón');
  await stream(a2, 'Trái chiều', 'Một số', 'Doanh nhân, tiểu thương', 'Cho rằng một số đại lý găm hàng, đẩy giá');
  await a2.press('Xong, tiếp tục');
  await a2.say('Một số đại lý găm hàng chờ tăng giá');
  await a2.press('Bỏ qua');
  await a2.say('Đề nghị quản lý thị trường kiểm tra các đại lý phân bón');
  await a2.press('Không, tiếp tục');
  for (let i = 0; i < 3; i++) await a2.press('Bỏ qua');
  await a2.press('✅ Gửi báo cáo');
}

/** b1: a quick report of a rumour spreading on social media. */
async function rumourQuickReport(d: ChatDriver, p: People): Promise<void> {
  d.at(vn('2026-11-11T15:00:00'));
  const b1 = d.chat(p.b1!);
  await b1.say('/nhanh');
  await b1.say('Tin thu hồi đất làm khu công nghiệp');
  await b1.say('Trên mạng xã hội lan truyền tin toàn bộ khu dân cư tổ 5 sẽ bị thu hồi đất, chưa có căn cứ');
  await b1.press('Đất đai – tài nguyên – môi trường');
  await b1.press('Thu hồi đất, bồi thường, GPMB, tái định cư');
  await stream(b1, 'Băn khoăn', 'Một bộ phận', 'Nhân dân nói chung', 'Hoang mang, lo bị thu hồi đất ở');
  await b1.press('Xong, tiếp tục');
  await b1.press('Trên mạng xã hội');
  await b1.press('Mạng xã hội');
  await b1.press('Tin đồn');
  await b1.say('Đề nghị UBND phường sớm thông tin chính thức về quy hoạch');
  await b1.press('✅ Gửi báo cáo');
}

/** b2 raises a hot spot; the province's official acknowledges, handles and closes it, not sharing the outcome. */
async function hotSpotHandled(db: Db, d: ChatDriver, p: People): Promise<string> {
  d.at(vn('2026-11-12T08:00:00'));
  d.at(vn('2026-11-12T08:00:00'));
  const b2 = d.chat(p.b2!);
  await b2.say('/diemnong');
  await b2.press('Thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư');
  await b2.press('3 – Khẩn');
  await b2.say('Trụ sở UBND phường Phan Đình Phùng');
  await b2.say('Khoảng 30 người dân tổ 5 tập trung kiến nghị về giá bồi thường');
  await b2.say('30');
  await b2.press('🚨 Gửi ngay');
  const [spot] = await db.select().from(hotSpots).where(eq(hotSpots.reporterId, p.b2!.id));
  const po = d.chat(p.po!);
  d.at(vn('2026-11-12T08:20:00'));
  await po.choose(`h:${spot!.id}:ack`);
  d.at(vn('2026-11-12T10:00:00'));
  await po.choose(`h:${spot!.id}:work`);
  d.at(vn('2026-11-14T16:00:00'));
  await po.say(`/ketthuc ${spot!.receiptNo}`);
  await po.say('UBND phường đối thoại, giải thích phương án bồi thường; người dân đồng tình và giải tán');
  await po.say('Không');

  return spot!.receiptNo;
}
