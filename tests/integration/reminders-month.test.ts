import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { eq, like } from 'drizzle-orm';
import { people, reminderLedger, sends } from '../../db/schema/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import { REPORTING_QUEUE } from '../../core/reports/jobs.js';
import { runInactiveScan, runReminderScan, type ReminderEnv } from '../../core/reports/reminders.js';
import { laneQueueName } from '../../core/delivery/sends.js';
import { createQueueSet } from '../../workers/queues.js';
import { createRelay } from '../../workers/relay.js';
import { reportingSchedules, reportingSchedulesPlugin } from '../../workers/schedules.js';
import { reminderScanJob } from '../../workers/jobs/reports/reminder-scan.js';
import { createTestDatabase, testQueuePrefix, testRedisUrl, type TestDatabase } from '../helpers/db.js';
import { fileReport, periodicDraft, vn } from './reporting-fixtures.js';
import { addPerson, seedUnits, type PersonRef, type Unit } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * A simulated February 2027 (clock injected, no waiting): unit A inherits the province's 20th,
 * unit B has a deadline day of 31 (→ 28 February). Each day the scan runs at 03:00 (quiet), at
 * 08:00 twice at once (two workers) and at 15:00 again. Exactly the non-reporters get exactly
 * their reminders, and the D+1 lists reach the right officials.
 */
let t: TestDatabase;
let u: Record<string, Unit>;
const p: Record<string, PersonRef> = {};
let now = new Date();
const config = testConfig({ QUIET_HOURS: '22:00-06:00', REMINDER_HOUR: '8' });
const env = (): ReminderEnv => ({ db: t.db, config, t: createI18n().t, logger: silentLogger, now: () => now });

beforeAll(async () => {
  t = await createTestDatabase();
  u = await seedUnits(t.db, [
    { key: 'p', name: 'Tỉnh Thái Nguyên', deadlineDay: 20, lockDays: 5 },
    { key: 'a', name: 'Xã Tân Cương', parent: 'p' },
    { key: 'b', name: 'Phường Phan Đình Phùng', parent: 'p', deadlineDay: 31 },
  ]);
  const joined = { createdAt: vn('2027-02-01T00:00:00') };
  p.a1 = await addPerson(t.db, u.a!.id, 'collaborator', 'Nguyễn Văn An', joined);
  p.a2 = await addPerson(t.db, u.a!.id, 'collaborator', 'Trần Thị Bích', joined);
  p.a3 = await addPerson(t.db, u.a!.id, 'collaborator', 'Lê Văn Cường', joined);
  p.a4 = await addPerson(t.db, u.a!.id, 'collaborator', 'Phạm Thị Dung', { ...joined, noAccount: true });
  p.b1 = await addPerson(t.db, u.b!.id, 'collaborator', 'Hoàng Văn Em', joined);
  p.b2 = await addPerson(t.db, u.b!.id, 'collaborator', 'Vũ Thị Phượng', joined);
  p.po = await addPerson(t.db, u.p!.id, 'official', 'Cán bộ tỉnh Đỗ Minh', joined);
  p.bo = await addPerson(t.db, u.b!.id, 'official', 'Cán bộ phường Ngô Lan', joined);
  p.late = await addPerson(t.db, u.a!.id, 'collaborator', 'Người mới Đinh Hà', { createdAt: vn('2027-02-25T09:00:00') });
});
afterAll(async () => t?.close());

/** Things that happen during the month, at local dates. */
async function events(day: string) {
  if (day === '2027-02-18') {
    await fileReport(t.db, p.a2!, u.a!.id, periodicDraft('2027-02'), vn('2027-02-18T10:00:00'));
    await t.db.update(people).set({ status: 'suspended' }).where(eq(people.id, p.a3!.id));
  }
  if (day === '2027-03-02') await fileReport(t.db, p.b1!, u.b!.id, periodicDraft('2027-02'), vn('2027-03-02T10:00:00'));
}

async function sendsOf(step: string) {
  const rows = await t.db
    .select({ personId: sends.personId, message: sends.message, lane: sends.lane })
    .from(sends)
    .where(like(sends.purpose, `rem-%-${step}%`));
  return rows;
}
const names = (rows: { personId: string }[]) => rows.map((r) => Object.entries(p).find(([, v]) => v.id === r.personId)?.[0]).sort();

describe('reminder ladder over a simulated month', () => {
  it('reminds exactly the non-reporters, once per step, and lists them to their officials at D+1', async () => {
    for (let d = new Date(Date.UTC(2027, 1, 1)); d <= new Date(Date.UTC(2027, 2, 5)); d = new Date(d.getTime() + 86_400_000)) {
      const day = d.toISOString().slice(0, 10);
      now = vn(`${day}T03:00:00`);
      expect((await runReminderScan(env())).skipped).toBe('quiet');
      now = vn(`${day}T07:00:00`);
      expect((await runReminderScan(env())).skipped).toBe('early');
      now = vn(`${day}T08:00:00`);
      await Promise.all([runReminderScan(env()), runReminderScan(env())]);
      await events(day);
      now = vn(`${day}T15:00:00`);
      await runReminderScan(env());
    }

    expect(names(await sendsOf('d3'))).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
    expect(names(await sendsOf('d1'))).toEqual(['a1', 'b1', 'b2']);
    expect(names(await sendsOf('d0'))).toEqual(['a1', 'b1', 'b2']);
    const lists = await sendsOf('late');
    expect(names(lists)).toEqual(['bo', 'po']);
    const text = (who: string) => JSON.stringify(lists.find((r) => r.personId === p[who]!.id)?.message);
    expect(text('po')).toContain('Nguyễn Văn An');
    expect(text('po')).toContain('Phạm Thị Dung');
    expect(text('po')).not.toContain('Trần Thị Bích');
    expect(text('po')).not.toContain('Lê Văn Cường');
    expect(text('po')).not.toContain('Hoàng Văn Em');
    expect(text('bo')).toContain('Hoàng Văn Em');
    expect(text('bo')).toContain('Vũ Thị Phượng');
    expect(text('bo')).toContain('28/02/2027');
    expect(lists.every((r) => r.lane === 'bulk')).toBe(true);

    // The collaborator with no channel account is in the ledger (not retried) but has no send row.
    const ledgerA4 = await t.db.select().from(reminderLedger).where(eq(reminderLedger.personId, p.a4!.id));
    expect(ledgerA4.map((r) => r.step).sort()).toEqual(['d0', 'd1', 'd3']);
    // Joined after the 2027-02 due day of unit A: nothing for February.
    expect(await t.db.select().from(reminderLedger).where(eq(reminderLedger.personId, p.late!.id))).toHaveLength(0);
  });

  it('puts the reminder button and the due date on the collaborator message', async () => {
    const [row] = await t.db.select().from(sends).where(eq(sends.purpose, 'rem-2027-02-d3')).limit(1);
    const m = row!.message as { text: string; choices: { label: string; data: string }[] };
    expect(m.text).toContain('tháng 2/2027');
    expect(m.choices).toEqual([{ label: '📝 Mở báo cáo định kỳ', data: 'r:open' }]);
  });

  it('moves the queued reminders through the outbox into the bulk lane on Redis', async () => {
    const prefix = testQueuePrefix();
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const queues = createQueueSet({ connection, prefix, names: [] });
    const relay = createRelay({ db: t.db, queues, logger: silentLogger });
    try {
      while ((await relay.runOnce()) > 0);
      const counts = await queues.get(laneQueueName('bulk', 'sandbox')).getJobCounts('waiting', 'delayed', 'prioritized');
      const queued = (await t.db.select().from(sends).where(like(sends.purpose, 'rem-%'))).length;
      expect(counts.waiting! + counts.delayed! + counts.prioritized!).toBe(queued);
      expect(queued).toBe(13);
    } finally {
      await queues.close();
      await connection.quit();
    }
  });

  it('registers its job schedulers once, whatever the number of worker starts', async () => {
    const prefix = testQueuePrefix();
    const connection = new Redis(testRedisUrl(), { maxRetriesPerRequest: null });
    const queue = new Queue(REPORTING_QUEUE, { connection, prefix });
    try {
      const ctx = { queues: { get: () => queue }, config } as unknown as Parameters<typeof reportingSchedulesPlugin>[0];
      await (await reportingSchedulesPlugin(ctx)).stop();
      await (await reportingSchedulesPlugin(ctx)).stop();
      const got = await queue.getJobSchedulers();
      expect(got.map((s) => s.key).sort()).toEqual(
        reportingSchedules(config)
          .map((s) => s.id)
          .sort(),
      );
      const scan = got.find((s) => s.key === 'reporting-reminder-scan')!;
      expect(scan.pattern).toBe('0 * * * *');
      expect(scan.tz).toBe('Asia/Ho_Chi_Minh');
      // One pending job per scheduler (an `every` scheduler's first one is due at once).
      expect(await queue.getJobCountByTypes('delayed', 'waiting')).toBe(reportingSchedules(config).length);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      await connection.quit();
    }
  });

  it('the scheduled job itself, run twice for the same morning, sends nothing the second time', async () => {
    const { t: tt, has } = createI18n();
    const ctx = { db: t.db, env: { i18n: { t: tt, has }, config, clock: () => vn('2027-03-17T08:00:00') }, logger: silentLogger, afterCommit: () => {} };
    const job = {} as Parameters<typeof reminderScanJob.run>[2];
    expect(await reminderScanJob.run(ctx, {}, job)).toBe('reminded 3, lists 0');
    expect(await reminderScanJob.run(ctx, {}, job)).toBe('reminded 0, lists 0');
    const rows = await t.db.select().from(sends).where(eq(sends.purpose, 'rem-2027-03-d3'));
    expect(rows.map((r) => r.personId).sort()).toEqual([p.a1!.id, p.a2!.id, p.late!.id].sort());
  });

  it('lists inactive collaborators to their officials once a month', async () => {
    now = vn('2027-04-01T08:30:00');
    expect(await runInactiveScan(env())).toEqual({ lists: 2, flagged: 3 });
    now = vn('2027-04-02T08:30:00');
    expect(await runInactiveScan(env())).toEqual({ lists: 0, flagged: 3 });
    const rows = await t.db.select().from(sends).where(eq(sends.purpose, 'rem-2027-04-inactive'));
    const text = (who: string) => (rows.find((r) => r.personId === p[who]!.id)?.message as { text: string }).text;
    expect(text('po')).toContain('Nguyễn Văn An');
    expect(text('po')).toContain('Phạm Thị Dung');
    expect(text('po')).not.toContain('Đinh Hà');
    expect(text('po')).toContain('tháng 3/2027, tháng 2/2027');
    expect(text('bo')).toContain('Vũ Thị Phượng');
    expect(text('bo')).not.toContain('Hoàng Văn Em');
  });
});
