import { formatDateTime } from '../../core/kernel/datetime.js';
import { meetingsOfSubtree, type MeetingSummary } from '../../core/meetings/list.js';
import { findUnitByCode } from '../../core/people/units.js';
import { nowOf, UsageError, type AdminCommand, type AdminContext } from './context.js';
import { attendanceCommand, cancelMeetingCommand, concludeCommand, meetingRosterCommand, scheduleMeeting } from './meeting-actions.js';

const LIMIT = 20;

const USAGE = [
  'meetings [list] [mã đơn vị]',
  '  meetings schedule --title "<tên>" --at "2026-12-20 08:00" (--place "<địa điểm>" | --link <url>) [--unit <mã>] [--agenda "<nội dung>"] [--audience collaborators|all] [--as <mã cán bộ>]',
  '  meetings cancel <mã cuộc họp> [--as <mã cán bộ>]',
  '  meetings roster <mã cuộc họp> [--as <mã cán bộ>]',
  '  meetings attendance <mã cuộc họp> (--present <mã người,…> | --checked-in) [--as <mã cán bộ>]',
  '  meetings conclude <mã cuộc họp> (--text "<kết luận>" | --file <tệp .txt>) [--as <mã cán bộ>]',
].join('\n');

function line(m: MeetingSummary, timeZone: string, past: boolean): string {
  const where = [m.place, m.link].filter(Boolean).join(' — ');
  const figures = past
    ? `có mặt ${m.present}/${m.invited}${m.attendanceRecorded ? '' : ' (tự điểm danh)'}${m.conclusionsSent ? ', đã gửi kết luận' : ''}`
    : `mời ${m.invited}: tham dự ${m.attending}, vắng ${m.absent}, chưa trả lời ${Math.max(0, m.invited - m.attending - m.absent)}`;
  return `${formatDateTime(m.startsAt, timeZone)}\t${m.unitName}\t${m.title}\t${where}\t${figures}\t${m.id}`;
}

/** The giao ban meetings of a subtree (all units without a code), upcoming then past. */
async function list(args: string[], ctx: AdminContext): Promise<void> {
  const { db, config, out } = ctx;
  const unit = args[0] ? await findUnitByCode(db, args[0]) : null;
  if (args[0] && !unit) throw new UsageError('không có đơn vị mã này');
  const found = await meetingsOfSubtree(db, unit?.path ?? '', nowOf(ctx), LIMIT);
  if (found.upcoming.length + found.past.length === 0) return out('Chưa có hội nghị giao ban nào.');
  if (found.upcoming.length) out(`Sắp tới (${found.upcoming.length}):`);
  for (const m of found.upcoming) out(line(m, config.TIMEZONE, false));
  if (found.past.length) out(`Đã họp (${found.past.length} gần nhất):`);
  for (const m of found.past) out(line(m, config.TIMEZONE, true));
}

const SUBCOMMANDS: Record<string, (args: string[], ctx: AdminContext) => Promise<void>> = {
  list,
  schedule: scheduleMeeting,
  cancel: cancelMeetingCommand,
  roster: meetingRosterCommand,
  attendance: attendanceCommand,
  conclude: concludeCommand,
};

/** `npm run admin -- meetings …`: list, schedule, cancel, roster, attendance, conclusions (issue 17 item 4), as chat does them. */
export const meetingsCommand: AdminCommand = {
  usage: USAGE,
  summary: 'Hội nghị giao ban: liệt kê, lên lịch (giờ, địa điểm hoặc đường dẫn, đơn vị, đối tượng), hủy, danh sách mời, ghi điểm danh, gửi kết luận',
  async run(args, ctx) {
    if (args.includes('--help') || args.includes('-h')) return ctx.out(`Cách dùng: npm run admin -- ${USAGE}`);
    const sub = args[0] && SUBCOMMANDS[args[0]] ? args[0] : 'list';
    await SUBCOMMANDS[sub]!(sub === args[0] ? args.slice(1) : args, ctx);
  },
};
