import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { and, eq } from 'drizzle-orm';
import { auditLog, people, reports, sends, synthesisRuns } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { SYNTHESIS_QUEUE } from '../../core/reports/jobs.js';
import { generateSynthesis } from '../../core/synthesis/generate.js';
import { requestSynthesis, runSynthesis } from '../../core/synthesis/runs.js';
import { runSynthesisSchedule } from '../../core/synthesis/schedule.js';
import { listSyntheses, synthesisFile } from '../../core/synthesis/library.js';
import { createQueueProcessor, jobsByQueue } from '../../workers/jobs/index.js';
import { synthesisGenerateJob } from '../../workers/jobs/synthesis/generate.js';
import { createQueueSet } from '../../workers/queues.js';
import { createRelay } from '../../workers/relay.js';
import { UsageError } from '../../scripts/admin/context.js';
import { synthesisCommand } from '../../scripts/admin/synthesis-command.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { docxText, xlsxRows } from './synthesis-docx-reader.js';
import { seedSynthesisMonth } from './synthesis-fixtures.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { waitFor } from '../helpers/wait.js';

/** /tonghop runs (request → BullMQ job → DOCX sent) and the admin CLI command. */
let t: TestDatabase;
let u: Record<string, Unit>;
let dataDir = '';
let config = testConfig();
const { t: tr } = createI18n();

beforeAll(async () => {
  t = await createTestDatabase();
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-synrun-'));
  config = testConfig({ DATA_DIR: dataDir });
  ({ u } = await seedSynthesisMonth(t.db));
});
afterAll(async () => {
  await t?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe('/tonghop runs', () => {
  it('queues a run in scope, renders it in a BullMQ worker with progress, and sends the DOCX once', async () => {
    const official = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh Đỗ Minh');
    const req = await t.db.transaction((tx) =>
      requestSynthesis(tx, config, {
        official: { id: official.id, unitId: u.p!.id },
        unitCode: null,
        period: null,
        locale: 'vi',
        now: vn('2026-11-28T10:00:00'),
      }),
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
      const [run] = await waitFor(() => t.db.select().from(synthesisRuns).where(eq(synthesisRuns.id, runId)), {
        until: ([r]) => r?.status === 'done',
        what: 'the synthesis run',
      });
      expect(run).toMatchObject({ status: 'done', progress: 100, reportCount: 3, trigger: 'request', aiStatus: 'off' });
      expect(run!.xlsxPath).toMatch(/\.xlsx$/);
      // The job reports 100 % after the run is recorded done (through Redis): wait for it, do not race it.
      await waitFor(async () => progress.at(-1), { until: (p) => p === 100, what: 'the job’s last progress event' });
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

  it('marks a run failed and tells the official when the document cannot be written', async () => {
    const official = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh Lê Hoa');
    const blocked = testConfig({ DATA_DIR: join(dataDir, 'not-a-dir.txt') });
    await writeFile(join(dataDir, 'not-a-dir.txt'), 'x');
    const req = await t.db.transaction((tx) =>
      requestSynthesis(tx, blocked, {
        official: { id: official.id, unitId: u.p!.id },
        unitCode: null,
        period: '2026-11',
        locale: 'vi',
        now: vn('2026-11-28T10:00:00'),
      }),
    );
    const runId = req.ok ? req.runId : '';
    expect(await runSynthesis(t.db, blocked, tr, runId, new Date())).toBe('failed');
    expect((await t.db.select().from(synthesisRuns).where(eq(synthesisRuns.id, runId)))[0]!.status).toBe('failed');
    const [notice] = await t.db.select().from(sends).where(eq(sends.personId, official.id));
    expect((notice!.message as { text: string }).text).toContain('chưa tạo được văn bản tổng hợp tháng 11/2026');
  });

  it('refuses, and audits, a unit outside the official’s subtree and a period not yet begun', async () => {
    const official = await addPerson(t.db, u.a!.id, 'official', 'Cán bộ xã');
    const ask = (unitCode: string | null, period: string | null) =>
      t.db.transaction((tx) =>
        requestSynthesis(tx, config, { official: { id: official.id, unitId: u.a!.id }, unitCode, period, locale: 'vi', now: vn('2026-11-28T10:00:00') }),
      );
    expect(await ask(u.b!.code, null)).toEqual({ ok: false, code: 'out_of_scope' });
    expect(await ask(null, '2027-03')).toEqual({ ok: false, code: 'future_period' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.actorId, official.id));
    expect(audits.map((a) => [a.action, a.outcome])).toEqual([
      ['synthesis.request', 'refused'],
      ['synthesis.request', 'refused'],
    ]);
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
    expect(xlsxRows(await readFile(lines[3]!.replace('XLSX: ', '')))[0]![0]).toBe('Số biên nhận');
  });

  it('refuses bad arguments with a usage error', async () => {
    const ctx = { db: t.db, config, out: () => {} };
    await expect(synthesisCommand.run([], ctx)).rejects.toBeInstanceOf(UsageError);
    await expect(synthesisCommand.run(['--unit', u.p!.code, '--period', '11/2026'], ctx)).rejects.toBeInstanceOf(UsageError);
    await expect(synthesisCommand.run(['--unit', 'KHONGCO'], ctx)).rejects.toThrow('không có đơn vị');
  });
});

describe('a periodic report filed twice instead of edited', () => {
  it('counts once in the synthesis, by its newest version', async () => {
    const [a1] = await t.db.select().from(people).where(eq(people.displayName, 'Nguyễn Văn An'));
    const again = await fileReport(t.db, a1!, u.a!.id, periodicDraft('2026-11', { rumours: 'Tin đồn mới hơn' }), vn('2026-11-24T09:00:00'));
    const g = await generateSynthesis(t.db, config, tr, {
      scope: { unitId: u.p!.id, code: u.p!.code, name: u.p!.name, path: u.p!.path },
      period: '2026-11',
      locale: 'vi',
      now: vn('2026-11-28T10:00:00'),
      tag: 'dup',
    });
    expect(g.reportCount).toBe(3);
    expect(g.markdown).toContain('Tin đồn mới hơn.');
    expect(g.markdown).toContain(`Nguồn: báo cáo định kỳ ${again.receiptNo} (Xã Tân Cương).`);
    expect(g.markdown).not.toContain('Tin đồn sắp đổi tiền mới');
    // Report status `synthesised` (issue 13 §4): the version that went in is marked.
    const statuses = await t.db.select({ id: reports.id, status: reports.status }).from(reports).where(eq(reports.reporterId, a1!.id));
    expect(statuses.find((r) => r.id === again.reportId)?.status).toBe('synthesised');
  });
});

describe('the scheduled synthesis', () => {
  it('is made two days before the province’s deadline, once, and sent to the province’s officials', async () => {
    const officials = [await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh A'), await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh B')];
    const scan = (at: string) => runSynthesisSchedule({ db: t.db, config, logger: silentLogger, now: () => vn(at) });
    expect((await scan('2026-11-17T09:45:00')).queued).toEqual([]);
    expect((await scan('2026-11-18T09:45:00')).queued).toEqual([`${u.p!.code}/2026-11`]);
    expect((await scan('2026-11-19T09:45:00')).queued).toEqual([]);
    // A worker that missed the lead day still catches up before the deadline.
    expect((await scan('2026-12-20T09:45:00')).queued).toEqual(['2026-12', '2026-Q4', '2026-H2', '2026'].map((p) => `${u.p!.code}/${p}`));
    const [run] = await t.db
      .select()
      .from(synthesisRuns)
      .where(and(eq(synthesisRuns.period, '2026-11'), eq(synthesisRuns.trigger, 'schedule')));
    expect(run).toMatchObject({ trigger: 'schedule', requestedBy: null, unitId: u.p!.id, status: 'queued' });
    expect(await runSynthesis(t.db, config, tr, run!.id, vn('2026-11-18T09:50:00'))).toBe('done');
    for (const o of officials) {
      const [sent] = await t.db.select().from(sends).where(eq(sends.personId, o.id));
      const m = sent!.message as { kind: string; caption: string };
      expect(m.kind).toBe('document');
      expect(m.caption).toContain('Dự thảo báo cáo tổng hợp tình hình tư tưởng, dư luận xã hội tháng 11/2026');
    }
    // Collaborators of the province get nothing.
    const [a1] = await t.db.select().from(people).where(eq(people.displayName, 'Nguyễn Văn An'));
    expect((await t.db.select().from(sends).where(eq(sends.personId, a1!.id))).filter((s) => s.purpose.startsWith('syn-'))).toHaveLength(0);
  });
});

describe('the console’s view of syntheses', () => {
  it('lists the runs of the official’s subtree and serves their files in scope, auditing every download and refusal', async () => {
    const province = { id: (await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh Xem')).id, unitId: u.p!.id };
    const commune = { id: (await addPerson(t.db, u.a!.id, 'official', 'Cán bộ xã Xem')).id, unitId: u.a!.id };
    const list = await listSyntheses(t.db, { unitId: u.p!.id });
    const done = list.find((r) => r.status === 'done' && r.period === '2026-11')!;
    expect(done.formats).toEqual(['docx', 'md', 'xlsx']);
    expect(list.some((r) => r.period === '2026-Q4' && r.trigger === 'schedule')).toBe(true);
    expect(await listSyntheses(t.db, { unitId: u.a!.id })).toEqual([]);
    const file = await t.db.transaction((tx) => synthesisFile(tx, province, done.id, 'xlsx'));
    expect(file).toMatchObject({ ok: true, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(await t.db.transaction((tx) => synthesisFile(tx, commune, done.id, 'docx'))).toEqual({ ok: false, code: 'out_of_scope' });
    const queued = list.find((r) => r.status === 'queued')!;
    expect(await t.db.transaction((tx) => synthesisFile(tx, province, queued.id, 'docx'))).toEqual({ ok: false, code: 'not_ready' });
    const audits = await t.db.select().from(auditLog).where(eq(auditLog.action, 'synthesis.download'));
    expect(audits.map((a) => [a.actorId, a.outcome])).toEqual([
      [province.id, 'ok'],
      [commune.id, 'refused'],
    ]);
  });
});
