import { broadcastSettings } from '../../../core/broadcasts/broadcast.js';
import { formatDateTime } from '../../../core/kernel/datetime.js';
import { refuse, type Ok, type Refusal } from '../../../core/kernel/result.js';
import { answerMeeting } from '../../../core/meetings/answers.js';
import { cancelMeeting, type CancelResult } from '../../../core/meetings/cancel.js';
import {
  meetingInScope,
  meetingRoster,
  recordAttendance,
  sendConclusions,
  type AttendanceResult,
  type ConclusionsResult,
  type MeetingRefusal,
} from '../../../core/meetings/attendance.js';
import { lastSynthesisHighlights } from '../../../core/meetings/highlights.js';
import { createMeeting, startAllowed, type CreateMeetingRefusal, type MeetingDraft } from '../../../core/meetings/meeting.js';
import { chooseAudience, countOthersInAudience } from '../../../core/people/audience-choice.js';
import type { Config } from '../../../core/platform/config.js';

import type { I18n } from '../../../core/kernel/i18n.js';
import type { EffectHandlers, HandlerContext } from '../../engine/registry.js';
import { closingInstant } from '../polls/create-parse.js';
import type { MeetingDraftJson } from './create-flow.js';
import type { AnsweredView, RosterLine } from './views.js';

type CreateRefusal = Refusal<CreateMeetingRefusal | 'unknown_unit'>;

declare module '../../engine/effects.js' {
  interface EffectMap {
    /** The meeting resolved (unit, time) and its invitees counted; nothing is written. */
    'meetings.preview': [{ draft: MeetingDraftJson }, Ok<{ count: number; unitName: string; when: string }> | CreateRefusal];
    /** Writes the meeting and its invitation and reminder jobs. */
    'meetings.create': [{ draft: MeetingDraftJson }, Ok<{ meetingId: string; invited: number }> | CreateRefusal];
    /** The last synthesis of the official's subtree, as agenda highlights. */
    'meetings.highlights': [Record<string, never>, Ok<{ period: string; text: string }> | Refusal<'none'>];
    /** An invitee's Tham dự / Vắng (lý do). */
    'meetings.answer': [{ meetingId: string; answer: 'attend' | 'absent'; reason: string | null }, AnsweredView];
    /** The invitees with answers and check-ins, for the official of the meeting's subtree. */
    'meetings.roster': [{ meetingId: string }, Ok<{ title: string; conclusionsSent: boolean; lines: RosterLine[] }> | MeetingRefusal];
    /** A meeting named before an action on it is confirmed; a refusal is audited under that action. */
    'meetings.brief': [{ meetingId: string; action: 'meeting.cancel' }, Ok<{ title: string; when: string }> | MeetingRefusal];
    /** The attendance recorded (present ids; every other invitee absent). */
    'meetings.attendance': [{ meetingId: string; present: string[] }, AttendanceResult];
    /** The meeting cancelled before it begins; invitees told. */
    'meetings.cancel': [{ meetingId: string }, CancelResult];
    /** The conclusions sent as guidance with acknowledgement. */
    'meetings.conclude': [{ meetingId: string; body: string }, ConclusionsResult];
  }
}

type Resolved = Ok<{ draft: MeetingDraft; unitName: string; path: string }> | CreateRefusal;

/** The flow's draft → a MeetingDraft with unit and time resolved; scope refusals audited. */
async function resolve(config: Pick<Config, 'TIMEZONE'>, raw: MeetingDraftJson, h: HandlerContext): Promise<Resolved> {
  const person = h.person;
  if (!person) return refuse('invalid');
  const startsAt = raw.at ? closingInstant({ local: raw.at }, h.flow.now, config.TIMEZONE) : null;
  if (!startsAt) return refuse('bad_time');
  const a = await chooseAudience(h.tx, person, { unitCode: raw.unitCode, roles: raw.roles }, 'meeting.create');
  if (!a.ok) return a;
  // Missing answers make an invalid draft, which createMeeting refuses before writing.
  const draft: MeetingDraft = {
    title: raw.title ?? '',
    startsAt,
    place: raw.place,
    link: raw.link,
    agenda: raw.agenda,
    unitId: a.root.unitId,
    filters: a.filters,
  };
  return { ok: true, draft, unitName: a.root.name, path: a.root.path };
}

const official = (h: HandlerContext) => ({ id: h.person!.id, unitId: h.person!.unitId });

export function meetingEffects(config: Config, i18n: I18n): EffectHandlers {
  const tz = config.TIMEZONE;
  return {
    async 'meetings.preview'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      if (!startAllowed(r.draft.startsAt, h.flow.now)) return refuse('bad_time');
      const count = await countOthersInAudience(h.tx, r.path, r.draft.filters, h.person!.id);
      if (count === 0) return refuse('empty_audience');
      return { ok: true, count, unitName: r.unitName, when: formatDateTime(r.draft.startsAt, tz) };
    },
    async 'meetings.create'({ draft }, h) {
      const r = await resolve(config, draft, h);
      if (!r.ok) return r;
      return createMeeting(h.tx, config, official(h), r.draft, h.flow.now);
    },
    async 'meetings.highlights'(_input, h) {
      const found = h.person ? await lastSynthesisHighlights(h.tx, h.person.unitId) : null;
      return found ? { ok: true, ...found } : refuse('none');
    },
    async 'meetings.answer'({ meetingId, answer, reason }, h) {
      if (!h.person) return refuse('not_invited');
      const r = await answerMeeting(h.tx, h.person.id, meetingId, answer, reason, h.flow.now);
      return r.ok ? { ok: true, title: r.title, when: formatDateTime(r.startsAt, tz) } : r;
    },
    async 'meetings.roster'({ meetingId }, h) {
      if (!h.person) return refuse('out_of_scope');
      const r = await meetingRoster(h.tx, official(h), meetingId);
      if (!r.ok) return r;
      return { ok: true, title: r.meeting.title, conclusionsSent: r.meeting.conclusionsBroadcastId !== null, lines: r.roster };
    },
    async 'meetings.brief'({ meetingId, action }, h) {
      if (!h.person) return refuse('out_of_scope');
      const r = await meetingInScope(h.tx, official(h), meetingId, action);
      return r.ok ? { ok: true, title: r.meeting.title, when: formatDateTime(r.meeting.startsAt, tz) } : r;
    },
    async 'meetings.attendance'({ meetingId, present }, h) {
      if (!h.person) return refuse('out_of_scope');
      return recordAttendance(h.tx, official(h), meetingId, present, h.flow.now);
    },
    async 'meetings.cancel'({ meetingId }, h) {
      if (!h.person) return refuse('out_of_scope');
      return cancelMeeting(h.tx, official(h), meetingId, i18n.t, tz, h.flow.now);
    },
    async 'meetings.conclude'({ meetingId, body }, h) {
      if (!h.person) return refuse('out_of_scope');
      return sendConclusions(h.tx, official(h), meetingId, body, broadcastSettings(config), i18n.t, h.flow.locale, h.flow.now);
    },
  };
}
