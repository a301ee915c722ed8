import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { appendAudit, verifyAuditChain } from '../../core/compliance/audit.js';
import { loadConfig } from '../../core/platform/config.js';
import { createInvite, redeemInvite } from '../../core/people/invites.js';
import { ERASED_NAME } from '../../core/compliance/privacy.js';
import {
  auditLog,
  sends,
  broadcasts,
  caseEvents,
  cases,
  channelAccounts,
  conversations,
  hotSpotEvents,
  hotSpots,
  invites,
  noticePrefs,
  opinionStreams,
  people,
  reportIssues,
  reportRequestRecipients,
  reportRequests,
  reports,
  sandboxMessages,
  units,
} from '../../db/schema/index.js';
import { erasePersonCommand, exportPersonCommand } from '../../scripts/admin/privacy-commands.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const NAME = 'Lê Thị Hồng Nhung';
const config = loadConfig({});
let db: TestDatabase;
let personId: string;
let otherId: string;
let reportId: string;
let hotSpotId: string;
let caseId: string;
let lines: string[];
const run = (cmd: typeof exportPersonCommand, ...args: string[]) => cmd.run(args, { db: db.db, config, out: (l) => lines.push(l) });

/** A collaborator registered by invite who reported, raised an alert and received messages. */
async function seedPerson(unitId: string, name: string, telegramId: string): Promise<string> {
  const invite = await createInvite(db.db, { unitId, role: 'collaborator', displayName: name, ttlHours: 1 });
  const r = await db.db.transaction(async (tx) => {
    const res = await redeemInvite(tx, { inviteId: invite.inviteId, channel: 'telegram', externalId: telegramId, now: new Date() });
    if (!res.ok) throw new Error(res.code);
    await appendAudit(tx, {
      actorId: res.personId,
      action: 'person.registered',
      targetType: 'person',
      targetId: res.personId,
      outcome: 'ok',
      details: { channel: 'telegram' },
    });
    return res;
  });
  await db.db.insert(channelAccounts).values({ personId: r.personId, channel: 'sandbox', externalId: `sb-${telegramId}` });
  await db.db
    .insert(conversations)
    .values({ accountKey: `telegram:${telegramId}`, personId: r.personId, flow: 'quick-report', state: { flow: 'quick-report', data: { note: 'nháp' } } });
  await db.db.insert(sandboxMessages).values({ accountId: `sb-${telegramId}`, direction: 'in', payload: { type: 'text', text: 'xin chào' } });
  await db.db.insert(sends).values({
    purpose: `p-${telegramId}`,
    personId: r.personId,
    lane: 'interactive',
    channel: 'telegram',
    accountId: telegramId,
    message: { type: 'text', text: 'Cảm ơn' },
    state: 'sent',
  });
  return r.personId;
}

beforeAll(async () => {
  db = await createTestDatabase();
  const [u] = await db.db.insert(units).values({ code: 'PX', name: 'Phường Xuân', path: '/' }).returning();
  const [official] = await db.db.insert(people).values({ displayName: 'Cán bộ', role: 'official', unitId: u!.id }).returning();
  personId = await seedPerson(u!.id, NAME, '5550001');
  otherId = await seedPerson(u!.id, 'Phạm Văn Khác', '5550002');
  const [rep] = await db.db.insert(reports).values({ kind: 'quick', unitId: u!.id, reporterId: personId, title: 'Giá điện', status: 'submitted' }).returning();
  reportId = rep!.id;
  const [issue] = await db.db.insert(reportIssues).values({ reportId, position: 0, topicCode: 'prices', title: 'Giá điện tăng' }).returning();
  await db.db
    .insert(opinionStreams)
    .values({ issueId: issue!.id, position: 0, stance: 'bankhoan', prevalence: 'nhieu', holderGroup: 'hộ kinh doanh', content: 'Lo ngại chi phí' });
  const [hs] = await db.db
    .insert(hotSpots)
    .values({ receiptNo: 'DN-1', category: 'dat-dai', severity: 2, unitId: u!.id, levelUnitId: u!.id, reporterId: personId, description: 'Tụ tập' })
    .returning();
  hotSpotId = hs!.id;
  await db.db.insert(hotSpotEvents).values([
    { hotSpotId, kind: 'created', actorId: personId },
    { hotSpotId, kind: 'acknowledged', actorId: official!.id, note: 'nội bộ' },
  ]);
  const [b] = await db.db
    .insert(broadcasts)
    .values({ authorId: official!.id, unitId: u!.id, title: 'Định hướng tháng 11', body: '…', status: 'done' })
    .returning();
  await db.db.insert(sends).values({
    purpose: `bc-${b!.id}`,
    lane: 'broadcast',
    broadcastId: b!.id,
    personId,
    unitId: u!.id,
    channel: 'telegram',
    accountId: '5550001',
    state: 'acknowledged',
  });
  // Issue 13 §6: a report request that asked the person (who was asked names them).
  const [rq] = await db.db
    .insert(reportRequests)
    .values({ authorId: official!.id, unitId: u!.id, topicCode: 'prices', subject: 'Giá điện', dueAt: new Date(), recipients: 1 })
    .returning();
  await db.db.insert(reportRequestRecipients).values({ requestId: rq!.id, personId, unitId: u!.id });
  // Issue 13: a case forwarded from the report (one step told, one internal) and notice settings.
  const [body] = await db.db.insert(units).values({ code: 'CA-PX', name: 'Công an phường Xuân', kind: 'co_quan', parentId: u!.id, path: '/' }).returning();
  const [c] = await db.db
    .insert(cases)
    .values({
      receiptNo: 'XL-1',
      sourceType: 'report',
      sourceId: reportId,
      sourceUnitId: u!.id,
      bodyUnitId: body!.id,
      forwardedBy: official!.id,
      reporterId: personId,
      title: 'Giá điện tăng',
      dueAt: new Date(),
    })
    .returning();
  caseId = c!.id;
  await db.db.insert(caseEvents).values([
    { caseId, kind: 'forwarded', actorId: official!.id, toldReporter: true },
    { caseId, kind: 'reminded', note: 'nội bộ' },
  ]);
  await db.db.insert(noticePrefs).values({ personId, reportKind: 'quick', mode: 'off' });
});
afterAll(async () => db.close());

describe('export-person', () => {
  it('writes everything stored about the person, found by a chat account, to an owner-only file', async () => {
    lines = [];
    const file = join(mkdtempSync(join(tmpdir(), 'dlxh-export-')), 'p.json');
    await run(exportPersonCommand, 'telegram:5550001', '--out', file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const x = JSON.parse(readFileSync(file, 'utf8'));
    expect(x.person).toMatchObject({ id: personId, displayName: NAME, unit: { name: 'Phường Xuân' } });
    expect(x.channelAccounts.map((a: { channel: string }) => a.channel).sort()).toEqual(['sandbox', 'telegram']);
    expect(x.conversations).toHaveLength(1);
    expect(x.reports[0].issues[0].opinionStreams[0].content).toBe('Lo ngại chi phí');
    expect(x.hotSpots[0].events.map((e: { kind: string }) => e.kind)).toEqual(['created']); // not the officials' notes
    expect(x.sends).toHaveLength(1);
    expect(x.broadcastDeliveries[0].title).toBe('Định hướng tháng 11');
    expect(x.sandboxMessages).toHaveLength(1);
    expect(x.cases).toMatchObject([{ receiptNo: 'XL-1', body: 'Công an phường Xuân', toldSteps: [{ kind: 'forwarded' }] }]);
    expect(x.cases[0].toldSteps).toHaveLength(1); // not the body's internal steps
    expect(x.noticePrefs).toMatchObject([{ reportKind: 'quick', mode: 'off' }]);
    expect(x.auditEntries.map((e: { action: string }) => e.action)).toContain('person.registered');
    expect(JSON.stringify(x)).not.toContain('Phạm Văn Khác');
  });
});

describe('erase-person', () => {
  it('asks for --confirm and changes nothing without it', async () => {
    await expect(run(erasePersonCommand, personId)).rejects.toThrow('--confirm');
    const [p] = await db.db.select().from(people).where(eq(people.id, personId));
    expect(p!.displayName).toBe(NAME);
  });

  it('keeps reports and alerts as anonymous group opinion and removes every path back to the person', async () => {
    lines = [];
    await run(erasePersonCommand, 'telegram:5550001', '--confirm', '--reason', 'yêu cầu của chủ thể dữ liệu');
    expect(lines[0]).toContain('1 báo cáo, 1 điểm nóng và 1 hồ sơ chuyển xử lý');
    expect(lines[0]).toContain('1 thiết lập thông báo');
    const [p] = await db.db.select().from(people).where(eq(people.id, personId));
    expect(p).toMatchObject({ displayName: ERASED_NAME, status: 'left', consentAt: null });
    expect(await db.db.select().from(channelAccounts).where(eq(channelAccounts.personId, personId))).toHaveLength(0);
    expect(await db.db.select().from(conversations).where(eq(conversations.accountKey, 'telegram:5550001'))).toHaveLength(0);
    expect(await db.db.select().from(sandboxMessages).where(eq(sandboxMessages.accountId, 'sb-5550001'))).toHaveLength(0);
    expect(
      await db.db
        .select()
        .from(sends)
        .where(and(eq(sends.personId, personId), isNull(sends.broadcastId))),
    ).toHaveLength(0);
    const [r] = await db.db.select().from(reports).where(eq(reports.id, reportId));
    expect(r).toMatchObject({ reporterId: null, title: 'Giá điện' });
    expect(await db.db.select().from(opinionStreams)).toHaveLength(1);
    const [hs] = await db.db.select().from(hotSpots).where(eq(hotSpots.id, hotSpotId));
    expect(hs!.reporterId).toBeNull();
    const [c] = await db.db.select().from(cases).where(eq(cases.id, caseId));
    expect(c).toMatchObject({ reporterId: null, tellReporter: false, title: 'Giá điện tăng' });
    expect(await db.db.select().from(noticePrefs).where(eq(noticePrefs.personId, personId))).toHaveLength(0);
    expect(await db.db.select().from(reportRequestRecipients).where(eq(reportRequestRecipients.personId, personId))).toHaveLength(0);
    const [d] = await db.db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, personId), isNotNull(sends.broadcastId)));
    expect(d).toMatchObject({ accountId: null, channel: null, state: 'acknowledged' });
    expect(await db.db.select().from(invites).where(eq(invites.displayName, NAME))).toHaveLength(0);
    expect(await db.db.select().from(invites).where(eq(invites.usedByPersonId, personId))).toHaveLength(0);
    const [entry] = await db.db.select().from(auditLog).where(eq(auditLog.action, 'person.erased'));
    expect(entry).toMatchObject({
      targetId: personId,
      outcome: 'ok',
      details: expect.objectContaining({ reason: 'yêu cầu của chủ thể dữ liệu', accounts: 2 }),
    });
    expect((await verifyAuditChain(db.db)).brokenAt).toBeNull();
  });

  it('leaves other people untouched, and the account no longer leads anywhere', async () => {
    const [o] = await db.db.select().from(people).where(eq(people.id, otherId));
    expect(o!.displayName).toBe('Phạm Văn Khác');
    expect(await db.db.select().from(channelAccounts).where(eq(channelAccounts.personId, otherId))).toHaveLength(2);
    await expect(run(exportPersonCommand, 'telegram:5550001')).rejects.toThrow('no such person');
    lines = [];
    await run(exportPersonCommand, personId);
    expect(lines.join('\n')).not.toContain(NAME);
  });
});
