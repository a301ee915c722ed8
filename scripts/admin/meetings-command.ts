import { formatDateTime } from '../../core/kernel/datetime.js';
import { meetingsOfSubtree, type MeetingSummary } from '../../core/meetings/list.js';
import { findUnitByCode } from '../../core/people/units.js';
import { UsageError, type AdminCommand } from './context.js';

const LIMIT = 20;

function line(m: MeetingSummary, timeZone: string, past: boolean): string {
  const where = [m.place, m.link].filter(Boolean).join(' — ');
  const figures = past
    ? `có mặt ${m.present}/${m.invited}${m.attendanceRecorded ? '' : ' (tự điểm danh)'}${m.conclusionsSent ? ', đã gửi kết luận' : ''}`
    : `mời ${m.invited}: tham dự ${m.attending}, vắng ${m.absent}, chưa trả lời ${Math.max(0, m.invited - m.attending - m.absent)}`;
  return `${formatDateTime(m.startsAt, timeZone)}\t${m.unitName}\t${m.title}\t${where}\t${figures}\t${m.id}`;
}

/** `meetings [unit code]`: the giao ban meetings of a subtree (all units without a code), upcoming then past. */
export const meetingsCommand: AdminCommand = {
  usage: 'meetings [mã đơn vị]',
  summary: 'Các hội nghị giao ban của một đơn vị và cấp dưới (không ghi mã: tất cả): sắp tới với số trả lời, đã họp với số có mặt',
  async run(args, { db, config, out }) {
    const unit = args[0] ? await findUnitByCode(db, args[0]) : null;
    if (args[0] && !unit) throw new UsageError('không có đơn vị mã này');
    const list = await meetingsOfSubtree(db, unit?.path ?? '', new Date(), LIMIT);
    if (list.upcoming.length + list.past.length === 0) {
      out('Chưa có hội nghị giao ban nào.');
      return;
    }
    if (list.upcoming.length) out(`Sắp tới (${list.upcoming.length}):`);
    for (const m of list.upcoming) out(line(m, config.TIMEZONE, false));
    if (list.past.length) out(`Đã họp (${list.past.length} gần nhất):`);
    for (const m of list.past) out(line(m, config.TIMEZONE, true));
  },
};
