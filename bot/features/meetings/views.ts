import type { AnswerResult, CheckInResult } from '../../../core/meetings/answers.js';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import type { Invitation, MeetingSummary } from '../../../core/meetings/list.js';

import type { FlowContext, Reply, ReplyChoice } from '../../engine/types.js';
import { answerData } from '../../../core/meetings/card.js';

type T = Pick<FlowContext, 't'>;

/** An invitee as the official's attendance list shows them (the `meetings.roster` effect's rows). */
export interface RosterLine {
  personId: string;
  name: string;
  unitName: string;
  answer: 'attend' | 'absent' | null;
  reason: string | null;
  checkedIn: boolean;
  attended: boolean | null;
}

/** A refusal of any meeting action, worded (`meetings-x-<code>`). */
export function refusalText(ctx: T, code: string): string {
  return ctx.t(`meetings-x-${code}`);
}

/** An answer recorded (the time worded), or why not. */
export type AnsweredView = { ok: true; title: string; when: string } | Extract<AnswerResult, { ok: false }>;

/** What the invitee is told after Tham dự / Vắng. */
export function answerReply(ctx: T, r: AnsweredView, answer: 'attend' | 'absent'): Reply[] {
  if (!r.ok) return [{ text: refusalText(ctx, r.code) }];
  return [{ text: ctx.t(answer === 'attend' ? 'meetings-answered-attend' : 'meetings-answered-absent', { title: r.title, when: r.when }) }];
}

/** What the invitee is told after «Điểm danh» or /diemdanh. */
export function checkInReply(ctx: T, r: CheckInResult, timeZone: string): Reply[] {
  if (r.ok) return [{ text: ctx.t(r.already ? 'meetings-checked-in-already' : 'meetings-checked-in', { title: r.title }) }];
  if (r.code === 'not_yet') return [{ text: ctx.t('meetings-x-not_yet', { at: formatDateTime(r.opensAt, timeZone) }) }];
  return [{ text: refusalText(ctx, r.code) }];
}

const where = (m: { place: string | null; link: string | null }) => [m.place, m.link].filter(Boolean).join(' — ');

/** The official's /giaoban: upcoming meetings with answers, past ones with attendance, and what to do next. */
export function officialList(ctx: T, list: { upcoming: MeetingSummary[]; past: MeetingSummary[] }, timeZone: string, now: Date): Reply {
  const lines = [ctx.t('meetings-list-title')];
  const choices: ReplyChoice[] = [{ label: ctx.t('meetings-btn-new'), value: '/giaoban_moi' }];
  if (list.upcoming.length === 0 && list.past.length === 0) lines.push(ctx.t('meetings-list-empty'));
  if (list.upcoming.length) lines.push('', ctx.t('meetings-list-upcoming'));
  list.upcoming.forEach((m, i) => {
    lines.push(ctx.t('meetings-list-item', { n: i + 1, title: m.title, when: formatDateTime(m.startsAt, timeZone), where: where(m), unit: m.unitName }));
    const noAnswer = Math.max(0, m.invited - m.attending - m.absent);
    lines.push(
      ctx.t('meetings-list-answers', { invited: m.invited, answered: m.attending + m.absent, attending: m.attending, absent: m.absent, none: noAnswer }),
    );
    // Any meeting not begun yet can be cancelled from here (one set at a wrong time, not only the soonest);
    // one under way takes its attendance and conclusions already (it lasts three hours).
    if (m.startsAt.getTime() > now.getTime()) choices.push({ label: ctx.t('meetings-btn-cancel-n', { n: i + 1 }), value: `/giaoban_huy ${m.id}` });
    else choices.push(...afterwards(ctx, m, i + 1));
  });
  if (list.past.length) lines.push('', ctx.t('meetings-list-past'));
  list.past.forEach((m, i) => {
    const n = list.upcoming.length + i + 1;
    lines.push(ctx.t('meetings-list-item', { n, title: m.title, when: formatDateTime(m.startsAt, timeZone), where: where(m), unit: m.unitName }));
    const state = m.attendanceRecorded ? 'recorded' : 'checked';
    lines.push(ctx.t(`meetings-list-attendance-${state}`, { present: m.present, invited: m.invited, checkedIn: m.checkedIn }));
    if (m.conclusionsSent) lines.push(ctx.t('meetings-list-concluded'));
    // The two latest past meetings get their buttons (more than five become a numbered list on Zalo).
    if (i < 2) choices.push(...afterwards(ctx, m, n));
  });
  return { text: lines.join('\n'), choices };
}

/** «Điểm danh cuộc n», and «Kết luận cuộc n» while no conclusions were sent. */
function afterwards(ctx: T, m: MeetingSummary, n: number): ReplyChoice[] {
  const out = [{ label: ctx.t('meetings-btn-attendance-n', { n }), value: `/giaoban_diemdanh ${m.id}` }];
  if (!m.conclusionsSent) out.push({ label: ctx.t('meetings-btn-conclude-n', { n }), value: `/giaoban_ketluan ${m.id}` });
  return out;
}

/** An invitee's /giaoban: the meetings ahead, their answer, and buttons to answer the first unanswered one. */
export function inviteeList(ctx: T, list: Invitation[], timeZone: string): Reply {
  if (list.length === 0) return { text: ctx.t('meetings-invitations-empty') };
  const lines = [ctx.t('meetings-invitations-title')];
  list.forEach((m, i) => {
    const answer = m.checkedIn ? 'checked' : (m.answer ?? 'none');
    lines.push(ctx.t('meetings-invitation-item', { n: i + 1, title: m.title, when: formatDateTime(m.startsAt, timeZone), where: where(m) }));
    lines.push(ctx.t(`meetings-invitation-${answer}`));
  });
  // The first meeting not answered yet gets the buttons (typed "1" / "2" on channels without buttons).
  const open = list.find((m) => m.answer === null);
  if (open) lines.push('', ctx.t('meetings-invitation-answer-for', { title: open.title }));
  const choices = open
    ? [
        { label: ctx.t('meetings-btn-attend'), value: answerData(open.id, 'attend') },
        { label: ctx.t('meetings-btn-absent'), value: answerData(open.id, 'absent') },
      ]
    : [];
  return { text: lines.join('\n'), choices };
}

/** /giaoban_diemdanh, /giaoban_ketluan, /giaoban_huy typed without a meeting: the list's buttons carry it. */
export function pickFromList(ctx: T): Reply[] {
  return [{ text: ctx.t('meetings-pick-from-list'), choices: [{ label: ctx.t('meetings-see-list'), value: '/giaoban' }] }];
}
