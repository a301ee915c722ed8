import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareLabel } from '../helpers/chat-driver.js';
import { and, eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { seedTopics } from '../../core/reports/topics.js';
import { periodOf } from '../../core/reports/draft.js';
import { defaultsFromConfig } from '../../core/people/unit-tree.js';
import { collectSynthesis } from '../../core/synthesis/collect.js';
import { buildModel } from '../../core/synthesis/model.js';
import { collectParts } from '../../core/synthesis/parts.js';
import { requestsPart } from '../../core/synthesis/parts/requests.js';
import { createWriteContext } from '../../core/synthesis/prose.js';
import { spanOf } from '../../core/synthesis/span.js';
import { REQUEST_DUE_JOB, REQUEST_REMIND_JOB, REQUEST_SEND_JOB } from '../../core/reports/jobs.js';
import { remindReportRequest, sendReportRequest, type RequestEnv } from '../../core/reports/requests/delivery.js';
import { summariseReportRequest } from '../../core/reports/requests/due-summary.js';
import { auditLog, outbox, people, reportRequests, reports, units } from '../../db/schema/index.js';
import { jobDefinitions } from '../../workers/jobs/index.js';
import { fillUntilReceipt, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';

/**
 * Issue 13 §6: an official asks the commune for a thematic report with guiding questions; the
 * collaborators get it on the bulk lane with a button that opens /chuyende preset to it; the
 * filed report records the request; one reminder goes to who has not answered; the list shows
 * who answered. Officials outside the subtree cannot ask it nor see it.
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
const who: Record<string, PersonRef> = {};
const config = testConfig();
const { t: tr } = createI18n();
let env: RequestEnv;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  await seedTopics(t.db);
  who.hoa = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.nam = await member(t.db, tree.commune, 'collaborator', 'CTV Nam');
  who.binh = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.an = await member(t.db, tree.otherCommune, 'collaborator', 'CTV An Lạc');
  who.lac = await member(t.db, tree.otherCommune, 'official', 'Cán bộ An Lạc');
  who.tinh = await member(t.db, tree.province, 'official', 'Cán bộ tỉnh Lan');
  world = loopWorld(t.db, config);
  env = { db: t.db, config, t: tr, now: () => new Date() };
});
afterAll(async () => {
  await t?.close();
});

const press = (u: ChatUser, seen: SeenMessage[], label: string | RegExp) => {
  const c = seen.flatMap((m) => m.choices).find((x) => (typeof label === 'string' ? bareLabel(x.label) === label : label.test(bareLabel(x.label))));
  if (!c) throw new Error(`no button ${String(label)} in: ${seen.map((m) => m.text).join(' | ')}`);
  return u.press(c.data);
};

/** The official's /yeucaubaocao, answered up to the preview; `unit` is typed as a unit code, or the own unit. */
async function askUpToPreview(u: ChatUser, unit: string | null): Promise<SeenMessage[]> {
  let seen = await u.send('/yeucaubaocao');
  expect(seen.at(-1)!.text).toContain('Nội dung cần báo cáo');
  seen = await u.send('Dư luận về việc điều chỉnh giá điện');
  seen = await u.press(seen.at(-1)!.choices[0]!.data); // the first field of the list
  expect(seen.at(-1)!.text).toContain('câu hỏi gợi ý');
  seen = await u.send('1. Nhân dân phản ánh thế nào về hóa đơn tháng này?\n2. Có kiến nghị gì với ngành điện?');
  seen = await press(u, seen, 'Trong 3 ngày');
  seen = unit ? await u.send(unit) : await press(u, seen, /^Toàn /);
  seen = await press(u, seen, 'Tất cả');
  return press(u, seen, 'Chỉ cộng tác viên');
}

describe('a report request (issue 13 §6)', () => {
  let requestId = '';
  let receipt = '';

  it('an official asks the commune; the collaborators of the subtree get it with a button, nobody else', async () => {
    const binh = world.user(who.binh!);
    const preview = await askUpToPreview(binh, null);
    expect(preview.at(-1)!.text).toContain('Gửi tới: Xã Tân Hòa (2 người)');
    const done = await press(binh, preview, 'Gửi yêu cầu');
    expect(done.at(-1)!.text).toContain('sẽ gửi tới 2 người');
    const [req] = await t.db.select().from(reportRequests).where(eq(reportRequests.authorId, who.binh!.id));
    expect(req).toMatchObject({ subject: 'Dư luận về việc điều chỉnh giá điện', unitId: tree.commune });
    expect(req!.questions).toHaveLength(2);
    requestId = req!.id;
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report_request.create'), eq(auditLog.targetId, requestId)));
    expect(audits).toMatchObject([{ outcome: 'ok', actorId: who.binh!.id }]);
    const jobs = (await t.db.select().from(outbox)).filter((j) => (j.payload as { requestId?: string }).requestId === requestId).map((j) => j.name);
    expect(jobs.sort()).toEqual([REQUEST_DUE_JOB, REQUEST_REMIND_JOB, REQUEST_SEND_JOB].sort());
    // The reminder fires a day before the due time (a 3-day request).
    const remind = (await t.db.select().from(outbox).where(eq(outbox.name, REQUEST_REMIND_JOB))).find(
      (j) => (j.payload as { requestId: string }).requestId === requestId,
    );
    expect(req!.dueAt.getTime() - remind!.runAt.getTime()).toBe(86_400_000);
    expect(jobDefinitions.filter((d) => d.name === REQUEST_SEND_JOB || d.name === REQUEST_REMIND_JOB)).toHaveLength(2);

    expect(await sendReportRequest(env, requestId)).toEqual({ queued: 2 });
    expect(await sendReportRequest(env, requestId)).toEqual({ queued: 0 }); // a re-run sends nothing twice
    const [card] = await world.inbox(who.hoa!, `report-request-${requestId}`);
    expect(card!.text).toContain('YÊU CẦU BÁO CÁO CHUYÊN ĐỀ');
    expect(card!.text).toContain('2. Có kiến nghị gì với ngành điện?');
    expect(card!.choices).toEqual([{ label: 'Lập báo cáo', data: `/chuyende ${requestId}` }]);
    expect(await world.inbox(who.an!, 'report-request-')).toEqual([]);
    expect(await world.inbox(who.binh!, 'report-request-')).toEqual([]);
  });

  it('the button opens the thematic report preset to the request; the filed report records it', async () => {
    const [card] = await world.inbox(who.hoa!, `report-request-${requestId}`);
    const hoa = world.user(who.hoa!);
    const opened = await hoa.press(card!.choices[0]!.data);
    const all = opened.map((m) => m.text).join('\n');
    expect(all).toContain('Báo cáo theo yêu cầu: «Dư luận về việc điều chỉnh giá điện»');
    expect(all).toContain('1. Nhân dân phản ánh thế nào về hóa đơn tháng này?');
    // The topic and the report's title are set: the first question is the first issue's name.
    expect(opened.at(-1)!.text).toContain('Vấn đề 1');
    receipt = (await fillUntilReceipt(hoa, opened)).receipt;
    const [report] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    expect(report).toMatchObject({ kind: 'thematic', requestId, title: 'Dư luận về việc điều chỉnh giá điện' });
  });

  it('a button for a request not sent to the person starts an ordinary thematic report', async () => {
    const an = world.user(who.an!);
    const opened = await an.press(`/chuyende ${requestId}`);
    expect(opened.map((m) => m.text).join('\n')).toContain('không gửi cho đồng chí');
    const { receipt: other } = await fillUntilReceipt(an, opened);
    const [report] = await t.db.select().from(reports).where(eq(reports.receiptNo, other));
    expect(report!.requestId).toBeNull();
  });

  it('one reminder reaches only who has not answered', async () => {
    // A request written before the due-time summary existed gets its job from the reminder.
    await t.db.delete(outbox).where(eq(outbox.jobId, `report-request-due-${requestId}`));
    expect(await remindReportRequest(env, requestId)).toEqual({ queued: 1 });
    expect(
      await t.db
        .select()
        .from(outbox)
        .where(eq(outbox.jobId, `report-request-due-${requestId}`)),
    ).toHaveLength(1);
    expect(await world.inbox(who.hoa!, `report-request-${requestId}-remind`)).toEqual([]);
    const [nudge] = await world.inbox(who.nam!, `report-request-${requestId}-remind`);
    expect(nudge!.text).toContain('NHẮC');
    expect(nudge!.choices[0]!.data).toBe(`/chuyende ${requestId}`);
  });

  it('/yeucaubaocao_ds shows who answered and who not yet, in the subtree only', async () => {
    const list = (await world.user(who.tinh!).send('/yeucaubaocao_ds')).at(-1)!.text;
    expect(list).toContain('đã gửi 1/2');
    expect(list).toContain(`✅ Đã gửi: CTV Hoa (Xã Tân Hòa, ${receipt})`);
    expect(list).toContain('⏳ Chưa gửi: CTV Nam (Xã Tân Hòa)');
    expect((await world.user(who.lac!).send('/yeucaubaocao_ds')).at(-1)!.text).toContain('Chưa có yêu cầu báo cáo');
  });

  it('the synthesis of the commune groups the answers under the request', async () => {
    const [unit] = await t.db.select().from(units).where(eq(units.id, tree.commune));
    const scope = { unitId: unit!.id, code: unit!.code, name: unit!.name, path: unit!.path };
    const c = await collectSynthesis(
      t.db,
      { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), locale: 'vi' },
      scope,
      spanOf(periodOf(new Date())),
      new Date(),
    );
    const [part] = await collectParts([requestsPart], { db: t.db, ...c, timeZone: config.TIMEZONE, locale: 'vi' });
    const out = part!.part.render(part!.data, createWriteContext(tr, 'vi', buildModel(c.input), null));
    expect(out.title).toBe('Yêu cầu báo cáo đột xuất, chuyên đề');
    const text = out.blocks.map((b) => (b.kind === 'para' ? `${b.runs.map((r) => r.text).join('')} [${b.note ?? ''}]` : '')).join('\n');
    expect(text).toContain('“Dư luận về việc điều chỉnh giá điện”');
    expect(text).toContain('1/2 người được yêu cầu đã gửi báo cáo (50%)');
    expect(text).toContain(`– Xã Tân Hòa: Nội dung thử nghiệm`);
    expect(text).toContain(`[${receipt}]`);
    // An ordinary thematic report (not an answer) is not listed under the request.
    expect(out.blocks.filter((b) => b.kind === 'para' && b.note)).toHaveLength(1);
  });

  it('careless moves: a long paste, typing where buttons are offered, a bad date, a double tap on the request', async () => {
    const binh = world.user(who.binh!);
    await binh.send('/yeucaubaocao');
    expect((await binh.send('x'.repeat(400))).at(-1)!.text).toContain('Nội dung cần báo cáo'); // asked again, nothing kept
    await binh.send('Tình hình an ninh trật tự dịp Tết');
    let seen = await binh.send('không biết'); // typed where a field is to be chosen
    expect(seen.at(-1)!.text).toContain('Thuộc lĩnh vực nào?');
    seen = await binh.press(seen.at(-1)!.choices[0]!.data);
    seen = await press(binh, seen, 'Không có câu hỏi gợi ý');
    seen = await press(binh, seen, 'Chọn ngày giờ khác');
    expect((await binh.send('thứ sáu tuần sau')).map((m) => m.text).join('\n')).toContain('Chưa đọc được thời điểm');
    expect((await binh.send('/huy')).at(-1)!.text).toBeTruthy();
    expect(await t.db.select().from(reportRequests).where(eq(reportRequests.subject, 'Tình hình an ninh trật tự dịp Tết'))).toEqual([]);

    // The recipient who has not answered taps the request twice: the second tap goes on with the draft (nothing lost), one report is filed.
    const nam = world.user(who.nam!);
    const [card] = await world.inbox(who.nam!, `report-request-${requestId}`);
    await nam.press(card!.choices[0]!.data);
    await nam.send('Giá điện tăng cao');
    const again = await nam.press(card!.choices[0]!.data);
    expect(again.at(-1)!.text).toContain('Phạm vi của vấn đề');
    const { receipt: namReceipt } = await fillUntilReceipt(nam, again);
    const filed = await t.db
      .select()
      .from(reports)
      .where(and(eq(reports.requestId, requestId), eq(reports.reporterId, who.nam!.id)));
    expect(filed.map((r) => r.receiptNo)).toEqual([namReceipt]);
  });

  it('a unit outside the official’s scope is refused, audited, and nothing is written', async () => {
    const before = await t.db.select().from(reportRequests);
    const seen = await askUpToPreview(world.user(who.lac!), tree.codes.commune);
    expect(seen.map((m) => m.text).join('\n')).toContain('không thuộc phạm vi phụ trách');
    expect(await t.db.select().from(reportRequests)).toHaveLength(before.length);
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'report_request.create'), eq(auditLog.actorId, who.lac!.id)));
    expect(refused).toMatchObject([{ outcome: 'refused' }]);
  });
});

describe('report requests: the gaps of issue 13 §6', () => {
  const newest = async (authorId: string) =>
    (await t.db.select().from(reportRequests).where(eq(reportRequests.authorId, authorId))).sort((a, b) => +b.createdAt - +a.createdAt)[0]!;

  it('at the due time the official who asked hears who answered and who not, unit by unit — once, and not before', async () => {
    const req = await newest(who.binh!.id);
    expect(await summariseReportRequest(env, req.id)).toBe('not_due');
    const late = { ...env, now: () => new Date(req.dueAt.getTime() + 60_000) };
    expect(await summariseReportRequest(late, req.id)).toBe('queued');
    expect(await summariseReportRequest(late, req.id)).toBe('already');
    const [summary] = await world.inbox(who.binh!, `report-request-${req.id}-due`);
    expect(summary!.text).toContain('ĐẾN HẠN yêu cầu báo cáo «Dư luận về việc điều chỉnh giá điện»');
    expect(summary!.text).toContain('2/2 người đã gửi');
    expect(summary!.text).toContain('• Xã Tân Hòa: đã gửi 2/2');
    expect(summary!.text).toContain('✅ Đã gửi: CTV Hoa, CTV Nam');
    expect(jobDefinitions.some((d) => d.name === REQUEST_DUE_JOB)).toBe(true);
  });

  it('the audience can be limited to a sector, as in the broadcast compose', async () => {
    await t.db.update(people).set({ sector: 'Hội Nông dân' }).where(eq(people.id, who.nam!.id));
    const binh = world.user(who.binh!);
    await binh.send('/huy xacnhan'); // the request left half-way above
    let seen = await binh.send('/yeucaubaocao');
    seen = await binh.send('Dư luận nông dân về giá phân bón');
    seen = await binh.press(seen.at(-1)!.choices[0]!.data);
    seen = await press(binh, seen, 'Không có câu hỏi gợi ý');
    seen = await press(binh, seen, 'Trong 3 ngày');
    seen = await press(binh, seen, /^Toàn /);
    expect(seen.at(-1)!.text).toContain('Giới hạn theo ngành, lĩnh vực?');
    expect(seen.at(-1)!.choices.map((c) => c.label)).toEqual(['Tất cả các ngành', 'Hội Nông dân']);
    expect((await binh.send('hoi cong doan')).map((m) => m.text).join('\n')).toContain('Không có ngành này');
    seen = await binh.send('hoi nong dan'); // typed, accents optional
    seen = await press(binh, seen, 'Tất cả');
    seen = await press(binh, seen, 'Chỉ cộng tác viên');
    expect(seen.at(-1)!.text).toContain('Gửi tới: Xã Tân Hòa (1 người)');
    await press(binh, seen, 'Gửi yêu cầu');
    const req = await newest(who.binh!.id);
    expect(req.filters).toMatchObject({ sectors: ['Hội Nông dân'] });
    expect(await sendReportRequest(env, req.id)).toEqual({ queued: 1 });
    expect(await world.inbox(who.hoa!, `report-request-${req.id}`)).toEqual([]);
  });

  it('a thematic draft in progress and the request button: asked which to go on with; the requested report carries the link', async () => {
    const req = await newest(who.binh!.id);
    const nam = world.user(who.nam!);
    let seen = await nam.send('/chuyende');
    while (seen.at(-1)!.choices.length) seen = await nam.press(seen.at(-1)!.choices[0]!.data); // topic group, topic
    await nam.send('Dư luận về đường giao thông nông thôn'); // the report's title: the draft has an answer
    const [card] = await world.inbox(who.nam!, `report-request-${req.id}`);
    const asked = await nam.press(card!.choices[0]!.data);
    expect(asked.at(-1)!.text).toContain('báo cáo chuyên đề viết dở');
    expect(asked.at(-1)!.choices.map((c) => c.label)).toEqual(['Làm tiếp báo cáo đang viết', 'Lập báo cáo theo yêu cầu']);
    // Going on with the old draft: it is where it was, not linked to the request.
    const kept = await press(nam, asked, 'Làm tiếp báo cáo đang viết');
    expect(kept.map((m) => m.text).join('\n')).not.toContain('Báo cáo theo yêu cầu');
    // Tapping the request again and choosing it: the requested report starts, preset, and is filed with the link.
    const again = await nam.press(card!.choices[0]!.data);
    const opened = await press(nam, again, 'Lập báo cáo theo yêu cầu');
    expect(opened.map((m) => m.text).join('\n')).toContain('Báo cáo theo yêu cầu: «Dư luận nông dân về giá phân bón»');
    const { receipt } = await fillUntilReceipt(nam, opened);
    const [filed] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    expect(filed!.requestId).toBe(req.id);
  });
});
