import { sql } from 'drizzle-orm';
import { rowsOf } from '../../../db/client.js';
import { formatDate } from '../../kernel/datetime.js';
import { para, type Block } from '../document.js';
import { definePart } from '../parts.js';
import { maskPii } from '../privacy.js';
import { percent } from '../prose.js';

/** IX.5 Giao ban meetings (issue 17 item 4) held in the span: attendance, excused absences, conclusions and their acknowledgement. */
interface MeetingHeld {
  title: string;
  date: string;
  unitName: string;
  invited: number;
  present: number;
  excused: number;
  /** The conclusions' guidance: recipients and acknowledgements; null when none were sent. */
  conclusions: { delivered: number; acked: number } | null;
}

type Row = {
  title: string;
  starts_at: string | Date;
  unit_id: string;
  invited: number;
  present: number;
  excused: number;
  broadcast_id: string | null;
  delivered: number;
  acked: number;
};

export const meetingsPart = definePart<MeetingHeld[]>({
  id: 'meetings',
  slot: 'work',
  order: 50,
  async collect(ctx) {
    if (ctx.unitIds.length === 0) return null;
    const ids = sql.join(
      ctx.unitIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    const rows = rowsOf<Row>(
      await ctx.db.execute(sql`
        select m.title, m.starts_at, m.unit_id, m.conclusions_broadcast_id as broadcast_id,
          (select count(*) from meeting_invitees i where i.meeting_id = m.id)::int as invited,
          (select count(*) from meeting_invitees i where i.meeting_id = m.id and coalesce(i.attended, i.checked_in_at is not null))::int as present,
          (select count(*) from meeting_invitees i where i.meeting_id = m.id and i.answer = 'absent'
             and not coalesce(i.attended, i.checked_in_at is not null))::int as excused,
          (select count(*) from sends s where s.broadcast_id = m.conclusions_broadcast_id)::int as delivered,
          (select count(*) from sends s where s.broadcast_id = m.conclusions_broadcast_id and s.state = 'acknowledged')::int as acked
        from meetings m
        where m.unit_id in (${ids}) and m.status = 'scheduled' and m.starts_at >= ${ctx.fromAt.toISOString()} and m.starts_at < ${ctx.toAt.toISOString()} and m.ends_at < now()
        order by m.starts_at, m.id`),
    );
    if (rows.length === 0) return null;
    return rows.map((r) => ({
      title: maskPii(r.title),
      date: formatDate(new Date(r.starts_at), ctx.timeZone),
      unitName: ctx.tree.effective(r.unit_id)?.name ?? ctx.tree.get(r.unit_id)?.name ?? '',
      invited: Number(r.invited),
      present: Number(r.present),
      excused: Number(r.excused),
      conclusions: r.broadcast_id ? { delivered: Number(r.delivered), acked: Number(r.acked) } : null,
    }));
  },
  render(list, ctx) {
    const invited = list.reduce((s, m) => s + m.invited, 0);
    const present = list.reduce((s, m) => s + m.present, 0);
    const blocks: Block[] = [para(ctx.t('syn-meetings-summary', { n: list.length, present, invited, rate: percent(present, invited) }))];
    list.forEach((m, i) => {
      const conclusions = m.conclusions
        ? ctx.t('syn-meeting-conclusions', { acked: m.conclusions.acked, delivered: m.conclusions.delivered })
        : ctx.t('syn-meeting-no-conclusions');
      blocks.push(
        para(
          ctx.t('syn-meeting', {
            n: i + 1,
            title: m.title,
            date: m.date,
            unit: m.unitName,
            present: m.present,
            invited: m.invited,
            rate: percent(m.present, m.invited),
            excused: m.excused,
            conclusions,
          }),
        ),
      );
    });
    return { title: ctx.t('syn-work-meetings'), blocks };
  },
});
