import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n } from '../../core/kernel/i18n.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { docxText, unzip } from './synthesis-docx-reader.js';
import { seedSynthesisMonth } from './synthesis-fixtures.js';
import { testConfig, vn, type SeededUnit } from './reporting-fixtures.js';

let t: TestDatabase;
let u: Record<string, SeededUnit>;
let dataDir = '';
let config = testConfig();
const { t: tr } = createI18n();

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-syn-'));
  config = testConfig({ DATA_DIR: dataDir, ORG_PARENT_NAME: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', ORG_PLACE: 'Thái Nguyên' });
  ({ u } = await seedSynthesisMonth(t.db));
});
afterAll(async () => {
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const scope = () => ({ unitId: u.p!.id, code: u.p!.code, name: u.p!.name, path: u.p!.path });

describe('monthly synthesis', () => {
  it('renders a DOCX that opens, in the administrative layout, with every statement traced', async () => {
    const progress: number[] = [];
    const g = await generateSynthesis(t.db, config, tr, {
      scope: scope(),
      period: '2026-11',
      locale: 'vi',
      now: vn('2026-11-28T10:00:00'),
      tag: 'test',
      onProgress: async (n) => void progress.push(n),
    });
    expect(g.reportCount).toBe(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(g.docxPath.startsWith(join(dataDir, 'exports'))).toBe(true);
    const buf = await readFile(g.docxPath);
    expect([...unzip(buf).keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const text = docxText(buf);
    for (const line of [
      'ĐẢNG BỘ TỈNH THÁI NGUYÊN',
      'BAN TUYÊN GIÁO VÀ DÂN VẬN',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số       -BC/BTGDVTU',
      'Thái Nguyên, ngày 28 tháng 11 năm 2026',
      'BÁO CÁO',
      'Tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026',
      'I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO',
      'Nơi nhận:',
      '- Lưu Văn phòng.',
    ])
      expect(text).toContain(line);
    expect(text).toContain('từ ngày 21/10/2026 đến ngày 20/11/2026');
    expect(text).toMatch(/Lo chi phí sản xuất tăng \(BC-2026-11-000001, BC-2026-11-000002\)/);
    expect(text).toContain('Tin thu hồi đất làm khu công nghiệp: Lan truyền trên mạng xã hội, chưa có căn cứ (BN-2026-11-000001)');
    expect(text).toContain('UBND phường đối thoại, giải thích phương án bồi thường');
  });

  it('matches the committed Markdown snapshot', async () => {
    const g = await generateSynthesis(t.db, config, tr, { scope: scope(), period: '2026-11', locale: 'vi', now: vn('2026-11-28T10:00:00'), tag: 'snap' });
    await expect(g.markdown).toMatchFileSnapshot('../snapshots/synthesis-2026-11.vi.md');
    expect(await readFile(g.markdownPath, 'utf8')).toBe(g.markdown);
  });

  it('still produces a valid document, saying so, for a period with no reports', async () => {
    const g = await generateSynthesis(t.db, config, tr, { scope: scope(), period: '2026-09', locale: 'vi', now: vn('2026-11-28T10:00:00'), tag: 'empty' });
    expect(g.reportCount).toBe(0);
    const text = docxText(await readFile(g.docxPath));
    expect(text).toContain('Trong kỳ chưa nhận được báo cáo nào');
    expect(text).toContain('Tình hình tư tưởng, dư luận xã hội tháng 9 năm 2026');
    expect(text).toContain('VII. KIẾN NGHỊ, ĐỀ XUẤT CHUNG');
    expect(text).not.toContain('BC-2026-11');
  });

  it('renders in English too', async () => {
    const g = await generateSynthesis(t.db, config, tr, { scope: scope(), period: '2026-11', locale: 'en', now: vn('2026-11-28T10:00:00'), tag: 'en' });
    expect(docxText(await readFile(g.docxPath))).toContain('COMMUNIST PARTY OF VIETNAM');
    expect(g.markdown).toContain('Economy – Prices, markets, fuel');
  });
});
