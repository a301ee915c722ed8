import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { auditLog, hotSpots, sends } from '../../db/schema/index.js';
import { verifyAuditChain } from '../../core/compliance/audit.js';
import { handleCreated, handleDeadline } from '../../core/hot-spots/escalation.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { createIntake } from '../../bot/engine/intake.js';
import { createHotSpotsFeature } from '../../bot/features/hot-spots/feature.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { eventsOf, raiseAlert, sendsTo, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

let t: TestDatabase;
let tree: Tree;
const who: Record<string, PersonRef> = {};
const config = testConfig({ BURST_ALERTS: '50' });
const env = testEnv(config);
const replies: { accountId: string; messages: OutboundMessage[] }[] = [];
let intake: ReturnType<typeof createIntake>;
let n = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.reporter = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.reporter2 = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Lan');
  who.commune = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.commune2 = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Cúc');
  who.province = await addPerson(t.db, tree.province, 'official', 'Cán bộ tỉnh Minh');
  who.sibling = await addPerson(t.db, tree.otherCommune, 'official', 'Cán bộ xã An Lạc');
  intake = createIntake({
    db: t.db,
    features: [createHotSpotsFeature({ config, i18n: createI18n() })],
    t: createI18n().t,
    deliver: async (account, messages) => void replies.push({ accountId: account.accountId, messages }),
    logger: silentLogger,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: 'vi',
  });
});
afterAll(async () => t?.close());

async function say(p: PersonRef, payload: { type: 'choice'; data: string } | { type: 'text'; text: string }): Promise<string> {
  await intake.handle({ channel: 'sandbox', updateKey: `a${++n}`, accountId: p.accountId, receivedAt: new Date(), payload });
  const last = replies.filter((r) => r.accountId === p.accountId).at(-1);
  return last?.messages.map((m) => (m.type === 'text' ? m.text : '')).join('\n') ?? '';
}

async function alert(reporter = who.reporter!, unitId = tree.commune) {
  const a = await raiseAlert(t.db, reporter, unitId, 3);
  await t.db.transaction((tx) => handleCreated(tx, env, a.hotSpotId));
  return a;
}

const lastAudit = async () => (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
const row = async (id: string) => (await t.db.select().from(hotSpots).where(eq(hotSpots.id, id)))[0]!;

describe('official actions in chat', () => {
  it('acknowledge: stops escalation in the same transaction; repeated taps are harmless; the reporter is told once', async () => {
    const { hotSpotId } = await alert();
    expect(await say(who.commune!, { type: 'choice', data: `h:${hotSpotId}:ack` })).toContain('đã tiếp nhận cảnh báo');
    expect(await say(who.commune!, { type: 'choice', data: `h:${hotSpotId}:ack` })).toContain('Đồng chí đã tiếp nhận cảnh báo');
    expect(await say(who.commune2!, { type: 'choice', data: `h:${hotSpotId}:ack` })).toContain('đã được Cán bộ Bình tiếp nhận');
    expect(await row(hotSpotId)).toMatchObject({ status: 'acknowledged', acknowledgedBy: who.commune!.id, ackDeadline: null });
    expect(await t.db.transaction((tx) => handleDeadline(tx, env, { hotSpotId, step: 0 }, new Date()))).toEqual({ kind: 'noop', why: 'not_open' });
    expect((await eventsOf(t.db, hotSpotId)).filter((e) => e.kind === 'acknowledged')).toHaveLength(1);
    expect((await sendsTo(t.db, who.reporter!.id)).filter((s) => s.purpose === `hs-${hotSpotId}-fb-ack`)).toHaveLength(1);
    // The colleague who was also notified hears who took it.
    expect((await sendsTo(t.db, who.commune2!.id)).some((s) => s.purpose.startsWith(`hs-${hotSpotId}-taken-`))).toBe(true);
  });

  it('refuses a non-official pressing an official button, and an official outside the subtree; both audited', async () => {
    const { hotSpotId } = await alert();
    expect(await say(who.reporter!, { type: 'choice', data: `h:${hotSpotId}:ack` })).toContain('chỉ dành cho cán bộ phụ trách');
    expect(await lastAudit()).toMatchObject({ actorId: who.reporter!.id, action: 'hotspot.ack', outcome: 'refused', details: { result: 'not_official' } });
    expect(await say(who.sibling!, { type: 'choice', data: `h:${hotSpotId}:work` })).toContain('không thuộc địa bàn');
    expect(await lastAudit()).toMatchObject({
      actorId: who.sibling!.id,
      action: 'hotspot.handling',
      targetId: hotSpotId,
      outcome: 'refused',
      details: { result: 'out_of_scope' },
    });
    expect(await say(who.sibling!, { type: 'text', text: '/ketthuc' })).not.toContain(hotSpotId);
    expect((await row(hotSpotId)).status).toBe('open');
    // The province is above the commune: in scope.
    expect(await say(who.province!, { type: 'choice', data: `h:${hotSpotId}:work` })).toContain('đang được xử lý');
    expect(await lastAudit()).toMatchObject({ actorId: who.province!.id, action: 'hotspot.handling', outcome: 'ok' });
  });

  it('an action on a resolved or merged alert answers with its current state; a stale or forged button changes nothing', async () => {
    const a = await alert();
    const b = await alert();
    await say(who.commune!, { type: 'text', text: `/ketthuc ${a.receiptNo}` });
    await say(who.commune!, { type: 'text', text: 'Đã ổn định' });
    expect(await say(who.commune!, { type: 'text', text: 'không' })).toContain('Đã kết thúc');
    expect(await say(who.commune!, { type: 'choice', data: `h:${a.hotSpotId}:ack` })).toContain('hiện đã ổn định / kết thúc');
    expect(await say(who.commune!, { type: 'choice', data: `h:${a.hotSpotId}:up` })).toContain('hiện đã ổn định / kết thúc');
    const c = await alert();
    await say(who.commune!, { type: 'text', text: `/gop ${c.receiptNo}` });
    expect(await say(who.commune!, { type: 'text', text: b.receiptNo })).toContain(`Đã gộp cảnh báo ${c.receiptNo} vào ${b.receiptNo}`);
    expect(await say(who.commune!, { type: 'choice', data: `h:${c.hotSpotId}:ack` })).toContain('đã gộp vào vụ việc khác');
    expect(await say(who.commune!, { type: 'choice', data: `h:00000000-0000-4000-8000-000000000000:ack` })).toContain('Không tìm thấy');
    expect(await say(who.commune!, { type: 'choice', data: 'h:garbage' })).toContain('Không hiểu yêu cầu');
    // A's reporter heard "resolved" without the note (not shareable).
    const done = (await sendsTo(t.db, who.reporter!.id)).find((s) => s.purpose === `hs-${a.hotSpotId}-fb-done`);
    expect((done?.message as { text: string }).text).not.toContain('Kết quả');
  });

  it('merge: refuses into itself and across scopes; merged reporters hear when the target is acknowledged and resolved', async () => {
    const target = await alert(who.reporter!);
    const dup = await alert(who.reporter2!);
    const foreign = await alert(who.reporter!, tree.otherCommune);
    await say(who.commune!, { type: 'text', text: `/gop ${dup.receiptNo}` });
    expect(await say(who.commune!, { type: 'text', text: dup.receiptNo })).toContain('chính nó');
    await say(who.commune!, { type: 'text', text: `/gop ${dup.receiptNo}` });
    // A typed receipt elsewhere is answered as one that does not exist (issue 12, item 10).
    expect(await say(who.commune!, { type: 'text', text: foreign.receiptNo })).toContain('Không tìm thấy vụ việc muốn gộp');
    expect(await lastAudit()).toMatchObject({ action: 'hotspot.merge', outcome: 'refused', details: { result: 'target_out_of_scope' } });
    await say(who.commune!, { type: 'text', text: `/gop ${dup.receiptNo}` });
    expect(await say(who.commune!, { type: 'text', text: target.receiptNo })).toContain('Đã gộp');
    expect(await row(dup.hotSpotId)).toMatchObject({ status: 'merged', mergedIntoId: target.hotSpotId });

    await say(who.commune!, { type: 'choice', data: `h:${target.hotSpotId}:ack` });
    await say(who.commune!, { type: 'text', text: `/ketthuc ${target.receiptNo}` });
    await say(who.commune!, { type: 'text', text: 'Hai bên đã thống nhất phương án bồi thường' });
    await say(who.commune!, { type: 'text', text: 'Có' });
    const heard = await sendsTo(t.db, who.reporter2!.id);
    expect(heard.map((s) => s.purpose)).toEqual([`hs-${dup.hotSpotId}-fb-ack`, `hs-${dup.hotSpotId}-fb-done`]);
    expect((heard[0]!.message as { text: string }).text).toContain(dup.receiptNo);
    expect((heard[1]!.message as { text: string }).text).toContain('Kết quả: Hai bên đã thống nhất phương án bồi thường');
  });

  it('escalate now: the parent level is notified with a fresh deadline; at the root it is refused', async () => {
    const { hotSpotId } = await alert();
    await say(who.commune!, { type: 'choice', data: `h:${hotSpotId}:ack` });
    expect(await say(who.commune!, { type: 'choice', data: `h:${hotSpotId}:up` })).toContain('lên Tỉnh Hải Phòng');
    const r = await row(hotSpotId);
    expect(r).toMatchObject({ status: 'open', levelUnitId: tree.province, escalationStep: 1 });
    expect(r.ackDeadline).not.toBeNull();
    const [notice] = await t.db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, who.province!.id), eq(sends.purpose, `hs-${hotSpotId}-s1`)));
    expect((notice!.message as { text: string }).text).toContain('đề nghị cấp trên xử lý');
    expect(await say(who.province!, { type: 'choice', data: `h:${hotSpotId}:up` })).toContain('lên Ban Tuyên giáo');
    expect(await say(who.province!, { type: 'choice', data: `h:${hotSpotId}:up` })).toContain('cấp cao nhất');
  });

  it('reporters add updates to their own open alert, and officials of the current level hear of it', async () => {
    const { hotSpotId, receiptNo } = await alert();
    expect(await say(who.reporter2!, { type: 'choice', data: `h:${hotSpotId}:upd` })).toContain('chỉ bổ sung được cho cảnh báo do chính mình gửi');
    expect(await say(who.reporter!, { type: 'choice', data: `h:${hotSpotId}:upd` })).toContain(receiptNo);
    expect(await say(who.reporter!, { type: 'text', text: `/capnhat ${receiptNo}` })).toContain('Gửi thông tin bổ sung');
    expect(await say(who.reporter!, { type: 'text', text: 'Số người tăng lên khoảng 80' })).toContain('Đã gửi thông tin bổ sung');
    const update = (await eventsOf(t.db, hotSpotId)).find((e) => e.kind === 'update');
    expect(update).toMatchObject({ actorId: who.reporter!.id, note: 'Số người tăng lên khoảng 80' });
    const told = (await sendsTo(t.db, who.commune!.id)).find((s) => s.purpose === `hs-${hotSpotId}-upd-${update!.id}`);
    expect((told!.message as { text: string }).text).toContain('Số người tăng lên khoảng 80');
  });

  it('/canhbao lists open alerts in the official’s subtree, paged with buttons', async () => {
    const fresh = await seedTree(t.db);
    const official = await addPerson(t.db, fresh.province, 'official', 'Cán bộ tỉnh mới');
    const reporter = await addPerson(t.db, fresh.commune, 'collaborator', 'CTV mới');
    const outsider = await addPerson(t.db, fresh.otherCommune, 'official', 'Cán bộ xã khác');
    for (let i = 0; i < 7; i++) await alert(reporter, fresh.commune);
    const page1 = await say(official, { type: 'text', text: '/canhbao' });
    expect(page1).toContain('(7) — trang 1/2');
    expect(page1).toContain('chưa tiếp nhận');
    expect(page1).not.toContain('tiếp nhận: chưa có');
    const buttons = replies.filter((r) => r.accountId === official.accountId).at(-1)!.messages[0]!.choices!;
    expect(buttons).toHaveLength(6);
    await intake.handle({
      channel: 'sandbox',
      updateKey: `a${++n}`,
      accountId: official.accountId,
      receivedAt: new Date(),
      payload: { type: 'choice', data: buttons.at(-1)!.data },
    });
    const page2 = replies.filter((r) => r.accountId === official.accountId).at(-1)!.messages[0]!;
    expect(page2.type === 'text' && page2.text).toContain('trang 2/2');
    expect(page2.choices?.map((c) => c.label)).toContain('◀ Trang trước');
    expect(await say(outsider, { type: 'text', text: '/canhbao' })).toContain('không có cảnh báo nào');
  });

  it('keeps the audit chain intact across all of the above', async () => {
    expect((await verifyAuditChain(t.db)).brokenAt).toBeNull();
  });
});
