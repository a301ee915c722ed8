import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import type { OutboundMessage } from '../../core/kernel/messages.js';
import type { Intake } from '../../bot/engine/intake.js';
import { createInvite } from '../../core/people/invites.js';
import { publishCharter } from '../../core/charter/charter.js';
import { auditLog, charterAcceptances, charterVersions, conversations, media, people } from '../../db/schema/index.js';
import { charterPublishCommand } from '../../scripts/admin/charter-command.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { intakeUser } from '../helpers/intake-user.js';
import { createCollectingIntake } from '../helpers/real-intake.js';
import { testConfig } from '../helpers/config.js';
import { addPerson, seedTree, type Tree } from '../../testkit/seed.js';

/**
 * Issue 17 item 5, the Quy chế hoạt động, through the real intake: the admin publishes it (CLI,
 * a .docx kept through core/media); a newcomer collaborator reads and accepts it right after
 * the consent (declining stores nothing); an existing collaborator in the middle of a report is
 * asked once on their next message — after the answer to it, before the open question, which
 * still takes the next answer — and again only when a new version is published; /quyche any
 * time; /thongke tells officials who has not accepted.
 */
let db: TestDatabase;
let tree: Tree;
let intake: Intake;
const outbox = new Map<string, OutboundMessage[]>();
const config = testConfig({ QUIET_HOURS: '' });
let dir = '';
let veteran: ChatUser;
let veteranId = '';
let official: ChatUser;

const user = (accountId: string) => intakeUser(() => intake, outbox, accountId);
const text = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');
async function press(u: ChatUser, seen: SeenMessage[], label: RegExp): Promise<SeenMessage[]> {
  const choice = seen.flatMap((m) => m.choices).find((c) => label.test(c.label));
  if (!choice) throw new Error(`no button ${String(label)} in: ${seen.map((m) => m.choices.map((c) => c.label).join(' | ')).join(' / ')}`);
  return u.press(choice.data);
}
const acceptance = async (personId: string, version: string) =>
  (
    await db.db
      .select({ askedAt: charterAcceptances.askedAt, acceptedAt: charterAcceptances.acceptedAt })
      .from(charterAcceptances)
      .innerJoin(charterVersions, eq(charterVersions.id, charterAcceptances.versionId))
      .where(and(eq(charterAcceptances.personId, personId), eq(charterVersions.version, version)))
  )[0];
const personOf = async (accountId: string) =>
  (
    await db.db
      .select({ id: people.id })
      .from(conversations)
      .innerJoin(people, eq(people.id, conversations.personId))
      .where(eq(conversations.accountKey, `sandbox:${accountId}`))
  )[0]?.id;

/** A minimal .docx: the paragraphs in word/document.xml. */
function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document><w:body>${body}</w:body></w:document>`) });
}

beforeAll(async () => {
  db = await createTestDatabase();
  tree = await seedTree(db.db);
  dir = await mkdtemp(join(tmpdir(), 'charter-'));
  intake = createCollectingIntake(db.db, { ...config, FILES_DIR: join(dir, 'files') }, outbox);
  const v = await addPerson(db.db, tree.commune, 'collaborator', 'Phạm Văn Cựu');
  veteranId = v.id;
  veteran = user(v.accountId);
  official = user((await addPerson(db.db, tree.province, 'official', 'Cán bộ tỉnh')).accountId);
  // Registered before any Quy chế existed.
  await veteran.send('/help');
});
afterAll(async () => db?.close());

describe('Quy chế hoạt động', () => {
  it('charter-publish: a .docx is kept as a document, its paragraphs become the text; a second publish of the same version is refused', async () => {
    const file = join(dir, 'quy-che.docx');
    const paragraphs = ['Điều 1. Cộng tác viên phản ánh trung thực, khách quan tình hình dư luận.', 'Điều 2. Không ghi tên người phát biểu ý kiến.'];
    await writeFile(file, docx(paragraphs));
    const lines: string[] = [];
    const ctx = { db: db.db, config: { ...config, FILES_DIR: join(dir, 'files') }, out: (l: string) => lines.push(l) };
    await charterPublishCommand.run([file, '--version', '2026-12'], ctx);
    expect(lines.join('\n')).toContain('2026-12');
    const [v] = await db.db.select().from(charterVersions).where(eq(charterVersions.version, '2026-12'));
    expect(v!.body).toBe(paragraphs.join('\n\n'));
    const [doc] = await db.db.select().from(media).where(eq(media.id, v!.mediaId!));
    expect(doc).toMatchObject({ ownerType: 'charter', ownerId: v!.id, status: 'stored', fileName: 'quy-che.docx' });
    await expect(charterPublishCommand.run([file, '--version', '2026-12'], ctx)).rejects.toThrow(/đã ban hành/);
    const [audit] = await db.db.select().from(auditLog).where(eq(auditLog.action, 'charter.publish'));
    expect(audit?.outcome).toBe('ok');
  });

  it('a new collaborator reads it right after the consent and accepts; acceptance recorded with the version', async () => {
    const { code } = await createInvite(db.db, { unitId: tree.commune, role: 'collaborator', displayName: 'Nguyễn Thị Mới', ttlHours: 48 });
    const u = user('newcomer-1');
    let seen = await u.send(`/start ${code}`);
    seen = await press(u, seen, /^Đồng ý$/);
    expect(text(seen)).toContain('Điều 1. Cộng tác viên phản ánh trung thực');
    expect(text(seen)).toContain('phiên bản 2026-12');
    expect(await personOf('newcomer-1')).toBeUndefined();
    seen = await press(u, seen, /chấp thuận/);
    expect(text(seen)).toContain('Đăng ký thành công');
    const id = (await personOf('newcomer-1'))!;
    expect((await acceptance(id, '2026-12'))?.acceptedAt).toBeInstanceOf(Date);
    // Accepted at registration: not asked again on the next message.
    expect(text(await u.send('/help'))).not.toContain('vui lòng đọc');
  });

  it('declining the Quy chế at registration stores nothing', async () => {
    const { code } = await createInvite(db.db, { unitId: tree.commune, role: 'collaborator', displayName: 'Trần Văn Chưa', ttlHours: 48 });
    const u = user('newcomer-2');
    let seen = await u.send(code);
    seen = await press(u, seen, /^Đồng ý$/);
    seen = await press(u, seen, /Chưa chấp thuận/);
    expect(text(seen)).toContain('chưa thể tham gia');
    expect(await personOf('newcomer-2')).toBeUndefined();
  });

  it('an existing collaborator mid-report: answered first, asked once, the open question still takes the next answer', async () => {
    // The first message after the version came into force: the answer to it, then the Quy chế, then the question.
    let seen = await veteran.send('/baocao');
    const all = text(seen);
    expect(all).toContain('Ban đã ban hành');
    expect(all).toContain('Điều 1. Cộng tác viên');
    expect(all.indexOf('Ban đã ban hành')).toBeLessThan(all.indexOf('Đánh giá chung'));
    expect(seen.at(-1)!.text).toContain('Đánh giá chung');
    expect((await acceptance(veteranId, '2026-12'))?.acceptedAt).toBeNull();
    // The open question takes its button and then a typed "1"; the Quy chế is not asked a second time.
    seen = await press(veteran, seen, /^Ổn định$/);
    expect(text(seen)).toContain('Tâm trạng chủ đạo');
    expect(text(seen)).not.toContain('Ban đã ban hành');
    seen = await veteran.send('1');
    expect(text(seen)).toContain('có vấn đề, sự kiện');
    expect(text(seen)).not.toContain('Ban đã ban hành');
  });

  it('/quyche any time; «Tôi đã đọc và chấp thuận» records it once and is audited; a second tap changes nothing', async () => {
    let seen = await veteran.send('/quyche');
    expect(text(seen)).toContain('Điều 2. Không ghi tên');
    seen = await press(veteran, seen, /chấp thuận/);
    expect(text(seen)).toContain('Đã ghi nhận');
    const accepted = (await acceptance(veteranId, '2026-12'))?.acceptedAt;
    expect(accepted).toBeInstanceOf(Date);
    const data = (await db.db.select({ id: charterVersions.id }).from(charterVersions))[0]!.id;
    expect(text(await veteran.press(`qc:a:${data}`))).toContain('đã chấp thuận');
    expect((await acceptance(veteranId, '2026-12'))?.acceptedAt).toEqual(accepted);
    const entries = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, veteranId), eq(auditLog.action, 'charter.accept')));
    expect(entries).toHaveLength(1);
    // The report draft survived all of it.
    expect(text(await veteran.send('/tieptuc'))).toContain('có vấn đề, sự kiện');
  });

  it('/thongke tells the official how many accepted and who has not', async () => {
    await addPerson(db.db, tree.commune, 'collaborator', 'Lò Thị Chậm');
    const seen = text(await official.send('/thongke'));
    expect(seen).toMatch(/Quy chế hoạt động \(phiên bản 2026-12\): 2\/3 cộng tác viên đã chấp thuận/);
    expect(seen).toContain('Chưa chấp thuận: Lò Thị Chậm');
    // Officials are not asked to accept the collaborators' regulation.
    expect(text(await official.send('/help'))).not.toContain('Ban đã ban hành');
  });

  it('a new version: asked again once; the old version’s button says a newer one is in force', async () => {
    const old = (await db.db.select({ id: charterVersions.id }).from(charterVersions))[0]!.id;
    await db.db.transaction((tx) =>
      publishCharter(tx, null, { version: '2027-01', title: 'Quy chế hoạt động (sửa đổi)', body: 'Điều 1 (sửa đổi). Báo cáo đúng hạn.', now: new Date() }),
    );
    const seen = await veteran.send('/trangthai');
    expect(text(seen)).toContain('Quy chế hoạt động (sửa đổi)');
    expect(text(await veteran.send('/trangthai'))).not.toContain('(sửa đổi)');
    expect(text(await veteran.press(`qc:a:${old}`))).toContain('phiên bản mới');
    expect((await acceptance(veteranId, '2027-01'))?.acceptedAt).toBeNull();
    await press(veteran, seen, /chấp thuận/);
    expect((await acceptance(veteranId, '2027-01'))?.acceptedAt).toBeInstanceOf(Date);
    const [last] = await db.db.select().from(auditLog).where(eq(auditLog.action, 'charter.accept')).orderBy(desc(auditLog.id)).limit(1);
    expect(last?.details).toMatchObject({ version: '2027-01' });
  });
});
