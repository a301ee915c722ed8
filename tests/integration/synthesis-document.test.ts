import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n } from '../../core/kernel/i18n.js';
import type { Config } from '../../core/platform/config.js';
import { generateSynthesis, type GeneratedSynthesis } from '../../core/synthesis/generate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { docxParagraphs, docxText, partText, unzip, xlsxRows } from './synthesis-docx-reader.js';
import { fileMonthThroughChat, type ChatMonth } from './synthesis-chat-month.js';
import { vn } from './reporting-fixtures.js';
import { testConfig } from '../helpers/config.js';

/** November 2026 filed through the chat → the monthly synthesis: DOCX, Markdown, XLSX read back. */
let t: TestDatabase;
let month: ChatMonth;
let dataDir = '';
let config: Config;
let g: GeneratedSynthesis;
let docx: Buffer;
const { t: tr } = createI18n();
const scope = () => ({ unitId: month.u.p!.id, code: month.u.p!.code, name: month.u.p!.name, path: month.u.p!.path });
const generate = (over: { period?: string; locale?: 'vi' | 'en'; tag: string; cfg?: Config }) =>
  generateSynthesis(t.db, over.cfg ?? config, tr, {
    scope: scope(),
    period: over.period ?? '2026-11',
    locale: over.locale ?? 'vi',
    now: vn('2026-11-28T10:00:00'),
    tag: over.tag,
  });

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-syn-'));
  config = testConfig({ DATA_DIR: dataDir, ORG_PARENT_NAME: 'TỈNH ỦY THÁI NGUYÊN', ORG_PLACE: 'Thái Nguyên' });
  month = await fileMonthThroughChat(t.db, config);
  g = await generate({ tag: 'test' });
  docx = await readFile(g.docxPath);
}, 120_000);
afterAll(async () => {
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const between = (text: string, from: string, to: string) => text.slice(text.indexOf(from), text.indexOf(to));

describe('the monthly synthesis of a month filed through the chat', () => {
  it('opens as a DOCX with the 36-HD/VPTW header, the territory and the draft note in the page header', () => {
    expect([...unzip(docx).keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/footnotes.xml', 'word/styles.xml']));
    const text = docxText(docx);
    for (const line of [
      'TỈNH ỦY THÁI NGUYÊN',
      'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số       -BC/BTGDVTU',
      'Thái Nguyên, ngày 28 tháng 11 năm 2026',
      'BÁO CÁO',
      'Nơi nhận:',
    ])
      expect(text).toContain(line);
    expect(text).toContain('Tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026');
    expect(text).toContain('trên địa bàn tỉnh Thái Nguyên tháng 11 năm 2026 (từ ngày 21/10/2026 đến ngày 20/11/2026)');
    expect(text).not.toContain('Dự thảo do hệ thống');
    const headers = [...unzip(docx).keys()].filter((k) => /^word\/header\d+\.xml$/.test(k)).map((k) => partText(docx, k));
    expect(headers.join('\n')).toContain('Dự thảo do hệ thống tổng hợp ngày 28/11/2026');
  });

  it('uses real heading styles, in the seeds’ structure', () => {
    const heads = docxParagraphs(docx).filter((p) => p.style.startsWith('Heading'));
    const h1 = heads.filter((h) => h.style === 'Heading1').map((h) => h.text);
    expect(h1).toEqual([
      'I. TÌNH HÌNH TƯ TƯỞNG CHUNG',
      'II. DƯ LUẬN XÃ HỘI VỀ CÁC VẤN ĐỀ, SỰ KIỆN NỔI BẬT',
      'III. DƯ LUẬN TRÊN KHÔNG GIAN MẠNG',
      'IV. TIN ĐỒN, THÔNG TIN SAI LỆCH, XẤU ĐỘC',
      'V. ĐIỂM NÓNG, VỤ VIỆC PHỨC TẠP',
      'VI. ĐIỂN HÌNH TÍCH CỰC, CÁCH LÀM HAY',
      'VII. NGUYÊN NHÂN',
      'VIII. DỰ BÁO TÌNH HÌNH THỜI GIAN TỚI',
      'IX. KẾT QUẢ CÔNG TÁC NẮM BẮT, ĐỊNH HƯỚNG DƯ LUẬN XÃ HỘI CỦA BAN',
      'X. KẾT QUẢ XỬ LÝ CÁC VẤN ĐỀ ĐƯỢC PHẢN ÁNH',
      'XI. KIẾN NGHỊ, ĐỀ XUẤT',
    ]);
    const h2 = heads.filter((h) => h.style === 'Heading2').map((h) => h.text);
    expect(h2).toEqual(
      expect.arrayContaining([
        '1. Dư luận về tình hình trong nước',
        '2. Dư luận về tình hình trong tỉnh',
        '2. Công tác định hướng thông tin',
        '1. Đề xuất của Ban Tuyên giáo và Dân vận',
      ]),
    );
    expect(heads.filter((h) => h.style === 'Heading3').map((h) => h.text)).toEqual(['a) Kỳ họp cuối năm của Quốc hội', 'a) Giá phân bón tăng']);
    expect(partText(docx, 'word/styles.xml').length).toBeGreaterThanOrEqual(0);
    expect(unzip(docx).get('word/styles.xml')!.toString()).toMatch(/w:styleId="Heading1"[\s\S]*?w:outlineLvl w:val="0"/);
  });

  it('states the facts: summaries, hot-spot place, description, people, timeline and outcome', () => {
    const text = docxText(docx);
    expect(text).toContain('Giá phân bón tăng khoảng 15% so với tháng trước, ảnh hưởng đến sản xuất vụ đông; tại các đại lý trong xã, giá phân đạm tăng');
    expect(text).toContain(
      'Thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư tại Trụ sở UBND phường Phan Đình Phùng (Phường Phan Đình Phùng), mức độ 3 – khẩn.',
    );
    expect(text).toContain('khoảng 30 người dân tổ 5 tập trung kiến nghị về giá bồi thường; số người tham gia ước tính khoảng 30 người');
    expect(text).toContain(
      'Diễn biến xử lý: 08:00 ngày 12/11: cộng tác viên báo cáo; 08:20: cán bộ tiếp nhận; 10:00: tiến hành xử lý; 16:00 ngày 14/11: kết thúc xử lý.',
    );
    // The outcome was not shared with the reporter, and still belongs in the Ban's report.
    expect(text).toContain('Kết quả: đã ổn định / kết thúc; UBND phường đối thoại, giải thích phương án bồi thường');
    expect(text).toContain('Không thông báo');
  });

  it('keeps each stream with its own prevalence and group, and a rumour with its stream and proposal', () => {
    const text = docxText(docx);
    expect(text).toContain(
      'Dư luận: đa số nông dân băn khoăn, lo chi phí sản xuất tăng, thu nhập giảm; một bộ phận cán bộ, công chức, viên chức đồng tình với các biện pháp bình ổn giá của tỉnh; một số doanh nhân, tiểu thương có ý kiến trái chiều, cho rằng một số đại lý găm hàng, đẩy giá.',
    );
    expect(text).toContain('Dư luận: tuyệt đại đa số Nhân dân đồng tình, đánh giá cao tinh thần đổi mới');
    const rumours = between(text, 'IV. TIN ĐỒN', 'V. ĐIỂM NÓNG');
    expect(rumours).toContain('Tin thu hồi đất làm khu công nghiệp: trên mạng xã hội lan truyền tin');
    expect(rumours).toContain('Phản ứng của dư luận: một bộ phận Nhân dân băn khoăn, hoang mang, lo bị thu hồi đất ở.');
    expect(rumours).toContain('Đề xuất của cơ sở: đề nghị UBND phường sớm thông tin chính thức về quy hoạch.');
    expect(between(text, 'III. DƯ LUẬN TRÊN KHÔNG GIAN MẠNG', 'IV. TIN ĐỒN')).toContain('Tin thu hồi đất làm khu công nghiệp');
    expect(between(text, 'I. TÌNH HÌNH', 'II. DƯ LUẬN')).toContain('Trong cán bộ, đảng viên: một bộ phận cán bộ, công chức, viên chức đồng tình');
  });

  it('gives provenance in footnotes (quick and periodic marked) and an appendix, not after every line', () => {
    const text = docxText(docx);
    expect(between(text, 'I. TÌNH HÌNH', 'V. ĐIỂM NÓNG')).not.toMatch(/B[CN]-2026-11-\d{6}/);
    const notes = partText(docx, 'word/footnotes.xml');
    expect(notes).toContain('Nguồn: báo cáo định kỳ BC-2026-11-000001 (Xã Tân Cương); báo cáo định kỳ BC-2026-11-000002 (Xã Tân Cương).');
    expect(notes).toContain('Nguồn: báo cáo nhanh BN-2026-11-000001 (Phường Phan Đình Phùng).');
    expect(notes).toContain(`Nguồn: cảnh báo điểm nóng ${month.hotSpotReceipt}.`);
    const appendix = text.slice(text.indexOf('PHỤ LỤC'));
    expect(appendix).toContain('BN-2026-11-000001\nbáo cáo nhanh\nPhường Phan Đình Phùng');
  });

  it('has the forecast, the Ban’s own proposals and the Ban’s own work', () => {
    const text = docxText(docx);
    expect(between(text, 'VIII. DỰ BÁO', 'IX. KẾT QUẢ')).toContain('Vấn đề “Giá phân bón tăng” được phản ánh trong nhiều báo cáo');
    expect(between(text, 'XI. KIẾN NGHỊ', 'Nơi nhận')).toContain(
      'Đề nghị cơ quan chức năng xác minh, kịp thời cải chính thông tin sai lệch về “Tin thu hồi đất làm khu công nghiệp”',
    );
    const work = between(text, 'IX. KẾT QUẢ', '\nX. KẾT QUẢ');
    expect(work).toContain('4 lượt cộng tác viên phải gửi báo cáo định kỳ: 1 báo cáo đúng hạn, 1 báo cáo muộn, 2 chưa báo cáo');
    expect(work).toContain(
      'Ban đã phát 1 thông tin định hướng tới 4 lượt người nhận, đã chuyển đến 3 lượt. Với các thông tin yêu cầu xác nhận, 2/4 lượt đã xác nhận đã nhận (50%).',
    );
    expect(work).toContain('Kết quả: “Chưa rõ” 2 ý kiến (67%), “Nắm rõ” 1 ý kiến (33%).');
  });

  it('masks phone and ID numbers in the DOCX, the Markdown and the XLSX', async () => {
    const all = [
      docxText(docx),
      partText(docx, 'word/footnotes.xml'),
      g.markdown,
      (await readFile(g.xlsxPath)).toString('latin1'),
      xlsxRows(await readFile(g.xlsxPath))
        .flat()
        .join('|'),
    ];
    for (const s of all) {
      expect(s).not.toMatch(/0912|345 678|012345678901/);
    }
    expect(docxText(docx)).toContain('liên hệ **** *** *78');
    expect(docxText(docx)).toContain('CCCD **********01');
  });

  it('exports one XLSX row per opinion stream, with labels and codes', async () => {
    const rows = xlsxRows(await readFile(g.xlsxPath));
    expect(rows[0]!.slice(0, 4)).toEqual(['Số biên nhận', 'Loại báo cáo', 'Đơn vị', 'Kỳ báo cáo']);
    expect(rows).toHaveLength(1 + 5);
    expect(rows).toContainEqual([
      'BC-2026-11-000001',
      'báo cáo định kỳ',
      'Xã Tân Cương',
      '2026-11',
      '2026-11-18',
      'KT01',
      'Kinh tế – Giá cả, thị trường, xăng dầu',
      'Trong tỉnh',
      'Giá phân bón tăng',
      '',
      'Băn khoăn',
      'Đa số',
      'Nông dân',
      'Lo chi phí sản xuất tăng, thu nhập giảm',
      'ban_khoan',
      'da_so',
      'nong_dan',
    ]);
    expect(rows.find((r) => r[0] === 'BN-2026-11-000001')!.slice(9, 13)).toEqual(['Tin đồn', 'Băn khoăn', 'Một bộ phận', 'Nhân dân nói chung']);
  });

  it('matches the committed Markdown snapshot', async () => {
    const snap = await generate({ tag: 'snap' });
    await expect(snap.markdown).toMatchFileSnapshot('../snapshots/synthesis-2026-11.vi.md');
    expect(await readFile(snap.markdownPath, 'utf8')).toBe(snap.markdown);
  });

  it('still produces a valid document, saying so, for a period with no reports', async () => {
    const e = await generate({ period: '2026-09', tag: 'empty' });
    expect(e.reportCount).toBe(0);
    const text = docxText(await readFile(e.docxPath));
    expect(text).toContain('Trong kỳ chưa nhận được báo cáo nào');
    expect(text).toContain('Tình hình tư tưởng, dư luận xã hội tháng 9 năm 2026');
    expect(text).toContain('XI. KIẾN NGHỊ, ĐỀ XUẤT');
    expect(text).not.toContain('BC-2026-11');
    expect(xlsxRows(await readFile(e.xlsxPath))).toHaveLength(1);
  });

  it('renders in English too, with the same structure', async () => {
    const en = await generate({ locale: 'en', tag: 'en' });
    const text = docxText(await readFile(en.docxPath));
    expect(text).toContain('COMMUNIST PARTY OF VIETNAM');
    expect(text).toContain('most farmers are concerned, lo chi phí sản xuất tăng');
    expect(en.markdown).toContain('Economy – Prices, markets, fuel');
    expect(en.markdown).not.toMatch(/\bsyn-[a-z-]+/);
  });
});
