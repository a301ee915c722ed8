import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../../core/kernel/i18n.js';
import { sendInvitations } from '../../core/meetings/delivery.js';
import { markRead } from '../../core/network/materials.js';
import type { Config } from '../../core/platform/config.js';
import { auditLog, broadcasts, materials, media, meetingInvitees, meetings } from '../../db/schema/index.js';
import type { AdminCommand, AdminContext } from '../../scripts/admin/context.js';
import { materialsCommand } from '../../scripts/admin/materials-command.js';
import { meetingsCommand } from '../../scripts/admin/meetings-command.js';
import { addPerson, seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * Issue 17 §1 (stop 23): giao ban meetings and training material from the server's shell, through
 * the same core functions as chat — schedule, roster, cancel, attendance, conclusions; publish a
 * note or a file, list, who has read — scope-checked against the official named by --as, each
 * action audited by the core and as `admin.cli`; bad input gets a clear message.
 */
let t: TestDatabase;
let tree: Tree;
let config: Config;
let dataDir: string;
const who: Record<'binh' | 'lac' | 'hoa' | 'nam', PersonRef> = {} as never;
const HOUR = 3_600_000;
let clock = new Date(Date.now() - 6 * 24 * HOUR);
let lines: string[] = [];
let ctx: AdminContext;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  dataDir = await mkdtemp(join(tmpdir(), 'dlxh-admin-nw-'));
  config = testConfig({ QUIET_HOURS: '', DATA_DIR: dataDir });
  const consentAt = new Date(clock.getTime() - HOUR);
  who.binh = await addPerson(t.db, tree.commune, 'official', 'Cán bộ Bình', { consentAt });
  who.lac = await addPerson(t.db, tree.otherCommune, 'official', 'Cán bộ An Lạc', { consentAt });
  who.hoa = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Hoa', { consentAt });
  who.nam = await addPerson(t.db, tree.commune, 'collaborator', 'CTV Nam', { consentAt });
  ctx = { db: t.db, config, out: (l) => lines.push(l), now: () => clock };
});
afterAll(async () => t?.close());

const run = async (cmd: AdminCommand, args: string[]) => {
  lines = [];
  await cmd.run(args, ctx);
  return lines.join('\n');
};
const as = (p: PersonRef) => ['--as', p.id.slice(0, 8)];
const cliAudits = async (command: string) =>
  (await t.db.select().from(auditLog).where(eq(auditLog.action, 'admin.cli'))).filter((a) => (a.details as { command?: string }).command === command);

describe('admin meetings (issue 17 §1)', () => {
  let meetingId = '';
  const at = () => new Date(clock.getTime() + 2 * 24 * HOUR);
  const atText = () => {
    const d = new Intl.DateTimeFormat('sv-SE', { timeZone: config.TIMEZONE, dateStyle: 'short', timeStyle: 'short' }).format(at());
    return d.replace(',', '');
  };

  it('--help lists every subcommand; bad input is refused clearly', async () => {
    const help = await run(meetingsCommand, ['--help']);
    for (const sub of ['schedule', 'cancel', 'roster', 'attendance', 'conclude']) expect(help).toContain(`meetings ${sub}`);
    await expect(run(meetingsCommand, ['schedule', '--title', 'Giao ban', '--at', 'mai', '--place', 'Hội trường', ...as(who.binh)])).rejects.toThrow(
      /--at viết dạng/,
    );
    await expect(run(meetingsCommand, ['schedule', '--bogus', 'x'])).rejects.toThrow('tham số không hợp lệ --bogus');
    await expect(run(meetingsCommand, ['schedule', '--title', 'Giao ban', '--at', atText()])).rejects.toThrow('--place hoặc --link');
    await expect(run(meetingsCommand, ['schedule', '--title', 'Giao ban', '--at', atText(), '--place', 'Hội trường', '--as', 'ffffffff'])).rejects.toThrow(
      'không có cán bộ đang hoạt động mã "ffffffff"',
    );
    await expect(run(meetingsCommand, ['cancel', 'abc'])).rejects.toThrow('cần mã cuộc họp');
  });

  it('another commune’s official cannot invite this commune: refused and audited twice', async () => {
    const args = ['schedule', '--title', 'Giao ban tháng', '--at', atText(), '--place', 'Hội trường xã', '--unit', tree.codes.commune, ...as(who.lac)];
    await expect(run(meetingsCommand, args)).rejects.toThrow('ngoài phạm vi');
    expect((await cliAudits('meetings schedule')).map((a) => [a.actorId, a.outcome])).toEqual([[who.lac.id, 'refused']]);
    expect(await t.db.select().from(meetings)).toHaveLength(0);
  });

  it('the commune’s official schedules it; the invitation job invites the collaborators; the roster shows them', async () => {
    const out = await run(meetingsCommand, [
      'schedule',
      '--title',
      'Giao ban tháng 12',
      '--at',
      atText(),
      '--place',
      'Hội trường xã',
      '--agenda',
      'Tình hình dư luận',
      ...as(who.binh),
    ]);
    expect(out).toContain('mời 2 người');
    meetingId = /Mã cuộc họp: (\S+)/.exec(out)![1]!;
    const [m] = await t.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(m).toMatchObject({ authorId: who.binh.id, unitId: tree.commune, place: 'Hội trường xã', invited: 2 });
    expect(Math.abs(m!.startsAt.getTime() - at().getTime())).toBeLessThan(60_000);
    const created = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting.create'), eq(auditLog.targetId, meetingId)));
    expect(created.map((a) => a.actorId)).toEqual([who.binh.id]);
    expect((await cliAudits('meetings schedule')).filter((a) => a.outcome === 'ok').map((a) => a.targetId)).toEqual([meetingId]);

    await sendInvitations({ db: t.db, config, t: createI18n().t, now: () => clock }, meetingId);
    const roster = await run(meetingsCommand, ['roster', meetingId.slice(0, 8), ...as(who.binh)]);
    expect(roster).toContain('mời 2');
    expect(roster).toMatch(/CTV Hoa\tXã Tân Hòa\tchưa trả lời/);
    expect(await run(meetingsCommand, [tree.codes.commune])).toContain('Giao ban tháng 12');
  });

  it('cancels another meeting before it begins; a second cancel says so', async () => {
    const out = await run(meetingsCommand, [
      'schedule',
      '--title',
      'Giao ban bổ sung',
      '--at',
      atText(),
      '--link',
      'https://meet.example.vn/gb',
      ...as(who.binh),
    ]);
    const id = /Mã cuộc họp: (\S+)/.exec(out)![1]!;
    expect(await run(meetingsCommand, ['cancel', id, ...as(who.binh)])).toContain('Đã hủy cuộc họp');
    const [m] = await t.db.select().from(meetings).where(eq(meetings.id, id));
    expect(m!.status).toBe('cancelled');
    await expect(run(meetingsCommand, ['cancel', id, ...as(who.binh)])).rejects.toThrow('đã hủy trước đó');
    await expect(run(meetingsCommand, ['cancel', meetingId, ...as(who.lac)])).rejects.toThrow('không thuộc phạm vi');
  });

  it('records the attendance once it has taken place, then sends the conclusions once', async () => {
    await expect(run(meetingsCommand, ['attendance', meetingId, '--present', who.hoa.id.slice(0, 8), ...as(who.binh)])).rejects.toThrow('chưa diễn ra');
    clock = new Date(at().getTime() + 2 * HOUR);
    await expect(run(meetingsCommand, ['attendance', meetingId, '--present', 'deadbeef', ...as(who.binh)])).rejects.toThrow(
      'không có trong danh sách mời: deadbeef',
    );
    expect(await run(meetingsCommand, ['attendance', meetingId, '--present', who.hoa.id.slice(0, 8), ...as(who.binh)])).toContain('có mặt 1/2');
    const rows = await t.db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId));
    expect(Object.fromEntries(rows.map((r) => [r.personId, r.attended]))).toEqual({ [who.hoa.id]: true, [who.nam.id]: false });

    await expect(run(meetingsCommand, ['conclude', meetingId, ...as(who.binh)])).rejects.toThrow('--text');
    expect(await run(meetingsCommand, ['conclude', meetingId, '--text', 'Tăng cường nắm tình hình trước Tết.', ...as(who.binh)])).toContain(
      'Đã gửi kết luận tới 2 người',
    );
    const [m] = await t.db.select().from(meetings).where(eq(meetings.id, meetingId));
    const [b] = await t.db.select().from(broadcasts).where(eq(broadcasts.id, m!.conclusionsBroadcastId!));
    expect(b).toMatchObject({ title: 'Kết luận hội nghị giao ban: Giao ban tháng 12', requireAck: true, authorId: who.binh.id });
    await expect(run(meetingsCommand, ['conclude', meetingId, '--text', 'Lần hai', ...as(who.binh)])).rejects.toThrow('đã được gửi');
    for (const c of ['meetings attendance', 'meetings conclude'])
      expect((await cliAudits(c)).some((a) => a.outcome === 'ok' && a.targetId === meetingId)).toBe(true);
  });
});

describe('admin materials (issue 17 §1, §3)', () => {
  let noteId = '';

  it('publishes a note to the official’s unit, lists it with its read count, and shows who has read it', async () => {
    const out = await run(materialsCommand, [
      'add',
      '--topic',
      'Kỹ năng',
      '--title',
      'Năm bước nắm tình hình',
      '--note',
      '1. Nghe. 2. Ghi. 3. Báo cáo.',
      ...as(who.binh),
    ]);
    expect(out).toContain('Đã gửi tài liệu tới 2 cộng tác viên của Xã Tân Hòa');
    noteId = /Mã tài liệu: (\S+)/.exec(out)![1]!;
    expect((await t.db.select().from(auditLog).where(eq(auditLog.action, 'material.publish'))).map((a) => a.targetId)).toEqual([noteId]);
    expect((await cliAudits('materials add')).map((a) => [a.targetId, a.outcome])).toEqual([[noteId, 'ok']]);
    await t.db.transaction((tx) => markRead(tx, { id: who.hoa.id, role: 'collaborator', unitId: tree.commune }, noteId, clock));
    const listed = await run(materialsCommand, ['list', '--unit', tree.codes.commune]);
    expect(listed).toMatch(/Kỹ năng\tNăm bước nắm tình hình\tXã Tân Hòa\tđã đọc 1\/1/);
    expect(await run(materialsCommand, ['--unit', tree.codes.otherCommune])).toContain('Chưa có tài liệu nào.');
    const readers = await run(materialsCommand, ['readers', noteId.slice(0, 8), ...as(who.binh)]);
    expect(readers).toContain('Năm bước nắm tình hình: đã đọc 1/1');
    expect(readers).toContain('✓ CTV Hoa');
    await expect(run(materialsCommand, ['readers', noteId, ...as(who.lac)])).rejects.toThrow('ngoài phạm vi');
  });

  it('a file is kept once under FILES_DIR and the guidance carries its media id', async () => {
    const pdf = join(dataDir, 'so-tay.pdf');
    await writeFile(pdf, Buffer.from('%PDF-1.4\n% sổ tay cộng tác viên\n'));
    const out = await run(materialsCommand, [
      'add',
      '--topic',
      'Kỹ năng',
      '--title',
      'Sổ tay cộng tác viên',
      '--file',
      pdf,
      '--unit',
      tree.codes.commune,
      ...as(who.binh),
    ]);
    const id = /Mã tài liệu: (\S+)/.exec(out)![1]!;
    const [row] = await t.db
      .select()
      .from(media)
      .where(and(eq(media.ownerType, 'material'), eq(media.ownerId, id)));
    expect(row).toMatchObject({ status: 'stored', mimeType: 'application/pdf', fileName: 'so-tay.pdf', channel: 'admin' });
    expect(existsSync(join(dataDir, 'files', row!.storedPath!))).toBe(true);
    const [m] = await t.db.select().from(materials).where(eq(materials.id, id));
    const [b] = await t.db.select().from(broadcasts).where(eq(broadcasts.id, m!.broadcastId));
    expect(b!.attachment).toMatchObject({ kind: 'document', channel: 'admin', fileName: 'so-tay.pdf', mediaId: row!.id });
    expect(await run(materialsCommand, [])).toMatch(/Sổ tay cộng tác viên 📎/);
  });

  it('refuses bad input clearly and writes nothing', async () => {
    const before = (await t.db.select().from(materials)).length;
    const exe = join(dataDir, 'x.bin');
    await writeFile(exe, Buffer.from('MZ\x90\x00 not a document'));
    const base = ['add', '--topic', 'Kỹ năng', '--title', 'Thử', ...as(who.binh)];
    await expect(run(materialsCommand, [...base, '--file', exe])).rejects.toThrow('loại tệp không được nhận');
    await expect(run(materialsCommand, [...base, '--link', 'không phải đường dẫn'])).rejects.toThrow('Đường dẫn chưa đúng');
    await expect(run(materialsCommand, [...base, '--link', 'https://a.vn', '--note', 'x'])).rejects.toThrow('đúng một trong --file, --link, --note');
    await expect(run(materialsCommand, ['add', '--title', 'Thử', '--note', 'x'])).rejects.toThrow('cần --topic và --title');
    await expect(run(materialsCommand, [...base, '--note', 'x', '--unit', tree.codes.otherCommune])).rejects.toThrow('ngoài phạm vi');
    expect(await t.db.select().from(materials)).toHaveLength(before);
    expect((await run(materialsCommand, ['--help'])).split('\n').filter((l) => l.includes('materials '))).toHaveLength(3);
  });
});
