import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { setEscalationPolicy } from '../../core/hot-spots/escalation-policy.js';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { HOTSPOT_FOLLOW_UP_JOB, handleFollowUp, type FollowUpJob } from '../../core/hot-spots/follow-up.js';
import { importPlaybook } from '../../core/hot-spots/playbooks.js';
import { cases, hotSpots, outbox, units } from '../../db/schema/index.js';
import { jobDefinitions } from '../../workers/jobs/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventsOf, raiseAlert, testEnv } from './hotspot-fixtures.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 13 §5 through the real intake: an alert taken by the commune's official is followed up
 * on the handling policy; a round with nothing new is a missed handling deadline (the province
 * is told); a note keeps it a plain reminder; closing stops it. And the card's «Chuyển xử lý».
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
const who: Record<string, PersonRef> = {};
const config = testConfig();
const env = testEnv(config);

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.ctv = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.binh = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.tinh = await member(t.db, tree.province, 'official', 'Cán bộ tỉnh Lan');
  who.neighbour = await member(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  world = loopWorld(t.db, config);
});
afterAll(async () => {
  await t?.close();
});

async function raised(severity = 4, extra: Record<string, unknown> = {}) {
  const hs = await raiseAlert(t.db, who.ctv!, tree.commune, severity, extra);
  await t.db.transaction((tx) => handleCreated(tx, env, hs.hotSpotId));
  const [card] = await world.inbox(who.binh!, `hs-${hs.hotSpotId}-s0`);
  return { id: hs.hotSpotId, card: card! };
}
const followUps = (hotSpotId: string) =>
  t.db
    .select()
    .from(outbox)
    .where(eq(outbox.name, HOTSPOT_FOLLOW_UP_JOB))
    .then((rows) => rows.filter((r) => (r.payload as FollowUpJob).hotSpotId === hotSpotId).sort((a, b) => a.runAt.getTime() - b.runAt.getTime()));
const fire = (job: FollowUpJob) => t.db.transaction((tx) => handleFollowUp(tx, env, job));

describe('hot-spot follow-through (issue 13 §5)', () => {
  it('chases an alert being handled on the handling policy and tells the unit above when a round brings nothing new', async () => {
    const { id, card } = await raised(4);
    const tap = (label: string) => world.user(who.binh!).press(card.choices.find((c) => c.label === label)!.data);
    await tap('Tiếp nhận');
    const [first] = await followUps(id);
    const job = first!.payload as FollowUpJob;
    expect(job.round).toBe(1);
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, id));
    // Level 4 by default: two hours after it was taken.
    expect(first!.runAt.getTime() - hs!.acknowledgedAt!.getTime()).toBe(120 * 60_000);

    // Round 1, nothing recorded since it was taken: the handling deadline is missed.
    expect(await fire(job)).toMatchObject({ kind: 'handling_overdue', round: 1 });
    const [chase] = await world.inbox(who.binh!, `hs-${id}-f`);
    expect(chase!.text).toContain('quá hạn cập nhật xử lý');
    expect(chase!.choices.map((c) => c.label)).toEqual(['Xem chi tiết']);
    const [above] = await world.inbox(who.tinh!, `hs-${id}-f`);
    expect(above!.text).toContain('do Xã Tân Hòa xử lý đã quá hạn cập nhật');
    expect(await fire(job)).toEqual({ kind: 'noop', why: 'duplicate' }); // a re-run sends nothing more
    expect(await world.inbox(who.tinh!, `hs-${id}-f`)).toHaveLength(1);

    // The official marks it in handling and writes a note: round 2 is a plain reminder, the province hears nothing.
    await tap('Đang xử lý');
    await world.user(who.binh!).send(`/ghichu ${id}`);
    await world.user(who.binh!).send('Đã cử tổ công tác xuống đối thoại với các hộ dân');
    const second = (await followUps(id)).map((r) => r.payload as FollowUpJob).find((p) => p.round === 2)!;
    expect(await fire(second)).toMatchObject({ kind: 'chased', round: 2 });
    expect((await world.inbox(who.binh!, `hs-${id}-f`)).at(-1)!.text).toContain('Đề nghị đồng chí cập nhật tình hình');
    expect(await world.inbox(who.tinh!, `hs-${id}-f`)).toHaveLength(1);

    // Viewing the alert shows the follow-ups on its timeline; closing it stops the series.
    const view = await world.user(who.binh!).press(chase!.choices[0]!.data);
    expect(view.at(-1)!.text).toMatch(/quá hạn cập nhật xử lý, đã báo cấp trên[\s\S]*nhắc cập nhật xử lý/);
    await world.user(who.binh!).send(`/ketthuc ${id}`);
    await world.user(who.binh!).send('Các hộ dân đã giải tán, tình hình ổn định');
    await world.user(who.binh!).send('Không');
    const third = (await followUps(id)).map((r) => r.payload as FollowUpJob).find((p) => p.round === 3)!;
    expect(await fire(third)).toEqual({ kind: 'noop', why: 'not_taken' });
    const kinds = (await eventsOf(t.db, id)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'chased' || k === 'handling_overdue')).toEqual(['handling_overdue', 'chased']);
    expect(kinds.at(-1)).toBe('resolved');
  });

  it('follows the unit’s handling policy (none = no follow-up) and ignores a series from before a manual escalation', async () => {
    await setEscalationPolicy(t.db, tree.codes.commune, 3, null, null, 'handling');
    const quiet = await raised(3);
    await world.user(who.binh!).press(quiet.card.choices.find((c) => c.label === 'Tiếp nhận')!.data);
    expect(await followUps(quiet.id)).toEqual([]);

    await setEscalationPolicy(t.db, tree.codes.province, 2, 30, null, 'handling');
    const { id, card } = await raised(2);
    await world.user(who.binh!).press(card.choices.find((c) => c.label === 'Tiếp nhận')!.data);
    const [first] = await followUps(id);
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, id));
    expect(first!.runAt.getTime() - hs!.acknowledgedAt!.getTime()).toBe(30 * 60_000); // inherited from the province
    await world.user(who.binh!).press(card.choices.find((c) => c.label === 'Chuyển cấp trên')!.data);
    expect(await fire(first!.payload as FollowUpJob)).toEqual({ kind: 'noop', why: 'not_taken' });
    await expect(setEscalationPolicy(t.db, tree.codes.commune, 5, 10, null, 'handling')).rejects.toThrow('mức độ');
  });

  it('the follow-up job is one the workers know', () => {
    expect(jobDefinitions.some((d) => d.queue === 'alert-timers' && d.name === HOTSPOT_FOLLOW_UP_JOB)).toBe(true);
  });
});

describe('«Chuyển xử lý» on the hot-spot card (issue 13 §4)', () => {
  it('opens the case flow on the alert and forwards it to a body', async () => {
    const [commune] = await t.db.select().from(units).where(eq(units.id, tree.commune));
    const bodyId = randomUUID();
    await t.db.insert(units).values({
      id: bodyId,
      code: `CQ${bodyId.slice(0, 6)}`,
      name: 'Công an xã Tân Hòa',
      kind: 'co_quan',
      parentId: tree.commune,
      path: `${commune!.path}${bodyId}/`,
    });
    const liaison = await addPerson(t.db, bodyId, 'liaison', 'Đại úy Nam', { consentAt: new Date() });
    const { id, card } = await raised(3, { latitude: 10.93, longitude: 106.71 });
    expect(card.choices.map((c) => c.label)).toContain('Chuyển xử lý');
    let got = await world.user(who.binh!).press(card.choices.find((c) => c.label === 'Chuyển xử lý')!.data);
    expect(got.at(-1)!.text).toContain('Chuyển cho cơ quan nào xử lý?');
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((c) => c.label === 'Công an xã Tân Hòa')!.data);
    got = await world.user(who.binh!).send('2');
    got = await world.user(who.binh!).send('Đề nghị nắm tình hình, giữ trật tự');
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((c) => c.label === 'Có')!.data);
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((c) => c.label === '➡️ Chuyển')!.data);
    expect(got.at(-1)!.text).toMatch(/hồ sơ XL-\d{4}-\d{2}-\d{6}/);
    const [c] = await t.db.select().from(cases).where(eq(cases.sourceId, id));
    expect(c).toMatchObject({ sourceType: 'hot_spot', bodyUnitId: bodyId, status: 'sent', reporterId: who.ctv!.id });
    // The liaison gets the description once (it is the case's title: no «Tình hình» repeating it),
    // the place as written and the shared position with a map to find it.
    const [toBody] = await world.inbox(liaison, `cs-${c!.id}-new`);
    expect(toBody!.text).toContain('Nội dung: Khoảng 30 người tập trung');
    expect(toBody!.text).not.toContain('Tình hình:');
    expect(toBody!.text).toContain('Địa điểm: Trụ sở UBND xã');
    expect(toBody!.text).toContain('Tọa độ: 10.93000, 106.71000 — xem bản đồ: https://maps.google.com/?q=10.930000,106.710000');
    // The body has dealt with it: the official is offered the alert's own «Kết thúc», which asks for the result.
    await world.user(liaison).press(toBody!.choices.find((x) => x.label === 'Đã xử lý')!.data);
    await world.user(liaison).send('Đã vận động bà con giải tán, tiếp nhận đơn');
    const answer = (await world.inbox(who.binh!, `cs-${c!.id}-o`)).at(-1)!;
    const close = answer.choices.find((x) => x.label.startsWith('Kết thúc điểm nóng'));
    expect(close?.data).toBe(`h:${id}:done`);
    expect((await world.user(who.binh!).press(close!.data)).at(-1)!.text).toContain('Nhập kết quả xử lý cảnh báo');
    await world.user(who.binh!).send('/huy');
    // The collaborator has no such button and cannot start the flow.
    expect((await world.user(who.ctv!).press(card.choices.find((c) => c.label === 'Chuyển xử lý')!.data)).at(-1)!.text).not.toContain('cơ quan nào');
  });
});

describe('the response playbook on the alert (issue 13 §5)', () => {
  it('is a checklist of the category’s steps; a tick goes on the timeline once, counts as progress, and is scoped', async () => {
    const { id, card } = await raised(3);
    await world.user(who.binh!).press(card.choices.find((c) => c.label === 'Tiếp nhận')!.data);
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, id));
    let got = await world.user(who.binh!).send(`/kichban ${hs!.receiptNo.toLowerCase()}`);
    expect(got.at(-1)!.text).toContain('Kịch bản ứng phó — Khiếu kiện đông người, vượt cấp');
    expect(got.at(-1)!.text).toContain('☐ 1. Nắm số người');
    expect(got.at(-1)!.text).toContain('Báo cáo lên: Báo cáo nhanh Ban Tuyên giáo');
    const stepTwo = got.at(-1)!.choices.find((c) => c.label === '☑ Xong bước 2')!;
    got = await world.user(who.binh!).press(stepTwo.data);
    expect(got.at(-1)!.text).toContain('Đã ghi nhận bước 2');
    expect(got.at(-1)!.text).toContain('☑ 2. Gọi điện báo cáo');
    expect(got.at(-1)!.choices.map((c) => c.label)).not.toContain('☑ Xong bước 2');
    expect((await world.user(who.binh!).press(stepTwo.data)).at(-1)!.text).toContain('đã được đánh dấu từ trước'); // a double tap
    const ticks = (await eventsOf(t.db, id)).filter((e) => e.kind === 'playbook_step');
    expect(ticks.map((e) => e.note)).toEqual([expect.stringContaining('Gọi điện báo cáo Thường trực')]);

    // A tick is progress: the first follow-up is a plain reminder, nobody above is told.
    const [first] = await followUps(id);
    expect(await fire(first!.payload as FollowUpJob)).toMatchObject({ kind: 'chased' });
    expect((await world.inbox(who.binh!, `hs-${id}-f`)).map((m) => m.text)).toEqual([expect.stringContaining('Đề nghị đồng chí cập nhật tình hình')]);
    expect((await world.inbox(who.tinh!, `hs-${id}-f`)).filter((m) => m.purpose.endsWith('-up'))).toEqual([]);

    // The detail view counts the steps and shows the tick on the timeline.
    got = await world.user(who.binh!).press(got.at(-1)!.choices.find((c) => c.label === 'Xem chi tiết')!.data);
    expect(got.at(-1)!.text).toContain('đã làm 1/7 bước');
    expect(got.at(-1)!.text).toContain('làm bước kịch bản: Gọi điện báo cáo');
    expect(got.at(-1)!.choices[0]!.label).toBe('📋 Kịch bản ứng phó');

    // Out of scope: the neighbouring commune's official and the collaborator get nothing.
    expect((await world.user(who.neighbour!).send(`/kichban ${hs!.receiptNo}`)).at(-1)!.text).not.toContain('Kịch bản ứng phó —');
    expect((await world.user(who.ctv!).press(stepTwo.data.replace(/:2$/, ':3'))).at(-1)!.text).not.toContain('Đã ghi nhận');
    expect((await eventsOf(t.db, id)).filter((e) => e.kind === 'playbook_step')).toHaveLength(1);

    // An admin's imported playbook replaces the shipped file; ticks stay with their step ids.
    const r = await t.db.transaction((tx) =>
      importPlaybook(
        tx,
        'category: khieu_kien\ntitle: Kịch bản tỉnh\nsteps:\n  - id: bao_cao_nhanh\n    text: Báo cáo ngay\n  - id: moi\n    text: Bước mới\n',
      ),
    );
    expect(r.ok).toBe(true);
    got = await world.user(who.binh!).send(`/kichban ${hs!.receiptNo}`);
    expect(got.at(-1)!.text).toContain('Kịch bản ứng phó — Kịch bản tỉnh');
    expect(got.at(-1)!.text).toContain('☑ 1. Báo cáo ngay');
    expect(got.at(-1)!.text).toContain('☐ 2. Bước mới');

    // An old step button pressed after the alert is closed changes nothing and says why.
    const stepNew = got.at(-1)!.choices.find((c) => c.label === '☑ Xong bước 2')!;
    await t.db.update(hotSpots).set({ status: 'resolved' }).where(eq(hotSpots.id, id));
    expect((await world.user(who.binh!).press(stepNew.data)).at(-1)!.text).toContain('không còn thao tác này');
    expect((await eventsOf(t.db, id)).filter((e) => e.kind === 'playbook_step')).toHaveLength(1);
  });
});
