import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { createIntake, type Intake } from '../../bot/engine/intake.js';
import { createFeatures } from '../../bot/features/index.js';
import { parseTelegramUpdate } from '../../bot/channels/telegram/parse-update.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { seedTopics } from '../../core/reports/topics.js';
import { silentLogger } from '../../core/kernel/logger.js';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import { channelAccounts, conversations, hotSpots, reportReviews, reports, reportVersions, sends } from '../../db/schema/index.js';
import { fillUntilReceipt, RECEIPT, type ChatUser, type SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { collectInto, intakeUser } from '../helpers/intake-user.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 11 items 8, 13 (Telegram venue), 18, 19 and 20, through the real intake with every
 * feature: what a person types, pastes or shares is taken as meant, and hints name only what
 * the person can do.
 */
let t: TestDatabase;
let tree: Tree;
const who: Record<string, PersonRef> = {};
const config = testConfig();
const outbox = new Map<string, OutboundMessage[]>();
const i18n = createI18n();
let engine: Intake;
const user = (p: PersonRef): ChatUser => intakeUser(() => engine, outbox, p.accountId);
const texts = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
const button = (seen: SeenMessage[], label: RegExp) => {
  const b = seen.flatMap((m) => m.choices).find((c) => label.test(c.label));
  if (!b) throw new Error(`no button ${label} in: ${seen.flatMap((m) => m.choices.map((c) => c.label)).join(' | ')}`);
  return b.data;
};

beforeAll(async () => {
  t = await createTestDatabase();
  engine = createIntake({
    db: t.db,
    features: createFeatures({ config, i18n }),
    t: i18n.t,
    deliver: collectInto(outbox),
    logger: silentLogger,
    maxTextLength: config.MAX_TEXT_LENGTH,
    defaultLocale: 'vi',
  });
  await seedTopics(t.db);
  tree = await seedTree(t.db);
  for (const key of ['ctv', 'ctv2', 'ctv3', 'ctv4']) who[key] = await addPerson(t.db, tree.commune, 'collaborator', key);
  who.official = await addPerson(t.db, tree.commune, 'official', 'official');
});
afterAll(async () => t?.close());

/** Commands a reply names ("/canhbao", "/menu") that the person's role cannot run. */
function foreignCommands(seen: SeenMessage[], role: string): string[] {
  const named = [...texts(seen).matchAll(/(?<![\w/])\/([a-z_]+)/g)].map((m) => m[1]!);
  return named.filter((name) => {
    const spec = engine.catalogue.commands.get(name);
    return spec?.roles !== undefined && !spec.roles.includes(role as never);
  });
}

describe('item 18: every hint names only commands the person can use', () => {
  it('a collaborator pressing broken alert buttons is not told to type /canhbao (an officials-only command)', async () => {
    const me = user(who.ctv!);
    for (const data of ['h:nonsense', 'h:00000000-0000-4000-8000-000000000000:zzz', 'h:list:x']) {
      const seen = await me.press(data);
      expect(texts(seen)).not.toMatch(/\/canhbao/);
      expect(foreignCommands(seen, 'collaborator')).toEqual([]);
    }
  });

  it('an official pressing the same broken button still gets the /canhbao hint', async () => {
    expect(texts(await user(who.official!).press('h:nonsense'))).toMatch(/\/canhbao/);
  });
});

describe('item 13 (Telegram): a shared location or venue answers the hot-spot place question', () => {
  const venue = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/telegram/venue.json'), 'utf8')) as {
    update_id: number;
    message: { from: { id: number }; chat: { id: number }; text?: string };
  };
  let seq = randomInt(1_000_000, 2_000_000_000);
  async function telegram(tgId: number, message: Record<string, unknown>): Promise<SeenMessage[]> {
    const update = {
      update_id: ++seq,
      message: { ...venue.message, ...message, from: { ...venue.message.from, id: tgId }, chat: { ...venue.message.chat, id: tgId } },
    };
    const msg = parseTelegramUpdate(update);
    if (!msg) throw new Error('update not parsed');
    const before = outbox.get(String(tgId))?.length ?? 0;
    await engine.handle(msg);
    await engine.replies.idle();
    return (outbox.get(String(tgId)) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : '', choices: m.choices ?? [] }));
  }
  const textOnly = (text: string) => ({ text, location: undefined, venue: undefined });
  const tap = async (tgId: number, seen: SeenMessage[], label: RegExp) => {
    // A typed label answers like a press on a text channel; the button's own label is used.
    const data = button(seen, label);
    const b = seen.flatMap((m) => m.choices).find((c) => c.data === data)!;
    return telegram(tgId, textOnly(b.label));
  };

  async function raiseWith(tgId: number, place: Record<string, unknown>) {
    const seen = await telegram(tgId, textOnly('/diemnong'));
    const sev = await tap(tgId, seen, /Khiếu kiện/);
    const asked = await tap(tgId, sev, /Theo dõi/);
    expect(texts(asked)).toMatch(/Địa điểm/);
    const next = await telegram(tgId, place);
    expect(texts(next)).toMatch(/4\/5/);
    const people = await telegram(tgId, textOnly('Bà con tập trung trước cổng'));
    const confirm = await tap(tgId, people, /Dưới 10/);
    return { confirm, sent: await tap(tgId, confirm, /Gửi/) };
  }

  it('a venue keeps its coordinates and its name and address; a plain location its coordinates', async () => {
    const tgId = randomInt(100_000_000, 999_999_999);
    const [p] = [await addPerson(t.db, tree.commune, 'collaborator', 'tg-ctv', { noAccount: true })];
    await t.db.insert(channelAccounts).values({ personId: p!.id, channel: 'telegram', externalId: String(tgId) });

    const { confirm } = await raiseWith(tgId, { text: undefined });
    expect(texts(confirm)).toContain('UBND Phường Bến Nghé, 29 Lê Duẩn, Quận 1');
    const [spot] = await t.db.select().from(hotSpots).where(eq(hotSpots.reporterId, p!.id));
    expect(spot).toMatchObject({ placeText: 'UBND Phường Bến Nghé, 29 Lê Duẩn, Quận 1', latitude: 10.776889, longitude: 106.700806 });

    await raiseWith(tgId, { text: undefined, venue: undefined, location: { latitude: 21.028511, longitude: 105.804817 } });
    const spots = await t.db.select().from(hotSpots).where(eq(hotSpots.reporterId, p!.id));
    expect(spots.find((s) => s.latitude === 21.028511)).toMatchObject({ placeText: null, longitude: 105.804817 });
  });
});

describe('item 19: a paged list takes a label typed from any page; its buttons show the numbers typed', () => {
  const stateOf = async (p: PersonRef) => {
    const [row] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${p.accountId}`));
    return row!.state as { data: { step: string; group?: string | null; draft: { topicCode?: string } } };
  };

  it('"Khieu nai to cao" typed on the first page of topic groups (the option is on page 2) is taken', async () => {
    const me = user(who.ctv2!);
    const first = await me.send('/chuyende');
    const labels = first.flatMap((m) => m.choices).map((c) => c.label);
    expect(labels.some((l) => /Khiếu nại – tố cáo/.test(l))).toBe(false);
    const seen = await me.send('Khieu nai to cao');
    expect(texts(seen)).not.toMatch(/số thứ tự/);
    expect((await stateOf(who.ctv2!)).data).toMatchObject({ step: 'topic', group: 'KN' });
    await me.send('/huy');
    await me.send('/huy');
  });

  it('the options shown are numbered as typed numbers read them, on every page', async () => {
    const me = user(who.ctv3!);
    const first = await me.send('/chuyende');
    const shown = first.flatMap((m) => m.choices).filter((c) => !/Xem thêm|Trang trước/.test(c.label));
    shown.forEach((c, i) => expect(c.label).toMatch(new RegExp(`^${i + 1}\\. `)));
    const page2 = await me.press(button(first, /Xem thêm/));
    const second = page2.flatMap((m) => m.choices).filter((c) => !/Xem thêm|Trang trước/.test(c.label));
    const kn = second.findIndex((c) => /Khiếu nại – tố cáo/.test(c.label));
    expect(second[kn]!.label).toMatch(new RegExp(`^${kn + 1}\\. `));
    await me.send(String(kn + 1));
    expect((await stateOf(who.ctv3!)).data).toMatchObject({ step: 'topic', group: 'KN' });
    // The button's whole label typed back ("6. Khiếu nại – tố cáo") is the same answer.
    await me.send('/huy');
    await me.send('/huy');
    const again = await me.send('/chuyende');
    const label = again.flatMap((m) => m.choices).find((c) => /^2\. /.test(c.label))!.label;
    await me.send(label);
    expect((await stateOf(who.ctv3!)).data.step).toBe('topic');
    await me.send('/huy');
    await me.send('/huy');
  });
});

describe('item 20: personal data is caught before a report is sent', () => {
  const SAMPLE = 'Ông Nguyễn Văn Tám, SĐT 0912345678, nói sẽ kéo người lên xã';

  it('the reporter is asked, removes the phone number with one tap, and may send the rest knowingly', async () => {
    const me = user(who.ctv4!);
    let seen = await me.send('/nhanh');
    for (let i = 0; i < 40 && !seen.some((m) => m.choices.some((c) => /Gửi báo cáo/.test(c.label))); i++) {
      const choices = seen.at(-1)?.choices ?? [];
      const pick =
        choices.find((c) => /(Xong, tiếp tục|Không, tiếp tục|Đồng ý)/u.test(c.label)) ??
        choices.find((c) => !/^(✏️|🗑|‹|Xem thêm|Thêm|Bỏ qua|Không có|Sửa|Hủy|Nhóm khác)/u.test(c.label));
      seen = pick ? await me.press(pick.data) : await me.send(SAMPLE);
    }
    const asked = await me.press(button(seen, /Gửi báo cáo/));
    expect(texts(asked)).not.toMatch(RECEIPT);
    expect(texts(asked)).toMatch(/thông tin cá nhân/);
    expect(texts(asked)).toContain('0912345678');
    expect(texts(asked)).toContain('Ông Nguyễn Văn Tám');

    const review = await me.press(button(asked, /Xóa số điện thoại/));
    expect(texts(review)).toMatch(/Đã xóa số điện thoại/);
    expect(texts(review)).not.toContain('0912345678');
    expect(texts(review)).toContain('Ông Nguyễn Văn Tám, nói sẽ kéo người lên xã');

    const again = await me.press(button(review, /Gửi báo cáo/));
    expect(texts(again)).toMatch(/Họ tên: Ông Nguyễn Văn Tám/);
    expect(again.flatMap((m) => m.choices).map((c) => c.label)).not.toContain('Xóa số điện thoại');
    const sent = await me.press(button(again, /Vẫn gửi/));
    expect(texts(sent)).toMatch(RECEIPT);

    const [report] = await t.db.select().from(reports).where(eq(reports.reporterId, who.ctv4!.id));
    const versions = await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, report!.id));
    expect(JSON.stringify(versions.map((v) => v.payload))).not.toContain('0912345678');
    expect(JSON.stringify(versions.map((v) => v.payload))).toContain('nói sẽ kéo người lên xã');
  });
});

describe('item 8: a long paste is kept, its parts joined, nothing lost', () => {
  const draftOf = async (p: PersonRef) => {
    const [row] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${p.accountId}`));
    return row!.state as { held?: string | null; data: { step: string; draft: { issues: { title?: string; summary?: string }[] } } };
  };
  const words = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

  it('a paste cut in two messages (as Telegram cuts at 4,096) answers the question whole after «Xong»', async () => {
    const me = user(who.ctv!);
    await me.send('/huy');
    await me.send('/huy');
    const intro = await me.send('/nhanh');
    expect(texts(intro)).toMatch(/BÁO CÁO NHANH/);
    await me.send('Giá xăng tăng');
    const first = words(1000, 'a').slice(0, 4096);
    const second = words(300, 'b');
    const held = await me.send(first);
    expect(texts(held)).toMatch(/Đã nhận một đoạn dài \(4\.?096 ký tự; mỗi câu trả lời tối đa 12\.?000 ký tự\)/);
    expect((await draftOf(who.ctv!)).held).toBe(first);
    const joined = await me.send(second);
    expect(texts(joined)).toMatch(/Đã nối thêm/);
    const done = await me.press(button(joined, /Xong, dùng nội dung này/));
    expect(texts(done)).not.toMatch(/vượt quá giới hạn/);
    const s = await draftOf(who.ctv!);
    expect(s.held ?? null).toBeNull();
    expect(s.data.draft.issues[0]!.summary).toBe(`${first}\n${second}`);
    await me.send('/huy');
    await me.send('/huy');
  });

  it('«xong» typed instead of pressed finishes the paste (it was joined as one more part); «bỏ» drops it', async () => {
    const me = user(who.ctv!);
    await me.send('/nhanh');
    await me.send('Giá xăng tăng');
    const first = words(1000, 'c').slice(0, 4096);
    await me.send(first);
    const done = await me.send('Xong ạ');
    expect(texts(done)).not.toMatch(/Đã nối thêm/);
    const s = await draftOf(who.ctv!);
    expect(s.held ?? null).toBeNull();
    expect(s.data.draft.issues[0]!.summary).toBe(first);
    await me.send('/huy');
    await me.send('/huy');
    await me.send('/nhanh');
    await me.send('Giá xăng tăng');
    await me.send(first);
    expect(texts(await me.send('bo'))).toMatch(/Đã bỏ đoạn dài/);
    expect((await draftOf(who.ctv!)).held ?? null).toBeNull();
    await me.send('/huy');
    await me.send('/huy');
  });

  it('over the limit: the first part answers, the rest comes back; «Bỏ đoạn này» drops what was held', async () => {
    const me = user(who.ctv!);
    await me.send('/nhanh');
    await me.send('Giá xăng tăng');
    const parts = [0, 1, 2, 3].map((k) => words(800, `p${k}x`).slice(0, 4000));
    let seen: SeenMessage[] = [];
    for (const p of parts) seen = await me.send(p);
    expect(texts(seen)).toMatch(/vượt giới hạn 12\.?000 ký tự/);
    const done = await me.press(button(seen, /Xong/));
    const summary = (await draftOf(who.ctv!)).data.draft.issues[0]!.summary!;
    expect([...summary].length).toBeLessThanOrEqual(12000);
    const back = done.filter((m) => /Phần chưa dùng/.test(m.text)).map((m) => m.text.split('\n').slice(1).join('\n'));
    expect(back.length).toBeGreaterThan(0);
    // Every word pasted is either in the answer or sent back.
    const lost = parts
      .join(' ')
      .split(/\s+/)
      .filter((w) => !summary.includes(w) && !back.some((b) => b.includes(w)));
    expect(lost).toEqual([]);
    await me.send('/huy');
    await me.send('/huy');

    await me.send('/nhanh');
    const kept = await me.send(parts[0]!);
    const dropped = await me.press(button(kept, /Bỏ đoạn này/));
    expect(texts(dropped)).toMatch(/Đã bỏ đoạn dài/);
    expect((await draftOf(who.ctv!)).data.draft.issues[0]?.title ?? null).toBeNull();
    // Too long for the question (a title has 200 characters at most): it comes back, not lost.
    const again = await me.send(parts[1]!);
    const refused = await me.press(button(again, /Xong/));
    expect(texts(refused)).toMatch(/vượt quá giới hạn 200/);
    expect(
      refused
        .filter((m) => /gửi lại để đồng chí sửa/.test(m.text))
        .map((m) => m.text.split('\n').slice(1).join('\n'))
        .join(' '),
    ).toBe(parts[1]);
    expect(texts(refused)).toMatch(/vừa gõ đã được giữ lại/);
    // A short answer still answers at once, and the next question that takes a story offers it.
    const next = await me.send('Giá xăng tăng');
    expect((await draftOf(who.ctv!)).data.draft.issues[0]!.title).toBe('Giá xăng tăng');
    await me.press(button(next, /^Dùng: /));
    expect(JSON.stringify((await draftOf(who.ctv!)).data.draft)).toContain(parts[1]!.slice(0, 200));
    await me.send('/huy');
    await me.send('/huy');
  });

  it('a story under a message long, typed as a short answer (the title), is refused and kept for the next question', async () => {
    const me = user(who.ctv!);
    await me.send('/nhanh');
    const story =
      'Người dân thôn 3 phản ánh việc chậm chi trả tiền bồi thường giải phóng mặt bằng dự án đường tỉnh 741, nhiều hộ bức xúc, có ý kiến sẽ làm đơn tập thể gửi lên tỉnh. '.repeat(
        2,
      );
    const refused = await me.send(story);
    expect(texts(refused)).toMatch(/vượt quá giới hạn 200/);
    expect(texts(refused)).toMatch(/vừa gõ đã được giữ lại/);
    const next = await me.send('Chậm chi trả bồi thường đường tỉnh 741');
    await me.press(button(next, /^Dùng: "Người dân thôn 3/));
    expect(JSON.stringify((await draftOf(who.ctv!)).data.draft)).toContain('có ý kiến sẽ làm đơn tập thể');
    await me.send('/huy');
    await me.send('/huy');
  });
});

describe('item 3, other prompts: «Yêu cầu bổ sung» on a report notice takes the text typed next', () => {
  it('tap, type the request, done: the report asks the reporter for more; nothing goes to the menu', async () => {
    const reporter = user(who.ctv3!);
    const { receipt } = await fillUntilReceipt(reporter, await reporter.send('/nhanh'));
    const [row] = await t.db.select().from(reports).where(eq(reports.receiptNo, receipt));
    const off = user(who.official!);
    const asked = await off.press(`rp:${row!.id}:more`);
    expect(texts(asked)).toMatch(/nhập nội dung cần người báo cáo bổ sung/i);
    const done = await off.send('Đề nghị nêu rõ số hộ dân bức xúc');
    expect(texts(done)).toContain(`Đã gửi đề nghị bổ sung báo cáo ${receipt}`);
    const [after] = await t.db.select().from(reports).where(eq(reports.id, row!.id));
    expect(after!.status).toBe('needs_more');
    // A collaborator pressing the same button is refused and what they type next is not a request.
    expect(texts(await user(who.ctv2!).press(`rp:${row!.id}:more`))).toMatch(/không thuộc chức năng của đồng chí/);
  });

  it('the reporter of a quick report answers with «Gửi nội dung bổ sung»: kept with the report, back to «chờ tiếp nhận», the official told', async () => {
    const reporter = user(who.ctv3!);
    const [row] = await t.db.select().from(reports).where(eq(reports.status, 'needs_more'));
    const queued = async (purpose: string) =>
      (await t.db.select().from(sends).where(like(sends.purpose, purpose))).map(
        (s) => s.message as { text: string; choices?: { label: string; data: string }[] },
      );
    // The request reaches the reporter with the way to answer (not /baocao, which is the periodic report).
    const [notice] = await queued(`rv-${row!.id}-more-%`);
    expect(notice!.text).toContain('Đề nghị nêu rõ số hộ dân bức xúc');
    expect(notice!.text).not.toContain('/baocao');
    expect(notice!.choices).toEqual([{ label: '✍️ Gửi nội dung bổ sung', data: `/guibosung ${row!.receiptNo}` }]);

    const asked = await reporter.press(notice!.choices![0]!.data);
    expect(texts(asked)).toContain(`nhập nội dung bổ sung cho báo cáo ${row!.receiptNo}`);
    await reporter.send('/trangthai');
    const done = await reporter.send('Khoảng 40 hộ ở ấp 2 và ấp 3 bức xúc');
    expect(texts(done)).toContain(`Đã gửi nội dung bổ sung cho báo cáo ${row!.receiptNo}`);
    const [after] = await t.db.select().from(reports).where(eq(reports.id, row!.id));
    expect(after!.status).toBe('submitted');
    const kept = await t.db
      .select()
      .from(reportReviews)
      .where(and(eq(reportReviews.reportId, row!.id), eq(reportReviews.action, 'supplemented')));
    expect(kept.map((r) => [r.note, r.actorId])).toEqual([['Khoảng 40 hộ ở ấp 2 và ấp 3 bức xúc', who.ctv3!.id]]);
    const [toOfficial] = await queued(`rv-${row!.id}-supplement-%`);
    expect(toOfficial!.text).toContain('Đồng chí đã đề nghị: «Đề nghị nêu rõ số hộ dân bức xúc»');
    expect(toOfficial!.text).toContain('Khoảng 40 hộ ở ấp 2 và ấp 3 bức xúc');
    expect(toOfficial!.choices!.map((c) => c.data)).toEqual([`/xem ${row!.receiptNo}`, `rv:${row!.id}`, `rp:${row!.id}:more`]);

    // The report in full shows the exchange.
    const [full] = await user(who.official!).send(`/xem ${row!.receiptNo}`);
    expect(full!.text).toMatch(/cán bộ đề nghị bổ sung: Đề nghị nêu rõ số hộ dân bức xúc\n• .* người báo cáo bổ sung: Khoảng 40 hộ/);

    // Answered once: a second try, a double tap on the old button, another person's try change nothing.
    expect(texts(await reporter.send('/guibosung'))).toContain('không có báo cáo nào của đồng chí đang được đề nghị bổ sung');
    expect(texts(await reporter.press(notice!.choices![0]!.data))).toContain('không có đề nghị bổ sung nào đang chờ');
    expect(texts(await user(who.ctv2!).send(`/guibosung ${row!.receiptNo} thêm`))).toContain('không có đề nghị bổ sung nào đang chờ');
    expect(await t.db.select().from(reportReviews).where(eq(reportReviews.action, 'supplemented'))).toHaveLength(1);
  });
});

describe('text typed where buttons were offered is kept and offered back (found in the sandbox)', () => {
  const stateOf = async (p: PersonRef) => {
    const [row] = await t.db
      .select()
      .from(conversations)
      .where(eq(conversations.accountKey, `sandbox:${p.accountId}`));
    return row!.state as { aside?: string[] | null; flow: string | null; data: unknown };
  };
  const story = 'Khoảng 50 hộ dân tập trung trước cổng UBND xã phản đối mức bồi thường đất làm đường';

  it('a story typed at «Mức độ» is kept, offered at the free-text questions, and answers with one tap', async () => {
    const me = user(who.ctv4!);
    const start = await me.send('/diemnong');
    const level = await me.press(button(start, /Tụ tập đông người/));
    expect(texts(level)).toMatch(/Mức độ/);
    const refused = await me.send(story);
    expect(texts(refused)).toMatch(/vừa gõ đã được giữ lại/);
    expect((await stateOf(who.ctv4!)).aside).toEqual([story]);
    // A short slip ("khoảng 50") is not worth keeping.
    await me.send('khoảng 50');
    expect((await stateOf(who.ctv4!)).aside).toEqual([story]);
    const place = await me.press(button(refused, /Khẩn$/));
    expect(texts(place)).toMatch(/Địa điểm/);
    expect(place.flatMap((m) => m.choices.map((c) => c.label))).toEqual([expect.stringMatching(/^Dùng: "Khoảng 50 hộ dân tập trung.*…"$/)]);
    const description = await me.send('Trước cổng UBND xã');
    expect(texts(description)).toMatch(/Mô tả/);
    await me.press(button(description, /^Dùng: "Khoảng 50 hộ/));
    const s = await stateOf(who.ctv4!);
    expect(JSON.stringify(s.data)).toContain(story);
    expect(s.aside ?? []).toEqual([]);
    await me.send('/huy');
    await me.send('/huy');
    expect((await stateOf(who.ctv4!)).aside ?? null).toBeNull();
  });

  it('a mistyped answer at a button question is not kept as a story (qa7 item 4: short slips came back later as «Dùng: …»)', async () => {
    const me = user(who.ctv4!);
    const start = await me.send('/diemnong');
    const level = await me.press(button(start, /Tụ tập đông người/));
    expect(texts(level)).toMatch(/Mức độ/);
    // A few words, or words mostly from the options' labels: tries at the buttons, not stories.
    for (const slip of ['thấy cũng khá căng rồi', 'khẩn lắm rồi, mức rất khẩn cấp đó']) {
      const refused = await me.send(slip);
      expect(texts(refused), slip).not.toMatch(/vừa gõ đã được giữ lại/);
      expect((await stateOf(who.ctv4!)).aside ?? null, slip).toBeNull();
    }
    // A story still is.
    const kept = await me.send(story);
    expect(texts(kept)).toMatch(/vừa gõ đã được giữ lại/);
    expect((await stateOf(who.ctv4!)).aside).toEqual([story]);
    await me.send('/huy');
    await me.send('/huy');
  });

  it('a story typed with no form open is kept with the menu and offered by the report the person picks', async () => {
    const me = user(who.ctv4!);
    const idle = await me.send(story);
    expect(texts(idle)).toMatch(/vừa nhắn: "Khoảng 50 hộ dân/);
    expect(idle.flatMap((m) => m.choices.map((c) => c.label))).toEqual(expect.arrayContaining([expect.stringMatching(/Báo cáo nhanh/)]));
    expect((await stateOf(who.ctv4!)).aside).toEqual([story]);
    const first = await me.send('/nhanh');
    const use = button(first, /^Dùng: "Khoảng 50 hộ/);
    const next = await me.press(use);
    const s = await stateOf(who.ctv4!);
    expect(JSON.stringify(s.data)).toContain(story);
    expect(s.aside ?? []).toEqual([]);
    expect(texts(next)).not.toMatch(/Tên sự việc/);
    await me.send('/huy');
    await me.send('/huy');
  });

  it('a menu item typed with no menu on screen («bao cao nhanh» as a first message) opens it, not kept as a story', async () => {
    const fresh = await addPerson(t.db, tree.commune, 'collaborator', 'ctv-moi');
    const seen = await user(fresh).send('bao cao nhanh');
    expect(texts(seen)).toMatch(/BÁO CÁO NHANH/);
    expect(texts(seen)).not.toMatch(/đã được giữ lại/);
    expect((await stateOf(fresh)).flow).toBe('quick-report');
    await user(fresh).send('/huy');
  });

  it('a photo sent with no form open is kept and goes with the hot spot picked next (it was lost: the menu alone)', async () => {
    const fresh = await addPerson(t.db, tree.commune, 'collaborator', 'ctv-anh');
    const photo = async (fileId: string, caption?: string) => {
      const before = outbox.get(fresh.accountId)?.length ?? 0;
      await engine.handle({
        channel: 'sandbox',
        accountId: fresh.accountId,
        updateKey: `${fresh.accountId}-${fileId}`,
        receivedAt: new Date(),
        payload: { type: 'media', media: { kind: 'photo', fileId }, ...(caption ? { caption } : {}) },
      });
      await engine.replies.idle();
      return (outbox.get(fresh.accountId) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : (m.caption ?? ''), choices: m.choices ?? [] }));
    };
    const kept = await photo('f-1', 'Dân tụ tập trước cổng UBND xã');
    expect(texts(kept)).toMatch(/Đã nhận 1 ảnh \(tệp\) đồng chí gửi\. Ảnh đã được giữ lại/);
    expect(kept.flatMap((m) => m.choices.map((c) => c.label))).toEqual(expect.arrayContaining([expect.stringMatching(/Báo tin điểm nóng/)]));
    expect(texts(await photo('f-2'))).toMatch(/Đã nhận 2 ảnh/);
    const started = await user(fresh).send('/diemnong');
    expect(texts(started)).toContain('Đã nhận tệp đính kèm (tổng cộng 2)');
    expect(started.filter((m) => /Loại sự việc/.test(m.text))).toHaveLength(1);
    const s = await stateOf(fresh);
    const draft = (s.data as { draft: { media: { fileId: string }[]; description: string | null } }).draft;
    expect(draft.media.map((m) => m.fileId)).toEqual(['f-1', 'f-2']);
    expect(draft.description).toBe('Dân tụ tập trước cổng UBND xã');
    expect((s as { media?: unknown }).media ?? null).toBeNull();
    await user(fresh).send('/huy');
    await user(fresh).send('/huy');
  });

  it("a file sent before /dinhhuong is the guidance's file (it was refused at the title, then lost); a form that takes none says so", async () => {
    const official = await addPerson(t.db, tree.commune, 'official', 'official-tep');
    const send = async (p: PersonRef, media: { kind: 'photo' | 'document'; fileId: string; fileName?: string }) => {
      const before = outbox.get(p.accountId)?.length ?? 0;
      await engine.handle({
        channel: 'sandbox',
        accountId: p.accountId,
        updateKey: `${p.accountId}-${media.fileId}`,
        receivedAt: new Date(),
        payload: { type: 'media', media },
      });
      await engine.replies.idle();
      return (outbox.get(p.accountId) ?? []).slice(before).map((m) => ({ text: m.type === 'text' ? m.text : (m.caption ?? ''), choices: m.choices ?? [] }));
    };
    const kept = await send(official, { kind: 'document', fileId: 'doc-1', fileName: 'Cong-van-15.pdf' });
    expect(texts(kept)).toMatch(/«Báo tin điểm nóng» hoặc «Định hướng» bên dưới, tệp sẽ được gửi kèm/);
    const me = user(official);
    const started = await me.send('/dinhhuong');
    expect(texts(started)).toMatch(/Đã nhận tệp đính kèm/);
    expect(texts(started)).toMatch(/Nhập tiêu đề/);
    expect((await stateOf(official)).data).toMatchObject({ step: 'title', attachment: { kind: 'document', source: 'doc-1', fileName: 'Cong-van-15.pdf' } });
    await me.send('Giá điện tháng 12');
    const body = await me.send('Đề nghị các đồng chí nắm tình hình dư luận về việc điều chỉnh giá điện.');
    const asked = await me.press(button(body, /^Xong/));
    expect(texts(asked)).toMatch(/Định hướng đã có tài liệu «Cong-van-15\.pdf» đồng chí gửi kèm/);
    const unit = await me.press(button(asked, /Giữ tệp này/));
    expect(texts(unit)).toMatch(/phạm vi|đơn vị/i);
    expect((await stateOf(official)).data).toMatchObject({ attachment: { fileName: 'Cong-van-15.pdf' } });
    await me.send('/huy');
    await me.send('/huy');

    // The periodic report takes no file: it says so at once, and nothing waits to be attached later.
    const ctv = await addPerson(t.db, tree.commune, 'collaborator', 'ctv-tep');
    await send(ctv, { kind: 'photo', fileId: 'ph-1' });
    const periodic = await user(ctv).send('/baocao');
    expect(periodic[0]!.text).toMatch(/Việc này không kèm được ảnh, tệp: 1 tệp đồng chí gửi trước đó chưa được lưu/);
    expect(periodic.at(-1)!.choices.length).toBeGreaterThan(0); // the form's question stays last
    expect(((await stateOf(ctv)) as { media?: unknown }).media ?? null).toBeNull();
    await user(ctv).send('/huy');
    await user(ctv).send('/huy');
  });

  it('a short question (the meeting time) is not offered a kept story it could not take; the next one that takes it is', async () => {
    const me = user(who.official!);
    await me.send(story);
    expect((await stateOf(who.official!)).aside).toEqual([story]);
    const title = await me.send('/giaoban_moi');
    expect(title.flatMap((m) => m.choices.map((c) => c.label))).toEqual([expect.stringMatching(/^Dùng: "Khoảng 50 hộ/)]);
    const when = await me.send('Giao ban tháng 12');
    expect(texts(when)).toMatch(/Thời gian họp/);
    expect(when.flatMap((m) => m.choices.map((c) => c.label))).toEqual([]);
    const place = await me.send('8:00 15/12');
    expect(texts(place)).toMatch(/Địa điểm họp/);
    expect(place.flatMap((m) => m.choices.map((c) => c.label))).toEqual([expect.stringMatching(/^Dùng: "Khoảng 50 hộ/)]);
    await me.send('/huy');
    await me.send('/huy');
  });
});
