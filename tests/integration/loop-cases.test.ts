import { writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { handleCaseDue } from '../../core/cases/due.js';
import { formatDate } from '../../core/kernel/datetime.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { auditLog, caseEvents, cases, reportIssues, reports, units } from '../../db/schema/index.js';
import { fillUntilReceipt, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 13 §4 end to end through the real intake: a collaborator's quick report → the official's
 * notice → «Chuyển xử lý» to the commune police → the liaison accepts and answers "Đã xử lý" →
 * the official and the reporter hear it; reminders and escalation on the due date; scope.
 * Writes the conversation to CASE_TRANSCRIPT when set (the note quotes it).
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
const who: Record<string, PersonRef> = {};
let police: string;
const config = testConfig();
const env = { t: createI18n().t, timeZone: config.TIMEZONE };
const transcript: string[] = [];
const log = (name: string, said: string, got: SeenMessage[]) => {
  transcript.push(`${name} ▶ ${said}`);
  for (const m of got)
    transcript.push(`  ◀ ${m.text.replace(/\n/g, '\n    ')}${m.choices.length ? `\n    [${m.choices.map((c) => c.label).join('] [')}]` : ''}`);
};

async function body(name: string, parent: string): Promise<string> {
  const [p] = await t.db.select().from(units).where(eq(units.id, parent));
  const id = randomUUID();
  await t.db.insert(units).values({ id, code: `CQ${id.slice(0, 6)}`, name, kind: 'co_quan', parentId: parent, path: `${p!.path}${id}/` });
  return id;
}
async function liaison(unitId: string, name: string): Promise<PersonRef> {
  return addPerson(t.db, unitId, 'liaison', name, { consentAt: new Date() });
}

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.ctv = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.binh = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.neighbour = await member(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  police = await body('Công an xã Tân Hòa', tree.commune);
  const other = await body('Công an xã An Lạc', tree.otherCommune);
  who.police = await liaison(police, 'Đại úy Nam');
  who.otherPolice = await liaison(other, 'Đại úy Sơn');
  world = loopWorld(t.db, config);
});
afterAll(async () => {
  if (process.env.CASE_TRANSCRIPT) writeFileSync(process.env.CASE_TRANSCRIPT, transcript.join('\n'));
  await t?.close();
});

const pressLabel = async (name: string, p: PersonRef, m: SeenMessage, label: string) => {
  const c = m.choices.find((x) => x.label === label);
  if (!c) throw new Error(`no button ${label} in: ${m.text}`);
  const got = await world.user(p).press(c.data);
  log(name, `[${label}]`, got);
  return got;
};
const say = async (name: string, p: PersonRef, text: string) => {
  const got = await world.user(p).send(text);
  log(name, text, got);
  return got;
};

describe('a case from a quick report to "Đã xử lý" and back to the reporter', () => {
  it('runs end to end with every step on the timeline, in the audit log and told to the reporter', async () => {
    const ctv = world.user(who.ctv!);
    const { receipt } = await fillUntilReceipt(ctv, await ctv.send('/nhanh'));
    transcript.push(`CTV Hoa ▶ /nhanh … (báo cáo nhanh ${receipt})`);
    const [report] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    const [notice] = await world.inbox(who.binh!, `rn-${report!.id}`);
    log('Cán bộ Bình (thông báo)', '', [notice!]);

    let got = await pressLabel('Cán bộ Bình', who.binh!, notice!, 'Chuyển xử lý');
    expect(got.at(-1)!.text).toContain('Chuyển cho cơ quan nào xử lý?');
    expect(got.at(-1)!.choices.map((c) => c.label)).toEqual(['Công an xã Tân Hòa']); // not the neighbour's police
    got = await pressLabel('Cán bộ Bình', who.binh!, got.at(-1)!, 'Công an xã Tân Hòa');
    got = await say('Cán bộ Bình', who.binh!, '3');
    got = await say('Cán bộ Bình', who.binh!, 'Đề nghị xác minh, đối thoại với các hộ dân');
    got = await pressLabel('Cán bộ Bình', who.binh!, got.at(-1)!, 'Có');
    expect(got.at(-1)!.text).toContain('Cơ quan xử lý: Công an xã Tân Hòa');
    expect(got.at(-1)!.text).toContain('Hạn: 3 ngày'); // typed "3": three days, not the third button
    const preview = got.at(-1)!.text;
    got = await pressLabel('Cán bộ Bình', who.binh!, got.at(-1)!, '➡️ Chuyển');
    expect(got.at(-1)!.text).toMatch(/Đã chuyển hồ sơ XL-\d{4}-\d{2}-\d{6} cho Công an xã Tân Hòa \(1 đầu mối/);
    const [c] = await t.db.select().from(cases).where(eq(cases.sourceId, report!.id));
    expect(c).toMatchObject({ status: 'sent', bodyUnitId: police, reporterId: who.ctv!.id, tellReporter: true });
    // The preview named the day it falls due, in the province's zone (it said «Hạn: 3 ngày» alone).
    expect(preview).toContain(`Hạn: 3 ngày, đến ngày ${formatDate(c!.dueAt, 'Asia/Ho_Chi_Minh')}`);
    // Forwarding received the report (nobody had pressed «Tiếp nhận»): the reporter hears it as from
    // tiếp nhận, it is audited as tiếp nhận, and /trangthai no longer says «chờ tiếp nhận».
    const [after] = await t.db.select({ status: reports.status }).from(reports).where(eq(reports.id, report!.id));
    expect(after!.status).toBe('received');
    expect((await world.inbox(who.ctv!, `rv-${report!.id}-`)).map((m) => m.text)).toEqual([expect.stringContaining(`${receipt}`)]);
    const receivedAudit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, report!.id), eq(auditLog.action, 'report.received')));
    expect(receivedAudit).toEqual([expect.objectContaining({ actorId: who.binh!.id, outcome: 'ok' })]);
    const early = (await world.user(who.ctv!).send('/trangthai')).map((m) => m.text).join('\n');
    expect(early.split('\n').find((l) => l.includes(receipt))).not.toContain('chờ tiếp nhận');

    const [toPolice] = await world.inbox(who.police!, `cs-${c!.id}-new`);
    log('Đại úy Nam (hồ sơ đến)', '', [toPolice!]);
    expect(toPolice!.text).toContain('Đề nghị: Đề nghị xác minh');
    // What happened, as the report tells it (it had only the title): the body must know what to fix, not who said it.
    const [issue] = await t.db.select({ summary: reportIssues.summary }).from(reportIssues).where(eq(reportIssues.reportId, report!.id));
    expect(issue!.summary).toBeTruthy();
    expect(toPolice!.text).toContain(`Tình hình: ${issue!.summary}`);
    expect(toPolice!.text).not.toContain('CTV Hoa');
    expect((await world.user(who.police!).send(`/hoso ${c!.receiptNo}`)).at(-1)!.text).toContain(`Tình hình: ${issue!.summary}`);
    // A liaison of another body cannot answer it; the reporter's forwarded notice is queued.
    const foreign = await world.user(who.otherPolice!).press(toPolice!.choices[0]!.data);
    expect(foreign.at(-1)!.text).toContain('không thuộc phạm vi');
    expect((await world.inbox(who.ctv!, `cs-${c!.id}-r`)).map((m) => m.text)[0]).toContain('đã được chuyển đến Công an xã Tân Hòa');

    got = await pressLabel('Đại úy Nam', who.police!, toPolice!, 'Tiếp nhận');
    expect(got.at(-1)!.text).toContain('đã tiếp nhận');
    got = await pressLabel('Đại úy Nam', who.police!, toPolice!, 'Đã xử lý');
    expect(got.at(-1)!.text).toContain('kết quả xử lý');
    got = await say('Đại úy Nam', who.police!, 'Đã mời các hộ dân đối thoại, thống nhất phương án bồi thường; tình hình ổn định');
    expect(got.at(-1)!.text).toContain('đã xử lý');
    // A late double tap on a closed case changes nothing.
    expect((await world.user(who.police!).press(toPolice!.choices[3]!.data)).at(-1)!.text).toContain('đã kết thúc');

    const official = await world.inbox(who.binh!, `cs-${c!.id}-o`);
    log('Cán bộ Bình (trả lời của cơ quan)', '', official);
    expect(official.map((m) => m.text.split('\n')[0])).toEqual([
      expect.stringContaining('Công an xã Tân Hòa: đã tiếp nhận (Đại úy Nam)'),
      expect.stringContaining('Công an xã Tân Hòa: đã xử lý (Đại úy Nam)'),
    ]);
    const toReporter = await world.inbox(who.ctv!, `cs-${c!.id}-r`);
    log('CTV Hoa (được báo)', '', toReporter);
    expect(toReporter).toHaveLength(3);
    expect(toReporter[2]!.text).toContain('Kết quả: Đã mời các hộ dân đối thoại');
    expect(toReporter.map((m) => m.text).join()).not.toContain('Đại úy Nam');

    const status = await say('CTV Hoa', who.ctv!, '/trangthai');
    expect(status.at(-1)!.text).toContain(`${c!.receiptNo} — `);
    expect(status.at(-1)!.text).toContain('Công an xã Tân Hòa · đã xử lý');
    const timeline = await say('Cán bộ Bình', who.binh!, `/hoso ${c!.receiptNo}`);
    expect(timeline.at(-1)!.text).toMatch(/chuyển xử lý[\s\S]*tiếp nhận[\s\S]*đã xử lý/);
    const events = await t.db.select().from(caseEvents).where(eq(caseEvents.caseId, c!.id)).orderBy(caseEvents.id);
    expect(events.map((e) => e.kind)).toEqual(['forwarded', 'accepted', 'done']);
    const audits = await t.db.select({ a: auditLog.action, o: auditLog.outcome }).from(auditLog).where(eq(auditLog.targetId, c!.id)).orderBy(auditLog.id);
    expect(audits.map((a) => `${a.a} ${a.o}`)).toEqual(['case.forward ok', 'case.accepted refused', 'case.accepted ok', 'case.done ok']);
  });

  it('a silent case: the official tells the reporter one step by button; due-date reminders and escalation; scope refusals', async () => {
    const ctv = world.user(who.ctv!);
    const { receipt } = await fillUntilReceipt(ctv, await ctv.send('/nhanh'));
    let got = await world.user(who.binh!).send(`/chuyenxuly ${receipt.toLowerCase()}`);
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data); // the body
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data); // 1 day
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data); // no note
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((x) => x.label === 'Không')!.data);
    // The preview can be changed or dropped, as every preview: «Sửa» asks again from the body.
    expect(got.at(-1)!.choices.map((x) => x.label)).toEqual(['➡️ Chuyển', '✏️ Sửa', '🗑 Hủy']);
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((x) => x.label === '✏️ Sửa')!.data);
    expect(got.at(-1)!.text).toContain('Chuyển cho cơ quan nào xử lý?');
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data); // the body
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data); // 1 day
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data); // no note
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((x) => x.label === 'Không')!.data);
    got = await world.user(who.binh!).press(got.at(-1)!.choices[0]!.data);
    const [c] = await t.db.select().from(cases).orderBy(desc(cases.createdAt)).limit(1);
    expect(c).toMatchObject({ tellReporter: false, status: 'sent' });
    expect(await world.inbox(who.ctv!, `cs-${c!.id}-r`)).toEqual([]);

    // Due dates: the day before, at the due time (the official alerted), a repeat is a no-op.
    expect(await t.db.transaction((tx) => handleCaseDue(tx, env, c!.id, 'before', new Date()))).toBe('reminded');
    expect(await t.db.transaction((tx) => handleCaseDue(tx, env, c!.id, 'due', new Date()))).toBe('reminded');
    expect(await t.db.transaction((tx) => handleCaseDue(tx, env, c!.id, 'due', new Date()))).toBe('repeat');
    expect((await world.inbox(who.police!, `cs-${c!.id}-`)).map((m) => m.purpose)).toEqual([`cs-${c!.id}-new`, `cs-${c!.id}-before`, `cs-${c!.id}-due`]);
    const [overdue] = await world.inbox(who.binh!, `cs-${c!.id}-due`);
    expect(overdue!.text).toContain('đã quá hạn');

    const [toPolice] = await world.inbox(who.police!, `cs-${c!.id}-new`);
    await world.user(who.police!).press(toPolice!.choices[1]!.data); // Đang xử lý
    const [answer] = await world.inbox(who.binh!, `cs-${c!.id}-o`);
    expect(answer!.text).toContain('đang xử lý');
    got = await world.user(who.binh!).press(answer!.choices.find((x) => x.label === 'Báo cho người phản ánh')!.data);
    expect(got.at(-1)!.text).toContain('Đã báo cho người phản ánh');
    got = await world.user(who.binh!).press(answer!.choices.find((x) => x.label === 'Báo cho người phản ánh')!.data);
    expect(got.at(-1)!.text).toContain('từ trước');
    const told = await world.inbox(who.ctv!, `cs-${c!.id}-r`);
    expect(told.map((m) => m.text)).toEqual([expect.stringContaining('đang xử lý nội dung đồng chí phản ánh')]);

    // Declined needs a reason; closes the case; the timers then do nothing.
    await world.user(who.police!).press(toPolice!.choices[3]!.data);
    await world.user(who.police!).send('Thuộc thẩm quyền UBND xã');
    expect(await t.db.transaction((tx) => handleCaseDue(tx, env, c!.id, 'after', new Date()))).toBe('closed');

    // Scope: the neighbouring commune's official cannot forward or view it; audited.
    got = await world.user(who.neighbour!).send(`/chuyenxuly ${receipt}`);
    expect(got.at(-1)!.text).toContain('không thuộc phạm vi');
    const [refused] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, who.neighbour!.id), eq(auditLog.action, 'case.forward')));
    expect(refused?.outcome).toBe('refused');
    expect((await world.user(who.neighbour!).send(`/hoso ${c!.receiptNo}`)).at(-1)!.text).toContain('Không tìm thấy');
    // The liaison lists only their body's open cases (both are closed now).
    expect((await world.user(who.police!).send('/hoso')).at(-1)!.text).toContain('không có hồ sơ');
  });
});
