import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { eq } from 'drizzle-orm';
import { auditLog, hotSpots, sends, synthesisRuns } from '../../db/schema/index.js';
import { silentLogger } from '../../core/logger.js';
import { SYNTHESIS_QUEUE } from '../../core/reporting-jobs.js';
import { requestSynthesis, runSynthesis } from '../../core/synthesis/runs.js';
import { createQueueProcessor, jobsByQueue } from '../../workers/jobs/index.js';
import { synthesisGenerateJob } from '../../workers/jobs/synthesis-generate.js';
import { createQueueSet } from '../../workers/queues.js';
import { createRelay } from '../../workers/relay.js';
import { UsageError } from '../../scripts/admin/context.js';
import { synthesisCommand } from '../../scripts/admin/synthesis-command.js';
import { createHotSpot } from '../../core/hot-spots.js';
import { createI18n } from '../../core/i18n.js';
import type { ReportDraft } from '../../core/report-draft.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { seedTopics } from '../../core/topics.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { docxText, unzip } from './synthesis-docx-reader.js';
import { addPerson, fileReport, periodicDraft, seedUnits, testConfig, vn, type Person, type SeededUnit } from './reporting-fixtures.js';

let t: TestDatabase;
let u: Record<string, SeededUnit>;
const p: Record<string, Person> = {};
let dataDir = '';
let config = testConfig();
const { t: tr } = createI18n();
const stream = (stance: string, prevalence: string, holderGroup: string, content: string) => ({ stance, prevalence, holderGroup, content });

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-syn-'));
  config = testConfig({ DATA_DIR: dataDir, ORG_PARENT_NAME: 'ĐẢNG BỘ TỈNH THÁI NGUYÊN', ORG_PLACE: 'Thái Nguyên' });
  await seedTopics(t.db);
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Phan Đình Phùng', parent: 'p' },
  ]);
  const joined = { createdAt: vn('2026-10-01T00:00:00') };
  p.a1 = await addPerson(t.db, u.a!.id, 'collaborator', 'Nguyễn Văn An', joined);
  p.a2 = await addPerson(t.db, u.a!.id, 'collaborator', 'Trần Thị Bích', joined);
  p.b1 = await addPerson(t.db, u.b!.id, 'collaborator', 'Hoàng Văn Em', joined);
  p.b2 = await addPerson(t.db, u.b!.id, 'collaborator', 'Vũ Thị Phượng', joined);

  await fileReport(t.db, p.a1!, u.a!.id, periodicDraft('2026-11', {
    mood: 'tin_tuong',
    issues: [{
      topicCode: 'KT01', title: 'Giá xăng dầu tăng', streams: [
        stream('ban_khoan', 'nhieu_y_kien', 'nong_dan', 'Lo chi phí sản xuất tăng'),
        stream('dong_tinh', 'mot_bo_phan', 'cbccvc', 'Đồng tình với cách điều hành giá của Nhà nước'),
      ],
      causes: 'Giá dầu thế giới tăng', forecast: 'Dư luận tiếp tục quan tâm trong tháng tới', proposals: 'Bình ổn giá vật tư nông nghiệp',
    }],
    rumours: 'Tin đồn sắp đổi tiền mới', goodPractices: 'Mô hình tổ tự quản an ninh trật tự', proposals: 'Tăng cường thông tin chính thống ở cơ sở',
  }), vn('2026-11-18T09:00:00'));
  await fileReport(t.db, p.a2!, u.a!.id, periodicDraft('2026-11', {
    assessment: 'co_ban_on_dinh', mood: 'lo_lang',
    issues: [
      { topicCode: 'KT01', title: 'Giá xăng dầu tăng', streams: [stream('ban_khoan', 'da_so', 'cong_nhan', 'Lo chi phí sản xuất tăng.')], proposals: 'Bình ổn giá vật tư nông nghiệp' },
      { topicCode: 'CT05', title: 'Sắp xếp đơn vị hành chính cấp xã', streams: [stream('de_xuat', 'mot_so', 'khac:tiểu thương chợ Túc Duyên', 'Đề nghị giữ tên gọi xã cũ cho thôn')] },
    ],
  }), vn('2026-11-22T09:00:00'));
  const quick: ReportDraft = {
    kind: 'quick', period: '2026-11', issues: [{ topicCode: 'DD01', title: 'Tin thu hồi đất làm khu công nghiệp', summary: 'Lan truyền trên mạng xã hội, chưa có căn cứ', reliability: 'tin_don', streams: [] }],
  };
  await fileReport(t.db, p.b1!, u.b!.id, quick, vn('2026-11-10T15:00:00'));
  const hs = await t.db.transaction((tx) =>
    createHotSpot(tx, { category: 'dat_dai', severity: 3, placeText: 'Trụ sở UBND phường', description: 'Khoảng 30 hộ dân tập trung kiến nghị', media: [] }, { personId: p.b1!.id, unitId: u.b!.id, channel: 'sandbox' }, vn('2026-11-12T08:00:00')),
  );
  await t.db.update(hotSpots).set({ status: 'resolved', resultNote: 'UBND phường đối thoại, giải thích phương án bồi thường', resultShareable: true }).where(eq(hotSpots.id, hs.hotSpotId));
});
afterAll(async () => {
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const scope = () => ({ unitId: u.p!.id, code: u.p!.code, name: u.p!.name, path: u.p!.path });

describe('monthly synthesis', () => {
  it('renders a DOCX that opens, in the administrative layout, with every statement traced', async () => {
    const progress: number[] = [];
    const g = await generateSynthesis(t.db, config, tr, { scope: scope(), period: '2026-11', locale: 'vi', now: vn('2026-11-28T10:00:00'), tag: 'test', onProgress: async (n) => void progress.push(n) });
    expect(g.reportCount).toBe(3);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(g.docxPath.startsWith(join(dataDir, 'exports'))).toBe(true);
    const buf = await readFile(g.docxPath);
    expect([...unzip(buf).keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']));
    const text = docxText(buf);
    for (const line of [
      'ĐẢNG BỘ TỈNH THÁI NGUYÊN', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số       -BC/BTGDVTU',
      'Thái Nguyên, ngày 28 tháng 11 năm 2026', 'BÁO CÁO', 'Tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026',
      'I. TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO', 'Nơi nhận:', '- Lưu Văn phòng.',
    ]) expect(text).toContain(line);
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

describe('/tonghop runs', () => {
  it('queues a run in scope, renders it in a BullMQ worker with progress, and sends the DOCX once', async () => {
    const official = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh Đỗ Minh');
    const req = await t.db.transaction((tx) =>
      requestSynthesis(tx, config, { official: { id: official.id, unitId: u.p!.id }, unitCode: null, period: null, locale: 'vi', now: vn('2026-11-28T10:00:00') }),
    );
    expect(req).toMatchObject({ ok: true, period: '2026-11', unitName: 'Tỉnh Thái Nguyên' });
    const runId = req.ok ? req.runId : '';

    const prefix = testQueuePrefix();
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const queues = createQueueSet({ connection, prefix, names: [] });
    const relay = createRelay({ db: t.db, queues, logger: silentLogger });
    const { t: tt, has } = createI18n();
    const ctx = { db: t.db, env: { i18n: { t: tt, has }, config, clock: () => vn('2026-11-28T10:05:00') }, logger: silentLogger, afterCommit: () => {} };
    const worker = new Worker(SYNTHESIS_QUEUE, createQueueProcessor(ctx, jobsByQueue([synthesisGenerateJob]).get(SYNTHESIS_QUEUE)!), { connection, prefix });
    const progress: number[] = [];
    worker.on('progress', (_job, p) => void progress.push(Number(p)));
    try {
      await relay.runOnce();
      for (let i = 0; i < 200 && (await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.id, runId)))[0]!.status !== 'done'; i++) await sleep(50);
      const [run] = await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.id, runId));
      expect(run).toMatchObject({ status: 'done', progress: 100, reportCount: 3 });
      expect(progress.at(-1)).toBe(100);
      expect(await runSynthesis(t.db, config, tt, runId, new Date())).toBe('already_done');
      const sent = await t.db.select().from(sends).where(eq(sends.personId, official.id));
      expect(sent).toHaveLength(1);
      const m = sent[0]!.message as { type: string; kind: string; source: string; caption: string };
      expect([m.type, m.kind, m.source]).toEqual(['media', 'document', run!.docxPath]);
      expect(m.caption).toContain('tháng 11/2026');
      expect(docxText(await readFile(m.source))).toContain('BÁO CÁO');
    } finally {
      await worker.close();
      await queues.close();
      await connection.quit();
    }
  });

  it('refuses, and audits, a unit outside the official’s subtree and a period not yet begun', async () => {
    const official = await addPerson(t.db, u.a!.id, 'official', 'Cán bộ xã');
    const ask = (unitCode: string | null, period: string | null) =>
      t.db.transaction((tx) => requestSynthesis(tx, config, { official: { id: official.id, unitId: u.a!.id }, unitCode, period, locale: 'vi', now: vn('2026-11-28T10:00:00') }));
    expect(await ask(u.b!.code, null)).toEqual({ ok: false, reason: 'out_of_scope' });
    expect(await ask(null, '2027-03')).toEqual({ ok: false, reason: 'future_period' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.actorId, official.id));
    expect(audits.map((a) => [a.action, a.outcome])).toEqual([['synthesis.request', 'refused'], ['synthesis.request', 'refused']]);
    expect(await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.requestedBy, official.id))).toHaveLength(0);
  });
});

describe('admin CLI: synthesis', () => {
  it('writes the DOCX and Markdown for a unit and prints where', async () => {
    const lines: string[] = [];
    const out = join(dataDir, 'cli-out');
    await synthesisCommand.run(['--unit', u.p!.code, '--period', '2026-11', '--out', out], { db: t.db, config, out: (l) => lines.push(l) });
    expect(lines[0]).toBe('Đã tổng hợp 3 báo cáo kỳ 2026-11 của Tỉnh Thái Nguyên.');
    const docx = lines[1]!.replace('DOCX: ', '');
    expect(docx.startsWith(out)).toBe(true);
    expect(docxText(await readFile(docx))).toContain('Tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026');
    expect(await readFile(lines[2]!.replace('Markdown: ', ''), 'utf8')).toContain('# BÁO CÁO');
  });

  it('refuses bad arguments with a usage error', async () => {
    const ctx = { db: t.db, config, out: () => {} };
    await expect(synthesisCommand.run([], ctx)).rejects.toBeInstanceOf(UsageError);
    await expect(synthesisCommand.run(['--unit', u.p!.code, '--period', '11/2026'], ctx)).rejects.toBeInstanceOf(UsageError);
    await expect(synthesisCommand.run(['--unit', 'KHONGCO'], ctx)).rejects.toThrow('không có đơn vị');
  });
});
