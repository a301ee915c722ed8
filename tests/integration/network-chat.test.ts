import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareLabel } from '../helpers/chat-driver.js';
import { and, desc, eq, like } from 'drizzle-orm';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Intake } from '../../bot/engine/intake.js';
import { auditLog, conversations, people, sends } from '../../db/schema/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';

/**
 * Issue 17 item 1 through the real intake (every feature, sandbox channel): an official invites
 * with /moi, the newcomer registers with the code, the official finds them in /mangluoi and
 * edits, transfers, suspends (the person is told and sees only /help), reactivates, replaces
 * (the successor redeems and records whom they replaced) and marks as left. Officials outside
 * the subtree and collaborators are refused, audited, and nothing changes.
 */
let db: TestDatabase;
let tree: Tree;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const config = testConfig({ TELEGRAM_BOT_USERNAME: 'dlxh_test_bot', QUIET_HOURS: '' });
let official: ChatUser;
let neighbour: ChatUser;
let officialId = '';
let neighbourId = '';
let collaborator: ChatUser;

const user = (accountId: string) => intakeUser(() => intake, outbox, accountId);
const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
async function press(u: ChatUser, seen: SeenMessage[], label: RegExp | string): Promise<SeenMessage[]> {
  const choice = seen.flatMap((m) => m.choices).find((c) => (typeof label === 'string' ? bareLabel(c.label) === label : label.test(bareLabel(c.label))));
  if (!choice) throw new Error(`no button ${String(label)} in: ${seen.map((m) => m.choices.map((c) => c.label).join(' | ')).join(' / ')}`);
  return u.press(choice.data);
}
const personRow = async (id: string) => (await db.db.select().from(people).where(eq(people.id, id)))[0]!;
const lastAudit = async (actorId: string, action: string) =>
  (
    await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)))
      .orderBy(desc(auditLog.id))
      .limit(1)
  )[0];

/** /moi answered like an official would; returns the code. */
async function invite(
  u: ChatUser,
  name: string,
  unitCode: string | null,
  stratumLabel: string,
  sector: string | null,
  role = 'Cộng tác viên',
): Promise<string> {
  let seen = await u.send('/moi');
  expect(text(seen)).toContain('Họ và tên người được mời');
  seen = await u.send(name);
  seen = unitCode ? await u.send(unitCode) : await press(u, seen, /Tỉnh/);
  seen = await press(u, seen, role);
  seen = await press(u, seen, stratumLabel);
  seen = sector ? await u.send(sector) : await press(u, seen, /Bỏ qua/);
  expect(text(seen)).toContain(name);
  seen = await press(u, seen, /Tạo mã mời/);
  const out = text(seen);
  expect(out).toContain('https://t.me/dlxh_test_bot?start=');
  return /\/start ([A-Z0-9]{8})/.exec(out)![1]!;
}

async function register(accountId: string, code: string): Promise<string> {
  const u = user(accountId);
  const seen = await u.send(`/start ${code}`);
  await press(u, seen, /Đồng ý/);
  const [row] = await db.db
    .select({ id: people.id })
    .from(people)
    .innerJoin(conversations, eq(conversations.personId, people.id))
    .where(eq(conversations.accountKey, `sandbox:${accountId}`));
  return row!.id;
}

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  intake = createCollectingIntake(db.db, config, outbox);
  const o = await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh');
  const n = await addPerson(db.db, tree.otherCommune, 'official', 'Cán bộ xã bên');
  const c = await addPerson(db.db, tree.commune, 'collaborator', 'CTV xã');
  officialId = o.id;
  neighbourId = n.id;
  official = user(o.accountId);
  neighbour = user(n.accountId);
  collaborator = user(c.accountId);
});
afterAll(async () => db?.close());

let newcomer = '';
let newcomerAccount = 'acc-newcomer';

describe('roster actions in chat', () => {
  it('/moi: invite to a commune of the subtree; the newcomer registers with the code and keeps unit, stratum and sector', async () => {
    const code = await invite(official, 'Nguyễn Thị Hoa', tree.codes.commune, 'Nông dân', 'Hội Nông dân');
    newcomer = await register(newcomerAccount, code);
    const p = await personRow(newcomer);
    expect(p).toMatchObject({
      displayName: 'Nguyễn Thị Hoa',
      unitId: tree.commune,
      stratum: 'nong_dan',
      sector: 'Hội Nông dân',
      role: 'collaborator',
      status: 'active',
    });
    expect((await lastAudit(officialId, 'network.invite'))?.outcome).toBe('ok');
  });

  it('/moi invites a liaison of a responsible body the same way', async () => {
    const code = await invite(official, 'Đầu mối Sở Tài nguyên', null, 'Cán bộ, công chức, viên chức', null, 'Đầu mối cơ quan phối hợp');
    const liaison = await personRow(await register('acc-liaison', code));
    expect(liaison).toMatchObject({ role: 'liaison', unitId: tree.province, stratum: 'cbccvc' });
  });

  it('/moi refuses a unit outside the subtree and a collaborator cannot start it', async () => {
    let seen = await neighbour.send('/moi');
    seen = await neighbour.send('Trần Văn Nam');
    seen = await neighbour.send(tree.codes.commune);
    seen = await press(neighbour, seen, 'Cộng tác viên');
    seen = await press(neighbour, seen, 'Nông dân');
    seen = await press(neighbour, seen, /Bỏ qua/);
    seen = await press(neighbour, seen, /Tạo mã mời/);
    expect(text(seen)).toContain('ngoài phạm vi');
    expect((await lastAudit(neighbourId, 'network.invite'))?.outcome).toBe('refused');
    await neighbour.send('/huy');
    expect(text(await collaborator.send('/moi'))).not.toContain('Họ và tên người được mời');
    expect(text(await collaborator.send('/mangluoi'))).not.toContain('Mạng lưới');
  });

  it('/mangluoi lists the subtree; a card edits the stratum and transfers within scope', async () => {
    let seen = await official.send('/mangluoi');
    expect(text(seen)).toContain('Nguyễn Thị Hoa');
    seen = await press(official, seen, /Nguyễn Thị Hoa/);
    expect(text(seen)).toContain('Hội Nông dân');
    seen = await press(official, seen, /Sửa thông tin/);
    seen = await press(official, seen, 'Giai tầng');
    seen = await press(official, seen, 'Trí thức');
    expect(text(seen)).toContain('Đã cập nhật');
    expect((await personRow(newcomer)).stratum).toBe('tri_thuc');
    seen = await press(official, seen, /Sửa thông tin/);
    seen = await press(official, seen, 'Chuyển đơn vị');
    seen = await official.send('KHONGCO');
    expect(text(seen)).toContain('Không tìm thấy đúng một đơn vị');
    seen = await official.send(tree.codes.otherCommune);
    expect(text(seen)).toContain('Xã An Lạc');
    expect((await personRow(newcomer)).unitId).toBe(tree.otherCommune);
    expect((await lastAudit(officialId, 'network.transfer'))?.outcome).toBe('ok');
    // Moved into the neighbour's commune: now theirs too. Back to where the test expects them.
    await db.db.update(people).set({ unitId: tree.commune }).where(eq(people.id, newcomer));
  });

  it('suspend: the person is told kindly and sees only /help; a second tap changes nothing; out of scope refused', async () => {
    const refused = await neighbour.press(`nw:s:${newcomer}`);
    expect(text(refused)).toContain('ngoài phạm vi');
    expect((await personRow(newcomer)).status).toBe('active');
    expect((await lastAudit(neighbourId, 'network.suspend'))?.outcome).toBe('refused');

    let seen = await official.press(`nw:p:${newcomer}`);
    seen = await press(official, seen, /Tạm dừng/);
    expect(text(seen)).toContain('Đã tạm dừng');
    expect((await personRow(newcomer)).status).toBe('suspended');
    const notice = await db.db
      .select()
      .from(sends)
      .where(and(eq(sends.personId, newcomer), like(sends.purpose, 'nw-suspend-%')));
    expect(notice).toHaveLength(1);
    expect(JSON.stringify(notice[0]!.message)).toContain('tạm dừng');
    expect(text(await official.press(`nw:s:${newcomer}`))).toContain('đã được ghi nhận trước đó');

    const person = user(newcomerAccount);
    expect(text(await person.send('/baocao'))).toContain('tạm dừng');
    const help = text(await person.send('/help'));
    expect(help).toContain('liên hệ cán bộ phụ trách');
    expect(help).not.toContain('/baocao');

    seen = await official.press(`nw:a:${newcomer}`);
    expect(text(seen)).toContain('hoạt động trở lại');
    expect((await personRow(newcomer)).status).toBe('active');
    expect(text(await person.send('/help'))).toContain('/baocao');
  });

  it('replace: drafts closed, the successor takes the same place and records whom they replaced', async () => {
    const person = user(newcomerAccount);
    await person.send('/baocao');
    expect((await db.db.select().from(conversations).where(eq(conversations.personId, newcomer)))[0]!.flow).not.toBeNull();
    let seen = await official.press(`nw:p:${newcomer}`);
    seen = await press(official, seen, /Thay thế/);
    seen = await official.send('Lê Thị Mai');
    expect(text(seen)).toContain('Lê Thị Mai');
    seen = await press(official, seen, /Thay thế/);
    const code = /\/start ([A-Z0-9]{8})/.exec(text(seen))![1]!;
    expect((await personRow(newcomer)).status).toBe('replaced');
    expect((await db.db.select().from(conversations).where(eq(conversations.personId, newcomer)))[0]!.flow).toBeNull();
    const successor = await register('acc-successor', code);
    expect(await personRow(successor)).toMatchObject({
      unitId: tree.commune,
      stratum: 'tri_thuc',
      sector: 'Hội Nông dân',
      replacesPersonId: newcomer,
      status: 'active',
    });
    // The replaced person is history: no card actions, no second replacement.
    expect(text(await official.send(`/thaythe ${newcomer}`))).toContain('lịch sử');
    newcomer = successor;
    newcomerAccount = 'acc-successor';
  });

  it('mark as left asks first, then records it', async () => {
    let seen = await official.press(`nw:p:${newcomer}`);
    seen = await press(official, seen, /Đã nghỉ/);
    expect(text(seen)).toContain('Xác nhận');
    expect((await personRow(newcomer)).status).toBe('active');
    seen = await press(official, seen, 'Xác nhận đã nghỉ');
    expect((await personRow(newcomer)).status).toBe('left');
    expect((await lastAudit(officialId, 'network.leave'))?.outcome).toBe('ok');
    expect(text(await official.send('/mangluoi'))).not.toContain('Lê Thị Mai');
  });

  it('careless moves on the choice steps (chooseFrom): unrelated text re-prompts, a typed label or number is taken, an old button is ignored', async () => {
    let seen = await official.send('/moi');
    seen = await official.send('Võ Văn Tám');
    seen = await press(official, seen, /Tỉnh/);
    const roleButtons = seen.flatMap((m) => m.choices);
    seen = await official.send('không biết');
    expect(text(seen)).toContain('vui lòng bấm một nút bên dưới');
    seen = await official.send('cong tac vien');
    expect(text(seen)).toContain('giai tầng');
    seen = await official.press(roleButtons[1]!.data);
    expect(text(seen)).not.toContain('Đồng chí kiểm tra lại thông tin');
    seen = await official.send('2');
    seen = await press(official, seen, /Bỏ qua/);
    expect(text(seen)).toContain('Vai trò: Cộng tác viên');
    seen = await press(official, seen, /^Hủy$/);
    expect(text(seen)).toContain('Đã hủy');
  });
});
