import { eq } from 'drizzle-orm';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { units } from '../../../db/schema/index.js';
import { answerMeeting, checkIn, checkInNow } from '../../../core/meetings/answers.js';
import { MEETING_ACTION } from '../../../core/meetings/card.js';
import { invitationsOf, meetingsOfSubtree } from '../../../core/meetings/list.js';
import type { Role } from '../../../core/people/people.js';

import type { Feature, HandlerContext } from '../../engine/registry.js';
import type { Reply } from '../../engine/types.js';
import type { FeatureDeps } from '../deps.js';
import { meetingAbsentFlow } from './absent-flow.js';
import { meetingAttendanceFlow } from './attendance-flow.js';
import { meetingCancelFlow } from './cancel-flow.js';
import { meetingConcludeFlow } from './conclude-flow.js';
import { meetingCreateFlow } from './create-flow.js';
import { meetingEffects } from './effects.js';
import { answerReply, checkInReply, inviteeList, officialList } from './views.js';

const OFFICIALS: Role[] = ['official', 'admin'];

/**
 * Giao ban meetings (hội nghị giao ban, issue 17 item 4). Officials: /giaoban lists the meetings
 * of their subtree (answers, attendance) and their own invitations, /giaoban_moi schedules one,
 * /giaoban_diemdanh records the attendance, /giaoban_ketluan sends the conclusions as guidance,
 * /giaoban_huy cancels one not begun.
 * Invitees: the invitation's buttons (`gb:<id>:y` Tham dự, `gb:<id>:n` Vắng → the reason is asked,
 * `gb:<id>:c` Điểm danh), /giaoban for their invitations, /diemdanh during the meeting.
 */
export function createMeetingsFeature(deps: Pick<FeatureDeps, 'config' | 'i18n'>): Feature {
  const tz = deps.config.TIMEZONE;
  return {
    name: 'meetings',
    helpSection: 'network',
    flows: [meetingCreateFlow, meetingAbsentFlow, meetingAttendanceFlow, meetingConcludeFlow, meetingCancelFlow],
    commands: [
      { names: ['giaoban', 'meetings'], helpKey: 'meetings-help-list', run: (_a, h) => list(h, tz) },
      { names: ['giaoban_moi', 'newmeeting'], flow: meetingCreateFlow.name, roles: OFFICIALS, helpKey: 'meetings-help-new' },
      { names: ['giaoban_diemdanh', 'attendance'], flow: meetingAttendanceFlow.name, roles: OFFICIALS },
      { names: ['giaoban_ketluan', 'conclusions'], flow: meetingConcludeFlow.name, roles: OFFICIALS },
      { names: ['giaoban_huy', 'cancelmeeting'], flow: meetingCancelFlow.name, roles: OFFICIALS },
      { names: ['giaoban_vang', 'absent'], flow: meetingAbsentFlow.name },
      { names: ['diemdanh', 'checkin'], helpKey: 'meetings-help-checkin', run: (_a, h) => checkInCommand(h, tz) },
    ],
    actions: [{ prefix: MEETING_ACTION, run: (rest, h) => onButton(rest, h, tz), command: absentCommand }],
    effects: meetingEffects(deps.config, deps.i18n),
  };
}

const BUTTON = /^([0-9a-f-]{36}):([ync])$/i;

/** «Vắng» opens the question of the reason: the text typed next is the answer. */
function absentCommand(rest: string): string | null {
  const m = BUTTON.exec(rest);
  return m?.[2] === 'n' ? `/giaoban_vang ${m[1]}` : null;
}

async function onButton(rest: string, h: HandlerContext, tz: string): Promise<Reply[]> {
  const m = BUTTON.exec(rest);
  if (!m || !h.person) return [{ text: h.flow.t('meetings-x-not_found') }];
  const [, meetingId, verb] = m as unknown as [string, string, string];
  if (verb === 'c') return checkInReply(h.flow, await checkIn(h.tx, h.person.id, meetingId, h.flow.now), tz);
  const r = await answerMeeting(h.tx, h.person.id, meetingId, 'attend', null, h.flow.now);
  return answerReply(h.flow, r.ok ? { ok: true, title: r.title, when: formatDateTime(r.startsAt, tz) } : r, 'attend');
}

async function checkInCommand(h: HandlerContext, tz: string): Promise<Reply[]> {
  if (!h.person) return [{ text: h.flow.t('engine-not-registered') }];
  return checkInReply(h.flow, await checkInNow(h.tx, h.person.id, h.flow.now), tz);
}

async function list(h: HandlerContext, tz: string): Promise<Reply[]> {
  if (!h.person) return [{ text: h.flow.t('engine-not-registered') }];
  const mine = await invitationsOf(h.tx, h.person.id, h.flow.now);
  if (!OFFICIALS.includes(h.person.role)) return [inviteeList(h.flow, mine, tz)];
  const [own] = await h.tx.select({ path: units.path }).from(units).where(eq(units.id, h.person.unitId));
  const subtree = own ? await meetingsOfSubtree(h.tx, own.path, h.flow.now) : { upcoming: [], past: [] };
  const replies = [officialList(h.flow, subtree, tz, h.flow.now)];
  if (mine.length) replies.unshift(inviteeList(h.flow, mine, tz));
  return replies;
}
