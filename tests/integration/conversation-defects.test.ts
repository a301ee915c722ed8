import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq } from 'drizzle-orm';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { auditLog, broadcasts, conversations, hotSpotEvents, hotSpots, reports } from '../../db/schema/index.js';
import { handleCreated } from '../../core/hot-spots/escalation.js';
import { fillUntilReceipt, RECEIPT, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';
import { raiseAlert, testEnv } from './hotspot-fixtures.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 11 items 2–5 and issue 12 item 10, through the real intake with every feature: what a
 * person types or taps is never lost, misread or refused as "stale" when it should not be.
 */
let t: TestDatabase;
let tree: Tree;
const who: Record<string, PersonRef> = {};
const config = testConfig();
const env = testEnv(config);
const outbox = new Map<string, OutboundMessage[]>();
const i18n = createI18n();
let engine: Intake;
const build = () =>
  createIntake({
    db: t.db,
    features: createFeatures({ config, i18n }),
    t: i18n.t,
    deliver: collectInto(outbox),
    logger: silentLogger,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: 'vi',
  });
const user = (p: PersonRef): ChatUser => intakeUser(() => engine, outbox, p.accountId);
const texts = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const button = (seen: SeenMessage[], label: RegExp) => {
  const b = seen.flatMap((m) => m.choices).find((c) => label.test(c.label));
  if (!b) throw new Error(`no button ${label} in: ${seen.flatMap((m) => m.choices.map((c) => c.label)).join(' | ')}`);
  return b.data;
};

beforeAll(async () => {
  t = await createTestDatabase();
  engine = build();
  tree = await seedTree(t.db);
  for (const [key, role] of [
    ['ctv', 'collaborator'],
    ['ctv2', 'collaborator'],
    ['ctv3', 'collaborator'],
    ['official', 'official'],
  ] as const) {
    who[key] = await addPerson(t.db, tree.commune, role, key);
  }
  who.sibling = await addPerson(t.db, tree.otherCommune, 'official', 'sibling');
});
afterAll(async () => t?.close());

/** Answers the periodic report's questions with the first ordinary choice until "Phạm vi của vấn đề:". */
async function untilScope(me: ChatUser): Promise<SeenMessage[]> {
  let seen = await me.send('/baocao');
  for (let i = 0; i < 12; i++) {
    if (/Phạm vi của vấn đề/.test(texts(seen))) return seen;
    const choices = seen.at(-1)?.choices ?? [];
    const pick = choices.find((c) => /^(Có|Ổn định)/.test(c.label)) ?? choices[0];
    seen = pick ? await me.press(pick.data) : await me.send('Giá điện tăng');
  }
  throw new Error(`scope question not reached: ${texts(seen)}`);
}

describe('item 2: a reply that asks nothing new keeps the open question', () => {
  it('after /trangthai, /help and /danhan mid-question, the scope buttons and a typed number still answer it', async () => {
    const me = user(who.ctv!);
    const scope = await untilScope(me);
    const inProvince = button(scope, /Trong tỉnh/);
    for (const cmd of ['/trangthai', '/help', '/danhan']) expect(texts(await me.send(cmd))).not.toMatch(/không còn hiệu lực/);
    const after = await me.press(inProvince);
    expect(texts(after)).not.toMatch(/không còn hiệu lực/);
    const [row] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${who.ctv!.accountId}`));
    expect((row!.state as { data: { draft: { issues: { scope?: string }[] } } }).data.draft.issues[0]!.scope).toBe('trong_tinh');

    // Typed numbers too: a fresh issue's scope question, then /help, then "2".
    const me2 = user(who.ctv2!);
    await untilScope(me2);
    await me2.send('/help');
    await me2.send('2');
    const [row2] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${who.ctv2!.accountId}`));
    expect((row2!.state as { data: { draft: { issues: { scope?: string }[] }; step: string } }).data.draft.issues[0]!.scope).toBe('trong_nuoc');
  });

  it('the open question is asked again below what a command mid-form answered, with buttons that still work', async () => {
    const me = user(who.ctv3!);
    const scope = await untilScope(me);
    const first = button(scope, /Trong tỉnh/);
    for (const cmd of ['/trangthai', '/help']) {
      const seen = await me.send(cmd);
      expect(seen.length).toBeGreaterThan(1);
      // The answer first, then the question the person was at, as the last message.
      expect(seen.at(-1)!.text).toContain('Phạm vi của vấn đề');
      expect(button([seen.at(-1)!], /Trong tỉnh/)).toBe(first);
    }
    // Outside a form, a command answers alone.
    const calm = await user(who.official!).send('/trangthai');
    expect(calm).toHaveLength(1);
  });
});

describe('item 3: typed text after an alert button is the answer', () => {
  it('«Ghi chú» then typing the note adds it; «Đã ổn định / Kết thúc» then typing the result resolves', async () => {
    const off = user(who.official!);
    const a = await raiseAlert(t.db, who.ctv3!, tree.commune, 3);
    await t.db.transaction((tx) => handleCreated(tx, env, a.hotSpotId));
    const asked = await off.press(`h:${a.hotSpotId}:note`);
    expect(texts(asked)).toMatch(/Nhập ghi chú/);
    expect(texts(await off.send('Đã cử cán bộ xuống nắm tình hình'))).toMatch(/Đã thêm ghi chú/);
    const notes = await t.db
      .select()
      .from(hotSpotEvents)
      .where(and(eq(hotSpotEvents.hotSpotId, a.hotSpotId), eq(hotSpotEvents.kind, 'note')));
    expect(notes.map((n) => n.note)).toContain('Đã cử cán bộ xuống nắm tình hình');

    expect(texts(await off.press(`h:${a.hotSpotId}:done`))).toMatch(/Nhập kết quả xử lý/);
    const share = await off.send('Bà con đã giải tán, UBND xã hẹn đối thoại');
    await off.press(button(share, /Không/));
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, a.hotSpotId));
    expect(hs!.status).toBe('resolved');
  });

  it('an official out of scope tapping «Ghi chú» is refused (audited), and what they type next is not taken as a note', async () => {
    const a = await raiseAlert(t.db, who.ctv3!, tree.commune, 2);
    const other = user(who.sibling!);
    expect(texts(await other.press(`h:${a.hotSpotId}:note`))).toMatch(/không thuộc địa bàn|Không tìm thấy/);
    const [last] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(last).toMatchObject({ actorId: who.sibling!.id, outcome: 'refused' });
    await other.send('ghi chú lạc');
    expect(
      await t.db
        .select()
        .from(hotSpotEvents)
        .where(and(eq(hotSpotEvents.hotSpotId, a.hotSpotId), eq(hotSpotEvents.kind, 'note'))),
    ).toHaveLength(0);
  });
});

describe('item 4: buttons that run a command or act by id never go stale', () => {
  it('a menu button and an alert card button still work after other steps; only superseded answers are refused', async () => {
    const off = user(who.official!);
    const menu = await off.send('/menu');
    const anyMenuButton = menu.flatMap((m) => m.choices)[0]!;
    await off.send('/help');
    await off.send('/canhbao');
    expect(texts(await off.press(anyMenuButton.data))).not.toMatch(/không còn hiệu lực/);

    const a = await raiseAlert(t.db, who.ctv3!, tree.commune, 2);
    const list = await off.send('/canhbao');
    await off.send('/help');
    await off.send('/trangthai');
    const card = await off.press(list.flatMap((m) => m.choices).find((c) => c.data.includes(a.hotSpotId))?.data ?? `h:${a.hotSpotId}:view`);
    expect(texts(card)).not.toMatch(/không còn hiệu lực/);
    const ack = card.flatMap((m) => m.choices).find((c) => /Tiếp nhận/.test(c.label));
    await off.send('/help');
    expect(texts(await off.press(ack!.data))).toMatch(/tiếp nhận/i);
  });

  it('the collaborator menu keeps «Báo tin điểm nóng» working after a report was started and cancelled', async () => {
    const me = user(who.ctv3!);
    const menu = await me.send('/menu');
    const urgent = button(menu, /điểm nóng/i);
    await me.send('/nhanh');
    await me.send('/huy');
    await me.send('/trangthai');
    expect(texts(await me.press(urgent))).not.toMatch(/không còn hiệu lực/);
    await me.send('/huy');
  });

  it('a double tap on «Gửi báo cáo» files once and the second tap says so calmly', async () => {
    const me = user(who.ctv3!);
    let seen = await me.send('/nhanh');
    for (let i = 0; i < 40 && !seen.some((m) => m.choices.some((c) => /Gửi/.test(c.label))); i++) {
      const choices = seen.at(-1)?.choices ?? [];
      const pick =
        choices.find((c) => /(Xong, tiếp tục|Không, tiếp tục|Đồng ý)/u.test(c.label)) ??
        choices.find((c) => !/^(✏️|🗑|‹|Xem thêm|Thêm|Bỏ qua|Không có|Sửa|Hủy|Nhóm khác)/u.test(c.label));
      seen = pick ? await me.press(pick.data) : await me.send(`Nội dung ${i}`);
    }
    const send = button(seen, /Gửi/);
    const first = await me.press(send);
    expect(texts(first)).toMatch(RECEIPT);
    const second = await me.press(send);
    expect(texts(second)).not.toMatch(/không còn hiệu lực|lỗi/i);
    expect(texts(second)).toMatch(/đã được ghi nhận/);
    const mine = await t.db.select().from(reports).where(eq(reports.reporterId, who.ctv3!.id));
    expect(mine).toHaveLength(1);
  });
});

describe('item 5: /huy asks before discarding a draft with answers', () => {
  it('a draft with answers survives a lone /huy; confirming discards it; no /tieptuc is suggested when nothing is left', async () => {
    const me = user(who.ctv2!);
    await me.send('/huy'); // whatever item 2 left
    await me.send('/huy');
    await untilScope(me);
    const ask = await me.send('/huy');
    expect(texts(ask)).toMatch(/chắc muốn hủy/);
    const [kept] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${who.ctv2!.accountId}`));
    expect(kept!.flow).toBe('periodic-report');
    const done = await me.press(button(ask, /Hủy bản nháp/));
    expect(texts(done)).toMatch(/Đã hủy/);
    expect(texts(done)).not.toMatch(/tieptuc/);
    expect(texts(await me.send('/tieptuc'))).toMatch(/Không có bản nháp/);
    // A draft with nothing in it yet goes at once.
    await me.send('/nhanh');
    expect(texts(await me.send('/huy'))).toMatch(/Đã hủy/);
  });

  it('«Không, làm tiếp» keeps the draft and asks the question again', async () => {
    const me = user(who.ctv2!);
    await untilScope(me);
    const ask = await me.send('/huy');
    const back = await me.press(button(ask, /làm tiếp/));
    expect(texts(back)).toMatch(/Phạm vi của vấn đề/);
    await me.send('/huy');
    await me.send('1');
  });

  it('«có», «ok ạ» typed at «chắc muốn hủy?» discard the draft, «không» goes on; neither becomes an answer of the form', async () => {
    const me = user(who.ctv2!);
    await me.send('/nhanh');
    await me.send('Giá phân bón tăng');
    const ask = await me.send('/huy');
    expect(texts(ask)).toMatch(/chắc muốn hủy/);
    // «có» fell through to the form: it became the summary (the meeting's agenda, in the sandbox).
    const kept = await me.send('không');
    expect(texts(kept)).toMatch(/Tóm tắt sự việc/);
    const [row] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${who.ctv2!.accountId}`));
    expect(JSON.stringify(row!.state)).not.toMatch(/"(không|có)"/);
    // Answered, the question is gone: a «1» typed next is the form's, not «Hủy bản nháp».
    expect(texts(await me.send('1'))).not.toMatch(/Đã hủy/);
    expect(texts(await me.send('/tieptuc'))).not.toMatch(/Không có bản nháp/);
    const again = await me.send('/huy');
    expect(texts(again)).toMatch(/chắc muốn hủy/);
    expect(texts(await me.send('Có ạ'))).toMatch(/Đã hủy/);
    await me.send('/nhanh');
    await me.send('Giá phân bón tăng');
    await me.send('/huy');
    expect(texts(await me.send('ok'))).toMatch(/Đã hủy/);
  });
});

describe('issue 12 item 10: views are role-checked, receipts do not tell "elsewhere" from "none"', () => {
  it('a collaborator cannot open a broadcast control view; the refusal is audited', async () => {
    const [b] = await t.db
      .insert(broadcasts)
      .values({ authorId: who.official!.id, unitId: tree.commune, title: 'Định hướng tháng 12', body: '…', status: 'sending' })
      .returning();
    const seen = await user(who.ctv!).press(`bc:${b!.id}:v`);
    expect(texts(seen)).not.toContain('Định hướng tháng 12');
    expect(seen.flatMap((m) => m.choices)).toHaveLength(0);
    const [last] = await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1);
    expect(last).toMatchObject({ actorId: who.ctv!.id, action: 'broadcast.view', outcome: 'refused' });
  });

  it('/tiepnhan, /nhanbaocao and /ketthuc answer a receipt out of scope exactly as one that does not exist', async () => {
    const a = await raiseAlert(t.db, who.ctv3!, tree.commune, 2);
    const [hs] = await t.db.select().from(hotSpots).where(eq(hotSpots.id, a.hotSpotId));
    const report = await fillUntilReceipt(user(who.ctv!), await user(who.ctv!).send('/nhanh'));
    const other = user(who.sibling!);
    const same = async (cmd: string, real: string, fake: string) => {
      const x = texts(await other.send(`${cmd} ${real}`));
      await other.send('/huy');
      const y = texts(await other.send(`${cmd} ${fake}`));
      await other.send('/huy');
      expect(x).toBe(y);
    };
    await same('/tiepnhan', hs!.receiptNo, hs!.receiptNo.replace(/\d{6}$/, '999999'));
    await same('/nhanbaocao', report.receipt, report.receipt.replace(/\d{6}$/, '999999'));
    await same('/ketthuc', hs!.receiptNo, hs!.receiptNo.replace(/\d{6}$/, '999998'));
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, who.sibling!.id), eq(auditLog.outcome, 'refused')));
    expect(refused.map((r) => (r.details as { reason?: string; result?: string }).reason ?? (r.details as { result?: string }).result)).toContain(
      'out_of_scope',
    );
  });
});

describe('item 7: emoji sequences reach the database whole', () => {
  it('a note with 👨‍🌾 and 🧑🏽‍🌾 is stored with its joiners; a stray zero-width space is not', async () => {
    const a = await raiseAlert(t.db, who.ctv3!, tree.commune, 2);
    const off = user(who.official!);
    await off.press(`h:${a.hotSpotId}:note`);
    await off.send('Bà con 👨‍🌾 và 🧑🏽‍🌾\u200B đồng tình');
    const [note] = await t.db
      .select()
      .from(hotSpotEvents)
      .where(and(eq(hotSpotEvents.hotSpotId, a.hotSpotId), eq(hotSpotEvents.kind, 'note')));
    expect(note!.note).toBe('Bà con 👨\u200D🌾 và 🧑🏽\u200D🌾 đồng tình');
  });
});

describe('a button of a question answered by typing', () => {
  it('pressed afterwards names the option typed («Cơ bản ổn định»), not «đã được ghi nhận» as if it had been chosen', async () => {
    const me = user(await addPerson(t.db, tree.commune, 'collaborator', 'ctv-go'));
    const first = await me.send('/baocao');
    const stable = button(first, /^Ổn định$/);
    const typed = button(first, /^Cơ bản ổn định$/);
    expect(texts(await me.send('co ban on dinh'))).toMatch(/Tâm trạng/);
    const other = await me.press(stable);
    expect(texts(other)).toContain('đồng chí đã chọn «Cơ bản ổn định»');
    expect(texts(other)).not.toContain('đã được ghi nhận');
    // The option typed, pressed as well: a double tap, said calmly.
    expect(texts(await me.press(typed))).toContain('đã được ghi nhận');
    await me.send('/huy');
    await me.send('/huy');
  });
});
