import { and, asc, eq, gte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { meetingInvitees, meetings } from '../../db/schema/index.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { CHECK_IN_BEFORE_MS, windowState, type MeetingRow } from './meeting.js';

/** An invitee's own answers: Tham dự / Vắng (lý do), and «Điểm danh» during the meeting window. */
export const REASON_MAX = 300;

type Invitation = { meeting: MeetingRow; answer: 'attend' | 'absent' | null; checkedInAt: Date | null };
type InviteeRefusal = Refusal<'not_found' | 'not_invited' | 'cancelled' | 'over'>;

async function invitation(tx: Executor, meetingId: string, personId: string): Promise<Invitation | InviteeRefusal> {
  const [row] = await tx
    .select({ meeting: meetings, invitee: meetingInvitees.personId, answer: meetingInvitees.answer, checkedInAt: meetingInvitees.checkedInAt })
    .from(meetings)
    .leftJoin(meetingInvitees, and(eq(meetingInvitees.meetingId, meetings.id), eq(meetingInvitees.personId, personId)))
    .where(eq(meetings.id, meetingId));
  if (!row) return refuse('not_found');
  if (!row.invitee) return refuse('not_invited');
  if (row.meeting.status === 'cancelled') return refuse('cancelled');
  return { meeting: row.meeting, answer: row.answer, checkedInAt: row.checkedInAt };
}

export type AnswerResult = { ok: true; title: string; startsAt: Date; changed: boolean } | InviteeRefusal;

/** Tham dự, or Vắng with the reason typed; a later answer replaces the earlier one until the meeting ends. */
export async function answerMeeting(
  tx: Executor,
  personId: string,
  meetingId: string,
  answer: 'attend' | 'absent',
  reason: string | null,
  now: Date,
): Promise<AnswerResult> {
  const inv = await invitation(tx, meetingId, personId);
  if ('ok' in inv) return inv;
  if (windowState(inv.meeting, now) === 'over') return refuse('over');
  const why = answer === 'absent' ? (reason?.trim().slice(0, REASON_MAX) ?? null) : null;
  await tx
    .update(meetingInvitees)
    .set({ answer, reason: why, answeredAt: now })
    .where(and(eq(meetingInvitees.meetingId, meetingId), eq(meetingInvitees.personId, personId)));
  return { ok: true, title: inv.meeting.title, startsAt: inv.meeting.startsAt, changed: inv.answer !== null && inv.answer !== answer };
}

export type CheckInResult = { ok: true; title: string; already: boolean } | InviteeRefusal | Refusal<'not_yet', { opensAt: Date }> | Refusal<'none_open'>;

/** «Điểm danh»: from half an hour before the start until the end; a second tap changes nothing. */
export async function checkIn(tx: Executor, personId: string, meetingId: string, now: Date): Promise<CheckInResult> {
  const inv = await invitation(tx, meetingId, personId);
  if ('ok' in inv) return inv;
  const w = windowState(inv.meeting, now);
  if (w === 'before') return refuse('not_yet', { opensAt: new Date(inv.meeting.startsAt.getTime() - CHECK_IN_BEFORE_MS) });
  if (w === 'over') return refuse('over');
  if (inv.checkedInAt) return { ok: true, title: inv.meeting.title, already: true };
  await tx
    .update(meetingInvitees)
    .set({ checkedInAt: now, answer: 'attend', reason: null, answeredAt: sql`coalesce(${meetingInvitees.answeredAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(meetingInvitees.meetingId, meetingId), eq(meetingInvitees.personId, personId)));
  return { ok: true, title: inv.meeting.title, already: false };
}

/** /diemdanh typed: the meeting of this person whose window is open now (the earliest), if any. */
export async function checkInNow(tx: Executor, personId: string, now: Date): Promise<CheckInResult> {
  const [m] = await tx
    .select({ id: meetings.id, startsAt: meetings.startsAt })
    .from(meetingInvitees)
    .innerJoin(meetings, eq(meetings.id, meetingInvitees.meetingId))
    .where(and(eq(meetingInvitees.personId, personId), eq(meetings.status, 'scheduled'), gte(meetings.endsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  if (!m) return refuse('none_open');
  return checkIn(tx, personId, m.id, now);
}
