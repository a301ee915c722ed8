import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n } from '../../core/kernel/i18n.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { docxParagraphs, docxText, unzip, xlsxRows } from './synthesis-docx-reader.js';
import { seedYear } from './synthesis-year-fixtures.js';
import { vn } from './reporting-fixtures.js';
import { testConfig } from '../helpers/config.js';
import { type Unit } from '../../testkit/seed.js';

/** Quarterly, six-month and annual syntheses: month-over-month trends, tables and charts in the DOCX. */
let t: TestDatabase;
let u: Record<string, Unit>;
let dataDir = '';
const { t: tr } = createI18n();

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-syny-'));
  ({ u } = await seedYear(t.db));
}, 120_000);
afterAll(async () => {
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const generate = (period: string) =>
  generateSynthesis(t.db, testConfig({ DATA_DIR: dataDir, ORG_PLACE: 'Thái Nguyên' }), tr, {
    scope: { unitId: u.p!.id, code: u.p!.code, name: u.p!.name, path: u.p!.path },
    period,
    locale: 'vi',
    now: vn('2026-12-28T10:00:00'),
    tag: period,
  });

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the annual synthesis', () => {
  it('shows month-over-month trends per topic, stance mix, hot spots per category and timeliness, with charts', async () => {
    const g = await generate('2026');
    const docx = await readFile(g.docxPath);
    const text = docxText(docx);
    expect(text).toContain('Tình hình tư tưởng, dư luận xã hội năm 2026');
    expect(text).toContain('(từ ngày 21/12/2025 đến ngày 20/12/2026)');
    const heads = docxParagraphs(docx).filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
    const trends = heads.slice(heads.findIndex((h) => h.text === 'III. DIỄN BIẾN DƯ LUẬN QUA CÁC THÁNG'));
    expect(trends.slice(0, 5).map((h) => h.text)).toEqual([
      'III. DIỄN BIẾN DƯ LUẬN QUA CÁC THÁNG',
      '1. Số vấn đề được phản ánh theo lĩnh vực',
      '2. Khuynh hướng ý kiến qua các tháng',
      '3. Điểm nóng theo loại',
      '4. Tỷ lệ báo cáo đúng hạn của các đơn vị (%)',
    ]);
    // Prices: one issue a month, two from July on → 1 … 1, 2 … 2 (18 in all).
    expect(text).toContain(['Kinh tế – Giá cả, thị trường, xăng dầu', '1', '1', '1', '1', '1', '1', '2', '2', '2', '2', '2', '2', '18'].join('\n'));
    expect(text).toContain('Kinh tế – Giá cả, thị trường, xăng dầu từ 1 vấn đề (tháng đầu kỳ) đến 2 (tháng cuối kỳ), tăng');
    // Stance mix: agreement in the first half turns into concern in the second.
    expect(text).toContain(['Đồng tình', '1', '1', '1', '1', '1', '1', '0', '0', '0', '0', '0', '0', '6'].join('\n'));
    expect(text).toContain(['Băn khoăn', '0', '0', '0', '0', '0', '0', '2', '2', '2', '2', '2', '2', '12'].join('\n'));
    expect(text).toContain(
      ['Thu hồi đất, bồi thường, giải phóng mặt bằng, tái định cư', '0', '0', '0', '1', '0', '0', '0', '1', '0', '0', '0', '1', '3'].join('\n'),
    );
    expect(text).toContain(['Sự cố, ô nhiễm môi trường', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1', '0', '1'].join('\n'));
    // Phường Gia Sàng: B1 late in even months; B2 on time until June, then missing.
    expect(text).toContain(['Phường Gia Sàng', '100%', '50%', '100%', '50%', '100%', '50%', '50%', '0%', '50%', '0%', '50%', '0%'].join('\n'));
    const media = [...unzip(docx).entries()].filter(([k]) => k.startsWith('word/media/'));
    expect(media).toHaveLength(4);
    for (const [, png] of media) {
      expect(png.subarray(0, 8).equals(PNG)).toBe(true);
      expect(png.length).toBeGreaterThan(10_000);
    }
    expect(
      unzip(docx)
        .get('word/document.xml')!
        .toString()
        .match(/<pic:pic/g),
    ).toHaveLength(4);
    const files = await readdir(join(dataDir, 'exports'));
    expect(files.filter((f) => f.startsWith('tong-hop-') && f.includes('-2026-chart-') && f.endsWith('.png'))).toHaveLength(4);
    expect(g.markdown).toMatch(/!\[Số vấn đề được phản ánh theo lĩnh vực\]\(tong-hop-[a-z0-9-]+-2026-2026-chart-topics\.png\)/);
    expect(xlsxRows(await readFile(g.xlsxPath)).length).toBe(1 + 12 + 6 * 2 + 2);
  }, 60_000);

  it('quarter and half year: their own months and titles', async () => {
    const q = docxText(await readFile((await generate('2026-Q4')).docxPath));
    expect(q).toContain('Tình hình tư tưởng, dư luận xã hội quý IV năm 2026');
    expect(q).toContain('(từ ngày 21/09/2026 đến ngày 20/12/2026)');
    expect(q).toContain(['Kinh tế – Giá cả, thị trường, xăng dầu', '2', '2', '2', '6'].join('\n'));
    const h = docxText(await readFile((await generate('2026-H1')).docxPath));
    expect(h).toContain('Tình hình tư tưởng, dư luận xã hội 6 tháng đầu năm 2026');
    expect(h).toContain(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'Cộng'].join('\n'));
  }, 60_000);
});
