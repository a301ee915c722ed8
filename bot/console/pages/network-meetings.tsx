import type { MeetingSummary } from '../../../core/meetings/list.js';
import { fmtTime, type PageCtx } from '../page-context.js';
import { StackTable } from './stack-table.js';

/** Giao ban (issue 17 item 4): the subtree's meetings ahead with the answers, and the latest held with the attendance. */
export function MeetingsSection(props: { ctx: PageCtx; list: { upcoming: MeetingSummary[]; past: MeetingSummary[] } }) {
  const { ctx, list } = props;
  const t = ctx.t;
  const rows = [...list.upcoming.map((m) => ({ m, past: false })), ...list.past.map((m) => ({ m, past: true }))];
  return (
    <>
      <h2>{t('meetings-console-title')}</h2>
      {rows.length === 0 ? (
        <p>{t('meetings-console-empty')}</p>
      ) : (
        <StackTable
          label={t('meetings-console-title')}
          rows={rows}
          cols={[
            { head: t('meetings-console-when'), cell: ({ m }) => fmtTime(m.startsAt, ctx.timeZone) },
            {
              head: t('meetings-console-meeting'),
              rowHead: true,
              cell: ({ m }) => (
                <>
                  {m.title}
                  <br />
                  <small>
                    {m.unitName} — {[m.place, m.link].filter(Boolean).join(' — ')}
                  </small>
                </>
              ),
            },
            { head: t('meetings-console-invited'), cell: ({ m }) => m.invited },
            { head: t('meetings-console-answers'), cell: ({ m }) => t('meetings-console-answer-counts', { attending: m.attending, absent: m.absent }) },
            {
              head: t('meetings-console-present'),
              cell: ({ m, past }) =>
                past ? t(m.attendanceRecorded ? 'meetings-console-recorded' : 'meetings-console-checked', { present: m.present, invited: m.invited }) : '—',
            },
            { head: t('meetings-console-conclusions'), cell: ({ m }) => (m.conclusionsSent ? t('meetings-console-sent') : '—') },
          ]}
        />
      )}
    </>
  );
}
