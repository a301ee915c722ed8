import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createI18n } from '../../core/kernel/i18n.js';
import { localTime } from '../../core/kernel/zoned-time.js';
import { snapshotBatch } from '../../core/broadcasts/fanout.js';
import { sendInvitations, remindMeeting, type MeetingEnv } from '../../core/meetings/delivery.js';
import { MEETING_INVITE_JOB, MEETING_REMIND_JOB } from '../../core/meetings/jobs.js';
import { createMeeting } from '../../core/meetings/meeting.js';
import { scorecardOf } from '../../core/network/scorecard.js';
import { defaultsFromConfig } from '../../core/people/unit-tree.js';
import { periodOf } from '../../core/reports/draft.js';
import { collectSynthesis } from '../../core/synthesis/collect.js';
import { buildModel } from '../../core/synthesis/model.js';
import { collectParts } from '../../core/synthesis/parts.js';
import { meetingsPart } from '../../core/synthesis/parts/meetings.js';
import { SYNTHESIS_PARTS } from '../../core/synthesis/parts/index.js';
import { createWriteContext } from '../../core/synthesis/prose.js';
import { spanOf } from '../../core/synthesis/span.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLog, broadcasts, meetingInvitees, meetings, outbox, sends, synthesisRuns, units } from '../../db/schema/index.js';
import { jobDefinitions } from '../../workers/jobs/index.js';
import type { ChatUser, SeenMessage } from '../helpers/chat-driver.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seedTree, type PersonRef, type Tree } from '../../testkit/seed.js';
import { testConfig } from '../helpers/config.js';
import { loopWorld, member, type LoopWorld } from './loop-fixtures.js';
import { consoleApp, login } from './console-fixtures.js';
import { meetingsCommand } from '../../scripts/admin/meetings-command.js';

/**
 * Issue 17 item 4, a giao ban meeting from invitation to attendance through the real intake: the
 * commune's official schedules it in chat; the invitation reaches the commune's collaborators
 * (nobody else) with Tham dự / Vắng; one answers «Tham dự», the other «Vắng» with a typed reason;
 * the reminders go to who is not excused, the hour's with «Điểm danh»; the attendee checks in
 * during the meeting window; the official records the attendance (a correction) and sends the
 * conclusions as guidance with acknowledgement; the scorecard and the synthesis show it. The
 * clock is a week back, so the meeting has really taken place when the synthesis reads it.
 */
let t: TestDatabase;
let tree: Tree;
let world: LoopWorld;
const who: Record<string, PersonRef> = {};
const config = testConfig({ QUIET_HOURS: '' });
const { t: tr } = createI18n();
const HOUR = 3_600_000;
let clock = new Date(Date.now() - 6 * 24 * HOUR);
let env: MeetingEnv;

beforeAll(async () => {
  t = await createTestDatabase();
  tree = await seedTree(t.db);
  who.hoa = await member(t.db, tree.commune, 'collaborator', 'CTV Hoa');
  who.nam = await member(t.db, tree.commune, 'collaborator', 'CTV Nam');
  who.binh = await member(t.db, tree.commune, 'official', 'Cán bộ Bình');
  who.an = await member(t.db, tree.otherCommune, 'collaborator', 'CTV An Lạc');
  who.lac = await member(t.db, tree.otherCommune, 'official', 'Cán bộ An Lạc');
  world = loopWorld(t.db, config, () => clock);
  env = { db: t.db, config, t: tr, now: () => clock };
});
afterAll(async () => {
  await t?.close();
});

const press = (u: ChatUser, seen: SeenMessage[], label: string | RegExp) => {
  const c = seen.flatMap((m) => m.choices).find((x) => (typeof label === 'string' ? x.label === label : label.test(x.label)));
  if (!c) throw new Error(`no button ${String(label)} in: ${seen.map((m) => `${m.text} [${m.choices.map((x) => x.label).join(', ')}]`).join(' | ')}`);
  return u.press(c.data);
};
const all = (seen: SeenMessage[]) => seen.map((m) => m.text).join('\n');

describe('a giao ban meeting, from invitation to attendance (issue 17 item 4)', () => {
  let meetingId = '';
  let startsAt = new Date();

  it('the official schedules it in chat; it is audited and its three jobs are written', async () => {
    const day = localTime(new Date(clock.getTime() + 3 * 24 * HOUR), config.TIMEZONE);
    const binh = world.user(who.binh!);
    let seen = await binh.send('/giaoban');
    expect(all(seen)).toContain('Chưa có cuộc giao ban nào');
    seen = await press(binh, seen, '➕ Lên lịch giao ban');
    expect(seen.at(-1)!.text).toContain('Tên cuộc họp');
    seen = await binh.send('Giao ban cộng tác viên tháng 12');
    seen = await binh.send('ngày mai nhé'); // not a time
    expect(all(seen)).toContain('Chưa đọc được thời gian');
    seen = await binh.send(`8:00 ${day.day}/${day.month}/${day.year}`);
    expect(seen.at(-1)!.text).toContain('Địa điểm');
    seen = await binh.send('Hội trường UBND xã, https://meet.google.com/abc-defg-hij');
    // No synthesis yet: said so, and the agenda is asked again.
    seen = await press(binh, seen, /điểm nổi bật/);
    expect(all(seen)).toContain('Chưa có bản tổng hợp');
    seen = await binh.send('1. Tình hình dư luận về giá điện\n2. Triển khai báo cáo tháng 12');
    seen = await press(binh, seen, /^Toàn /);
    seen = await press(binh, seen, 'Chỉ cộng tác viên');
    expect(seen.at(-1)!.text).toContain('Mời: Xã Tân Hòa (2 người)');
    expect(seen.at(-1)!.text).toContain('Hội trường UBND xã — https://meet.google.com/abc-defg-hij');
    seen = await press(binh, seen, 'Gửi giấy mời');
    expect(seen.at(-1)!.text).toContain('Giấy mời sẽ gửi tới 2 người');

    const [m] = await t.db.select().from(meetings).where(eq(meetings.authorId, who.binh!.id));
    expect(m).toMatchObject({
      title: 'Giao ban cộng tác viên tháng 12',
      unitId: tree.commune,
      place: 'Hội trường UBND xã',
      link: 'https://meet.google.com/abc-defg-hij',
    });
    expect(m!.agenda).toContain('Triển khai báo cáo tháng 12');
    expect(localTime(m!.startsAt, config.TIMEZONE)).toMatchObject({ day: day.day, month: day.month, hour: 8, minute: 0 });
    meetingId = m!.id;
    startsAt = m!.startsAt;
    const jobs = (await t.db.select().from(outbox)).filter((j) => (j.payload as { meetingId?: string }).meetingId === meetingId);
    expect(jobs.map((j) => j.name).sort()).toEqual([MEETING_INVITE_JOB, MEETING_REMIND_JOB, MEETING_REMIND_JOB]);
    expect(
      jobs
        .filter((j) => j.name === MEETING_REMIND_JOB)
        .map((j) => startsAt.getTime() - j.runAt.getTime())
        .sort((a, b) => a - b),
    ).toEqual([HOUR, 24 * HOUR]);
    expect(jobDefinitions.filter((d) => d.name === MEETING_INVITE_JOB || d.name === MEETING_REMIND_JOB)).toHaveLength(2);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting.create'), eq(auditLog.targetId, meetingId)));
    expect(audits).toMatchObject([{ outcome: 'ok', actorId: who.binh!.id }]);
  });

  it('the invitation reaches the commune’s collaborators once, with Tham dự / Vắng; nobody else', async () => {
    expect(await sendInvitations(env, meetingId)).toEqual({ queued: 2 });
    expect(await sendInvitations(env, meetingId)).toEqual({ queued: 0 }); // a re-run sends nothing twice
    const [card] = await world.inbox(who.hoa!, `meeting-${meetingId}`);
    expect(card!.text).toContain('GIẤY MỜI HỘI NGHỊ GIAO BAN');
    expect(card!.text).toContain('Họp trực tuyến: https://meet.google.com/abc-defg-hij');
    expect(card!.text).toContain('1. Tình hình dư luận về giá điện');
    expect(card!.choices.map((c) => c.label)).toEqual(['✅ Tham dự', 'Vắng (báo lý do)']);
    expect(await world.inbox(who.an!, 'meeting-')).toEqual([]);
    expect(await world.inbox(who.binh!, 'meeting-')).toEqual([]);
  });

  it('one answers Tham dự, the other Vắng with a typed reason; the list counts them', async () => {
    const [hoaCard] = await world.inbox(who.hoa!, `meeting-${meetingId}`);
    const hoa = world.user(who.hoa!);
    expect(all(await press(hoa, [hoaCard!], '✅ Tham dự'))).toContain('Đã ghi nhận đồng chí tham dự');
    // Nam answers as on a channel without buttons (Zalo Bot): /giaoban, then the number of «Vắng».
    const [namCard] = await world.inbox(who.nam!, `meeting-${meetingId}`);
    expect(namCard!.text).toContain('gõ /giaoban');
    const nam = world.user(who.nam!);
    const mine = await nam.send('/giaoban');
    expect(all(mine)).toContain('Chưa trả lời');
    expect(mine.at(-1)!.text).toContain('Trả lời cho cuộc «Giao ban cộng tác viên tháng 12»:');
    expect(mine.at(-1)!.choices.map((c) => c.label)).toEqual(['✅ Tham dự', 'Vắng (báo lý do)']);
    expect((await nam.send('2')).at(-1)!.text).toContain('lý do gì');
    expect(all(await nam.send('Đi công tác huyện'))).toContain('vắng mặt');
    const rows = await t.db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId));
    expect(rows.find((r) => r.personId === who.hoa!.id)).toMatchObject({ answer: 'attend', reason: null });
    expect(rows.find((r) => r.personId === who.nam!.id)).toMatchObject({ answer: 'absent', reason: 'Đi công tác huyện' });
    // A stranger's tap on the button records nothing.
    expect(all(await world.user(who.an!).press(`gb:${meetingId}:y`))).toContain('không mời đồng chí');

    const list = all(await world.user(who.binh!).send('/giaoban'));
    expect(list).toContain('Mời 2: đã trả lời 2 (tham dự 1, vắng 1), chưa trả lời 0');
    expect(all(await hoa.send('/giaoban'))).toContain('Đã báo tham dự');
    expect(all(await world.user(who.lac!).send('/giaoban'))).toContain('Chưa có cuộc giao ban nào');
  });

  it('reminders go to who is not excused; the hour’s carries «Điểm danh», which opens with the meeting window', async () => {
    clock = new Date(startsAt.getTime() - 24 * HOUR);
    expect(await remindMeeting(env, meetingId, 'day')).toEqual({ queued: 1 });
    expect(await world.inbox(who.nam!, `meeting-${meetingId}-day`)).toEqual([]);
    const [day] = await world.inbox(who.hoa!, `meeting-${meetingId}-day`);
    expect(day!.text).toContain('ngày mai họp giao ban');
    expect(day!.choices).toEqual([]); // already answered
    clock = new Date(startsAt.getTime() - HOUR);
    expect(await remindMeeting(env, meetingId, 'hour')).toEqual({ queued: 1 });
    const [hour] = await world.inbox(who.hoa!, `meeting-${meetingId}-hour`);
    expect(hour!.choices).toEqual([{ label: '🙋 Điểm danh', data: `gb:${meetingId}:c` }]);
    const hoa = world.user(who.hoa!);
    expect(all(await press(hoa, [hour!], '🙋 Điểm danh'))).toContain('Chưa đến giờ điểm danh');
    clock = new Date(startsAt.getTime() + 10 * 60_000);
    expect(all(await press(hoa, [hour!], '🙋 Điểm danh'))).toContain('Đã điểm danh');
    expect(all(await hoa.send('/diemdanh'))).toContain('đã điểm danh «Giao ban cộng tác viên tháng 12» rồi');
    // A reminder job that fires late (after the start) sends nothing.
    expect(await remindMeeting(env, meetingId, 'hour')).toBe('started');
  });

  it('after the meeting the official records the attendance, correcting a check-in; an official elsewhere cannot', async () => {
    clock = new Date(startsAt.getTime() + 4 * HOUR);
    const lac = world.user(who.lac!);
    expect(all(await lac.send(`/giaoban_diemdanh ${meetingId}`))).toContain('không thuộc phạm vi phụ trách');
    const refused = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting.view'), eq(auditLog.actorId, who.lac!.id)));
    expect(refused).toMatchObject([{ outcome: 'refused' }]);

    const binh = world.user(who.binh!);
    const list = await binh.send('/giaoban');
    expect(all(list)).toContain('Tự điểm danh 1/2');
    let seen = await press(binh, list, /Điểm danh cuộc 1/);
    const roster = seen.at(-1)!.text;
    expect(roster).toContain('có mặt 1/2');
    expect(roster).toMatch(/1\. ✅ CTV Hoa \(Xã Tân Hòa\) — đã tự điểm danh/);
    expect(roster).toMatch(/2\. ❌ CTV Nam \(Xã Tân Hòa\) — báo vắng: Đi công tác huyện/);
    expect(all(await binh.send('7'))).toContain('từ 1 đến 2');
    seen = await binh.send('2'); // Nam came after all, without checking in
    expect(seen.at(-1)!.text).toContain('2. ✅ CTV Nam');
    seen = await press(binh, seen, '💾 Lưu điểm danh');
    expect(all(seen)).toContain('có mặt 2/2 người (1 người điều chỉnh');
    const rows = await t.db.select().from(meetingInvitees).where(eq(meetingInvitees.meetingId, meetingId));
    expect(rows.every((r) => r.attended === true)).toBe(true);
    const [entry] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'meeting.attendance'), eq(auditLog.targetId, meetingId)));
    expect(entry).toMatchObject({ outcome: 'ok', actorId: who.binh!.id, details: { present: 2, invited: 2, corrected: 1 } });

    // The conclusions, straight from the attendance's answer.
    seen = await press(binh, seen, '📝 Gửi kết luận');
    expect(seen.at(-1)!.text).toContain('Nhập kết luận');
    seen = await binh.send('Các cộng tác viên nắm chắc dư luận về giá điện, báo cáo trước ngày 20/12.');
    seen = await press(binh, seen, 'Gửi kết luận');
    expect(seen.at(-1)!.text).toContain('Đã gửi kết luận tới 2 người');
  });

  it('the conclusions go out as guidance with acknowledgement, on the broadcast path, once', async () => {
    const [m] = await t.db.select().from(meetings).where(eq(meetings.id, meetingId));
    const [b] = await t.db.select().from(broadcasts).where(eq(broadcasts.id, m!.conclusionsBroadcastId!));
    expect(b).toMatchObject({
      requireAck: true,
      unitId: tree.commune,
      status: 'sending',
      title: 'Kết luận hội nghị giao ban: Giao ban cộng tác viên tháng 12',
    });
    expect(b!.body).toContain('báo cáo trước ngày 20/12');
    // The fan-out snapshots the meeting's audience; the send lane would mark each delivery sent.
    const batch = await snapshotBatch(
      t.db,
      { id: b!.id, unitPath: (await t.db.select().from(units).where(eq(units.id, tree.commune)))[0]!.path, filters: b!.filters as object },
      null,
      100,
    );
    expect(batch.queued).toHaveLength(2);
    await t.db.update(sends).set({ state: 'sent' }).where(eq(sends.broadcastId, b!.id));
    expect(all(await world.user(who.hoa!).send('/danhan'))).toContain('đã xác nhận nhận định hướng «Kết luận hội nghị giao ban');
    const states = await t.db.select({ personId: sends.personId, state: sends.state }).from(sends).where(eq(sends.broadcastId, b!.id));
    expect(states.find((s) => s.personId === who.hoa!.id)!.state).toBe('acknowledged');
    // A second «Gửi kết luận» is refused.
    expect(all(await world.user(who.binh!).send(`/giaoban_ketluan ${meetingId}`))).toContain('đã được gửi');
    const list = all(await world.user(who.binh!).send('/giaoban'));
    expect(list).toContain('Có mặt 2/2 (đã ghi điểm danh)');
    expect(list).toContain('Đã gửi kết luận');
  });

  it('the scorecard shows «Dự giao ban 1/1», in chat too', async () => {
    const s = await scorecardOf(t.db, defaultsFromConfig(config), who.hoa!.id, clock, config.TIMEZONE, config.INACTIVE_PERIODS);
    expect(s).toMatchObject({ meetingsInvited: 1, meetingsAttended: 1 });
    const card = all(await world.user(who.binh!).press(`nw:c:${who.hoa!.id}`));
    expect(card).toContain('Dự giao ban: 1/1 cuộc');
  });

  it('the synthesis of the commune reports the meeting in section IX', async () => {
    expect(SYNTHESIS_PARTS).toContain(meetingsPart);
    const [unit] = await t.db.select().from(units).where(eq(units.id, tree.commune));
    const scope = { unitId: unit!.id, code: unit!.code, name: unit!.name, path: unit!.path };
    const c = await collectSynthesis(
      t.db,
      { timeZone: config.TIMEZONE, defaults: defaultsFromConfig(config), locale: 'vi' },
      scope,
      spanOf(periodOf(startsAt)),
      clock,
    );
    const [part] = await collectParts([meetingsPart], { db: t.db, ...c, timeZone: config.TIMEZONE, locale: 'vi' });
    const out = part!.part.render(part!.data, createWriteContext(tr, 'vi', buildModel(c.input), null));
    expect(out.title).toBe('Hội nghị giao ban với cộng tác viên');
    const text = out.blocks.map((b) => (b.kind === 'para' ? b.runs.map((r) => r.text).join('') : '')).join('\n');
    expect(text).toContain('đã tổ chức 1 hội nghị giao ban');
    expect(text).toContain('“Giao ban cộng tác viên tháng 12”');
    expect(text).toContain('có mặt 2/2 người (100%), 0 người vắng có báo lý do'); // Nam's absence was corrected
    expect(text).toContain('1/2 người xác nhận đã nhận');
  });

  it('the admin CLI lists it, and the console Mạng lưới page shows it to the officials of the subtree only', async () => {
    const lines: string[] = [];
    await meetingsCommand.run([tree.codes.commune], { db: t.db, config, out: (l) => lines.push(l) });
    expect(lines.join('\n')).toContain('Đã họp (1 gần nhất):');
    expect(lines.join('\n')).toMatch(/Xã Tân Hòa\tGiao ban cộng tác viên tháng 12\t.*có mặt 2\/2, đã gửi kết luận/);
    lines.length = 0;
    await meetingsCommand.run([tree.codes.otherCommune], { db: t.db, config, out: (l) => lines.push(l) });
    expect(lines).toEqual(['Chưa có hội nghị giao ban nào.']);
    await expect(meetingsCommand.run(['KHONG-CO'], { db: t.db, config, out: () => undefined })).rejects.toThrow('không có đơn vị');

    const c = consoleApp(t.db, config);
    const page = await (await c.request('/network', { cookie: (await login(t.db, c, who.binh!.id)).cookie })).text();
    expect(page).toContain('Hội nghị giao ban');
    expect(page).toContain('Giao ban cộng tác viên tháng 12');
    expect(page).toMatch(/<td data-label="[^"]+">tham dự 1, vắng 1<\/td><td data-label="[^"]+">2\/2<\/td><td data-label="[^"]+">đã gửi<\/td>/); // the answers as given, the attendance as recorded
    const other = await (await c.request('/network', { cookie: (await login(t.db, c, who.lac!.id)).cookie })).text();
    expect(other).not.toContain('Giao ban cộng tác viên tháng 12');
    expect(other).toContain('Chưa có hội nghị giao ban nào trong phạm vi này.');
  });

  it('the agenda can take the highlights of the subtree’s latest synthesis; an official elsewhere gets none', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'syn-'));
    const file = join(dir, 'tong-hop.md');
    await writeFile(file, '# BÁO CÁO\n### I. TÌNH HÌNH TƯ TƯỞNG CHUNG\n\nTình hình **cơ bản ổn định**.[^1]\n### II. DƯ LUẬN\n##### a) Giá điện tăng\n');
    await t.db.insert(synthesisRuns).values({ unitId: tree.commune, period: '2026-11', status: 'done', markdownPath: file, finishedAt: clock });
    const upTo = async (u: ChatUser) => {
      await u.send('/giaoban_moi');
      await u.send('Giao ban tháng 1');
      const day = localTime(new Date(clock.getTime() + 5 * 24 * HOUR), config.TIMEZONE);
      await u.send(`14:00 ${day.day}/${day.month}/${day.year}`);
      const seen = await u.send('Nhà văn hóa xã');
      return press(u, seen, /điểm nổi bật/);
    };
    const binh = world.user(who.binh!);
    const seen = await upTo(binh);
    expect(all(seen)).toContain('Điểm nổi bật của bản tổng hợp kỳ 2026-11:\nTình hình cơ bản ổn định.\n– Giá điện tăng');
    expect((await press(binh, seen, 'Xong')).at(-1)!.text).toContain('Mời đơn vị nào?');
    await binh.send('/huy xacnhan');
    const lac = world.user(who.lac!);
    expect(all(await upTo(lac))).toContain('Chưa có bản tổng hợp nào');
    await lac.send('/huy xacnhan');
  });

  it('a meeting not begun can be cancelled from the list: invitees told, reminders and answers stop; an official elsewhere cannot', async () => {
    const made = await t.db.transaction((tx) =>
      createMeeting(
        tx,
        config,
        { id: who.binh!.id, unitId: tree.commune },
        {
          title: 'Giao ban đột xuất',
          startsAt: new Date(clock.getTime() + 2 * 24 * HOUR),
          place: 'Hội trường UBND xã',
          link: null,
          agenda: '',
          unitId: tree.commune,
          filters: {},
        },
        clock,
      ),
    );
    if (!made.ok) throw new Error(made.code);
    const id = made.meetingId;
    expect(await sendInvitations(env, id)).toEqual({ queued: 2 });
    // Refused at once: an official elsewhere is not asked to confirm a meeting they cannot cancel.
    expect(all(await world.user(who.lac!).send(`/giaoban_huy ${id}`))).toContain('không thuộc phạm vi phụ trách');
    const binh = world.user(who.binh!);
    let seen = await binh.send('/giaoban');
    expect(all(seen)).toContain('«Giao ban đột xuất»');
    seen = await press(binh, seen, '✖ Hủy cuộc 1');
    expect(seen.at(-1)!.text).toContain('Hủy cuộc họp «Giao ban đột xuất» lúc');
    seen = await press(binh, seen, 'Hủy cuộc họp');
    expect(all(seen)).toContain('đã báo 2 người được mời');
    const [notice] = await world.inbox(who.hoa!, `meeting-${id}-cancel`);
    expect(notice!.text).toContain('THÔNG BÁO HỦY: hội nghị giao ban «Giao ban đột xuất»');
    expect(await remindMeeting(env, id, 'day')).toBe('cancelled');
    expect(all(await world.user(who.hoa!).press(`gb:${id}:y`))).toContain('đã hủy');
    expect(all(await binh.send(`/giaoban_huy ${id}`).then(() => binh.send('1')))).toContain('đã hủy trước đó');
    expect(all(await binh.send('/giaoban'))).not.toContain('Giao ban đột xuất');
    const audits = await t.db
      .select({ outcome: auditLog.outcome, actorId: auditLog.actorId, targetId: auditLog.targetId })
      .from(auditLog)
      .where(eq(auditLog.action, 'meeting.cancel'));
    // A refusal names the unit the official reached for; the cancellation names the meeting.
    expect(audits).toEqual([
      { outcome: 'refused', actorId: who.lac!.id, targetId: tree.commune },
      { outcome: 'ok', actorId: who.binh!.id, targetId: id },
    ]);
  });

  it('a day and month typed without a year that has passed this year is next year’s (15/1 typed in December)', async () => {
    const december = loopWorld(t.db, config, () => new Date('2026-12-20T03:00:00Z'));
    const binh = december.user(who.binh!);
    await binh.send('/giaoban_moi');
    await binh.send('Giao ban đầu năm');
    await binh.send('8:00 15/1');
    let seen = await binh.send('Hội trường UBND xã');
    seen = await press(binh, seen, 'Không ghi chương trình');
    seen = await press(binh, seen, /^Toàn /);
    seen = await press(binh, seen, 'Chỉ cộng tác viên');
    expect(seen.at(-1)!.text).toContain('Thời gian: 08:00 15/01/2027');
    expect(all(await press(binh, seen, 'Hủy'))).toContain('chưa gửi giấy mời');
  });
});
