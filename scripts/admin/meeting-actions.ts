import { readFile } from 'node:fs/promises';
import { broadcastSettings } from '../../core/broadcasts/broadcast.js';
import { formatDateTime } from '../../core/kernel/datetime.js';
import { createI18n } from '../../core/kernel/i18n.js';
import { zonedInstant } from '../../core/kernel/zoned-time.js';
import { meetingRoster, recordAttendance, sendConclusions } from '../../core/meetings/attendance.js';
import { cancelMeeting } from '../../core/meetings/cancel.js';
import { createMeeting, type CreateMeetingRefusal } from '../../core/meetings/meeting.js';
import { findUnitTyped } from '../../core/people/units.js';
import type { Actor } from '../../core/people/roster.js';
import type { Db, Executor } from '../../db/client.js';
import { auditCli, cliActor, idByPrefix, parseCli } from './cli-actor.js';
import { nowOf, UsageError, type AdminContext } from './context.js';

/**
 * The giao ban actions of the admin CLI (issue 17 item 4): schedule, cancel, the roster, the
 * attendance and the conclusions — chat's core functions (core/meetings), scope-checked against
 * the official named by --as, each audited by the core and as a CLI action.
 */
const { t } = createI18n();
const str = { type: 'string' } as const;

const CREATE_REFUSAL: Record<CreateMeetingRefusal | 'unknown_unit', string> = {
  invalid: 'thiếu hoặc sai: --title (3–200 ký tự), --place hoặc --link (http/https), --agenda tối đa 2.000 ký tự',
  bad_time: 'giờ họp phải sau bây giờ ít nhất 1 giờ và trong vòng 90 ngày',
  out_of_scope: 'đơn vị này nằm ngoài phạm vi của cán bộ --as',
  empty_audience: 'đơn vị này chưa có ai để mời',
  unknown_unit: 'không có đơn vị mã hoặc tên này',
};

/** "2026-12-20 08:00" or "08:00 20/12/2026", in the configured time zone. */
function parseLocalTime(raw: string, timeZone: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(raw.trim());
  const vn = /^(\d{1,2})[:h](\d{2}) (\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw.trim());
  const [y, mo, d, h, mi] = iso ? iso.slice(1).map(Number) : vn ? [vn[5], vn[4], vn[3], vn[1], vn[2]].map(Number) : [];
  if (y === undefined || !(mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= 31 && h! <= 23 && mi! <= 59)) return null;
  const at = zonedInstant({ year: y, month: mo!, day: d! }, h!, mi!, timeZone);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Runs `act` as the --as official in one transaction, with the CLI's audit line. */
async function asOfficial<R extends { ok: boolean; code?: string }>(
  db: Db,
  as: string | undefined,
  command: string,
  targetId: string | undefined,
  act: (tx: Executor, actor: Actor) => Promise<R>,
): Promise<R> {
  const actor = await cliActor(db, as);
  return db.transaction(async (tx) => {
    const r = await act(tx, actor);
    const id = targetId ?? ('meetingId' in r ? String(r.meetingId) : undefined);
    await auditCli(tx, actor, command, { type: 'meeting', id }, r.ok ? 'ok' : 'refused', r.ok ? {} : { code: r.code });
    return r;
  });
}

const refusal = (code: string) => new UsageError(t('vi', `meetings-x-${code}`));

export async function scheduleMeeting(args: string[], ctx: AdminContext): Promise<void> {
  const { db, config, out } = ctx;
  const { values: v } = parseCli(args, { title: str, at: str, place: str, link: str, agenda: str, unit: str, audience: str, as: str });
  if (!v.title || !v.at || (!v.place && !v.link)) throw new UsageError('cần --title, --at và --place hoặc --link');
  const startsAt = parseLocalTime(v.at, config.TIMEZONE);
  if (!startsAt) throw new UsageError('--at viết dạng "2026-12-20 08:00" hoặc "08:00 20/12/2026"');
  const audience = v.audience ?? 'collaborators';
  if (audience !== 'collaborators' && audience !== 'all') throw new UsageError('--audience là collaborators (cộng tác viên) hoặc all (cả cán bộ)');
  const unit = v.unit ? await findUnitTyped(db, v.unit) : null;
  if (v.unit && !unit) throw new UsageError(CREATE_REFUSAL.unknown_unit);
  const r = await asOfficial(db, v.as, 'meetings schedule', undefined, (tx, actor) => {
    const roles = audience === 'all' ? (['collaborator', 'official'] as const) : (['collaborator'] as const);
    const draft = {
      title: v.title,
      startsAt,
      place: v.place ?? null,
      link: v.link ?? null,
      agenda: v.agenda ?? '',
      unitId: unit?.id ?? actor.unitId,
      filters: { roles: [...roles] },
    };
    return createMeeting(tx, config, actor, draft, nowOf(ctx));
  });
  if (!r.ok) throw new UsageError(CREATE_REFUSAL[r.code]);
  out(
    `Đã lên lịch «${v.title}» lúc ${formatDateTime(startsAt, config.TIMEZONE)}: mời ${r.invited} người (giấy mời gửi sau giờ yên lặng, nhắc trước 1 ngày và 1 giờ).`,
  );
  out(`Mã cuộc họp: ${r.meetingId}`);
}

export async function cancelMeetingCommand(args: string[], ctx: AdminContext): Promise<void> {
  const { db, config, out } = ctx;
  const { values, positionals } = parseCli(args, { as: str });
  const id = await idByPrefix(db, 'meetings', positionals[0], 'cuộc họp');
  const r = await asOfficial(db, values.as, 'meetings cancel', id, (tx, actor) => cancelMeeting(tx, actor, id, t, config.TIMEZONE, nowOf(ctx)));
  if (!r.ok) throw refusal(r.code);
  out(`Đã hủy cuộc họp; báo cho ${r.told} người đã được mời.`);
}

export async function meetingRosterCommand(args: string[], { db, out }: AdminContext): Promise<void> {
  const { values, positionals } = parseCli(args, { as: str });
  const id = await idByPrefix(db, 'meetings', positionals[0], 'cuộc họp');
  const r = await db.transaction(async (tx) => meetingRoster(tx, await cliActor(tx, values.as), id));
  if (!r.ok) throw refusal(r.code);
  out(`«${r.meeting.title}» — mời ${r.roster.length}`);
  const answer = { attend: 'tham dự', absent: 'vắng', none: 'chưa trả lời' } as const;
  for (const p of r.roster) {
    const came = p.attended === null ? (p.checkedIn ? 'tự điểm danh' : '') : p.attended ? 'có mặt' : 'không có mặt';
    out([p.personId.slice(0, 8), p.name, p.unitName, answer[p.answer ?? 'none'] + (p.reason ? ` (${p.reason})` : ''), came].join('\t'));
  }
}

export async function attendanceCommand(args: string[], ctx: AdminContext): Promise<void> {
  const { db, out } = ctx;
  const { values, positionals } = parseCli(args, { present: str, 'checked-in': { type: 'boolean' }, as: str });
  const id = await idByPrefix(db, 'meetings', positionals[0], 'cuộc họp');
  if ((values.present === undefined) === !values['checked-in']) throw new UsageError('cần --present <mã,mã,…> (mã người như lệnh roster in) hoặc --checked-in');
  const r = await asOfficial(db, values.as, 'meetings attendance', id, async (tx, actor) => {
    const roster = await meetingRoster(tx, actor, id);
    if (!roster.ok) return roster;
    const wanted = (values.present ?? '')
      .split(',')
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean);
    const unknown = wanted.filter((w) => !roster.roster.some((p) => p.personId.startsWith(w)));
    if (unknown.length) throw new UsageError(`không có trong danh sách mời: ${unknown.join(', ')}`);
    const present = values['checked-in'] ? roster.roster.filter((p) => p.checkedIn) : roster.roster.filter((p) => wanted.some((w) => p.personId.startsWith(w)));
    return recordAttendance(
      tx,
      actor,
      id,
      present.map((p) => p.personId),
      nowOf(ctx),
    );
  });
  if (!r.ok) throw refusal(r.code);
  out(`Đã ghi điểm danh: có mặt ${r.present}/${r.invited}${r.corrected ? `, sửa ${r.corrected} so với tự điểm danh` : ''}.`);
}

export async function concludeCommand(args: string[], ctx: AdminContext): Promise<void> {
  const { db, config, out } = ctx;
  const { values, positionals } = parseCli(args, { text: str, file: str, as: str });
  const id = await idByPrefix(db, 'meetings', positionals[0], 'cuộc họp');
  if ((values.text === undefined) === (values.file === undefined)) throw new UsageError('cần --text "<kết luận>" hoặc --file <tệp .txt>');
  const body = (values.text ?? (await readFile(values.file!, 'utf8'))).trim();
  const settings = broadcastSettings(config);
  const r = await asOfficial(db, values.as, 'meetings conclude', id, (tx, actor) => sendConclusions(tx, actor, id, body, settings, t, 'vi', nowOf(ctx)));
  if (!r.ok) throw refusal(r.code);
  out(
    r.status === 'awaiting_approval'
      ? `Kết luận gửi tới ${r.audience} người, chờ một cán bộ khác phê duyệt.`
      : `Đã gửi kết luận tới ${r.audience} người, đề nghị xác nhận «Đã nhận».`,
  );
}
