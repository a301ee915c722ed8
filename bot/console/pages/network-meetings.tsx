import type { MeetingSummary } from '../../../core/meetings/list.js';
import { TableWrap } from '../layout.js';
import { fmtTime, type PageCtx } from '../page-context.js';
import { HeadRow } from '../widgets.js';

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
        <TableWrap label={t('meetings-console-title')}>
          <table>
            <HeadRow
              cols={[
                t('meetings-console-when'),
                t('meetings-console-meeting'),
                t('meetings-console-invited'),
                t('meetings-console-answers'),
                t('meetings-console-present'),
                t('meetings-console-conclusions'),
              ]}
            />
            <tbody>
              {rows.map(({ m, past }) => (
                <tr>
                  <td>{fmtTime(m.startsAt, ctx.timeZone)}</td>
                  <th scope="row">
                    {m.title}
                    <br />
                    <small>
                      {m.unitName} — {[m.place, m.link].filter(Boolean).join(' — ')}
                    </small>
                  </th>
                  <td>{m.invited}</td>
                  <td>{t('meetings-console-answer-counts', { attending: m.attending, absent: m.absent })}</td>
                  <td>
                    {past
                      ? t(m.attendanceRecorded ? 'meetings-console-recorded' : 'meetings-console-checked', { present: m.present, invited: m.invited })
                      : '—'}
                  </td>
                  <td>{m.conclusionsSent ? t('meetings-console-sent') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
