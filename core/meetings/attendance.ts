import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { meetingInvitees, meetings, people, units } from '../../db/schema/index.js';
import type { BroadcastSettings } from '../broadcasts/broadcast.js';
import { BroadcastInputError } from '../broadcasts/broadcast.js';
import { submitDraft } from '../broadcasts/compose.js';
import { appendAudit } from '../compliance/audit.js';
import type { Locale, Translate } from '../kernel/i18n.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { audienceRootInScope, type AudienceFilters, type Official } from '../people/audience.js';
import { CHECK_IN_BEFORE_MS, type MeetingRow } from './meeting.js';

/**
 * After the meeting (issue 17 item 4): the official of the meeting's subtree sees who answered and
 * who checked in, records the attendance (correcting the check-ins), and sends the conclusions as
 * a guidance broadcast with acknowledgement — the one broadcast path (core/broadcasts), to the
 * meeting's audience. Every action is scope-checked; refusals and actions are audited.
 */
export type MeetingRefusal = Refusal<'not_found' | 'out_of_scope'>;

/** The meeting if it lies within the official's subtree; out of scope is audited under `action`. */
export async function meetingInScope(
  tx: Executor,
  official: Official,
  meetingId: string,
  action: string,
): Promise<{ ok: true; meeting: MeetingRow; unitName: string } | MeetingRefusal> {
  const [m] = await tx.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!m) return refuse('not_found');
  const root = await audienceRootInScope(tx, official, m.unitId, action);
  return root ? { ok: true, meeting: m, unitName: root.name } : refuse('out_of_scope');
}

export interface RosterEntry {
  personId: string;
  name: string;
  unitName: string;
  answer: 'attend' | 'absent' | null;
  reason: string | null;
  checkedIn: boolean;
  /** As recorded by an official; null before anything is recorded. */
  attended: boolean | null;
}

/** Who was invited, with answers, check-ins and recorded attendance, by unit and name. */
export async function meetingRoster(
  tx: Executor,
  official: Official,
  meetingId: string,
): Promise<{ ok: true; meeting: MeetingRow; unitName: string; roster: RosterEntry[] } | MeetingRefusal> {
  const m = await meetingInScope(tx, official, meetingId, 'meeting.view');
  if (!m.ok) return m;
  const rows = await tx
    .select({
      personId: meetingInvitees.personId,
      name: people.displayName,
      unitName: units.name,
      answer: meetingInvitees.answer,
      reason: meetingInvitees.reason,
      checkedInAt: meetingInvitees.checkedInAt,
      attended: meetingInvitees.attended,
    })
    .from(meetingInvitees)
    .innerJoin(people, eq(people.id, meetingInvitees.personId))
    .innerJoin(units, eq(units.id, meetingInvitees.unitId))
    .where(eq(meetingInvitees.meetingId, meetingId))
    .orderBy(asc(units.name), asc(people.displayName));
  const roster = rows.map(({ checkedInAt, ...r }) => ({ ...r, checkedIn: checkedInAt !== null }));
  return { ...m, roster };
}

export type AttendanceResult = { ok: true; present: number; invited: number; corrected: number } | MeetingRefusal | Refusal<'not_started' | 'cancelled'>;

/**
 * Records who came: `present` are the invitees who attended, every other invitee did not. A
 * correction of a check-in (came without checking in, or checked in and left) is counted and
 * audited; recording again replaces the earlier record.
 */
export async function recordAttendance(tx: Executor, official: Official, meetingId: string, present: readonly string[], now: Date): Promise<AttendanceResult> {
  const m = await meetingInScope(tx, official, meetingId, 'meeting.attendance');
  if (!m.ok) return m;
  if (m.meeting.status === 'cancelled') return refuse('cancelled');
  if (now.getTime() < m.meeting.startsAt.getTime() - CHECK_IN_BEFORE_MS) return refuse('not_started');
  const invitees = await tx
    .select({ personId: meetingInvitees.personId, checkedInAt: meetingInvitees.checkedInAt })
    .from(meetingInvitees)
    .where(eq(meetingInvitees.meetingId, meetingId));
  const came = new Set(present.filter((id) => invitees.some((i) => i.personId === id)));
  const ids = [...came];
  const where = eq(meetingInvitees.meetingId, meetingId);
  if (ids.length)
    await tx
      .update(meetingInvitees)
      .set({ attended: true })
      .where(and(where, inArray(meetingInvitees.personId, ids)));
  await tx
    .update(meetingInvitees)
    .set({ attended: false })
    .where(ids.length ? and(where, notInArray(meetingInvitees.personId, ids)) : where);
  await tx.update(meetings).set({ attendanceAt: now }).where(eq(meetings.id, meetingId));
  const corrected = invitees.filter((i) => (i.checkedInAt !== null) !== came.has(i.personId)).length;
  await appendAudit(tx, {
    actorId: official.id,
    action: 'meeting.attendance',
    targetType: 'meeting',
    targetId: meetingId,
    outcome: 'ok',
    details: { present: came.size, invited: invitees.length, corrected },
  });
  return { ok: true, present: came.size, invited: invitees.length, corrected };
}

export type ConclusionsResult =
  { ok: true; broadcastId: string; status: string; audience: number } | MeetingRefusal | Refusal<'not_started' | 'already_sent' | 'invalid' | 'cancelled'>;

/** The conclusions as guidance with acknowledgement to the meeting's audience (once per meeting). */
export async function sendConclusions(
  tx: Executor,
  official: Official,
  meetingId: string,
  body: string,
  s: BroadcastSettings,
  t: Translate,
  locale: Locale,
  now: Date,
): Promise<ConclusionsResult> {
  const m = await meetingInScope(tx, official, meetingId, 'meeting.conclude');
  if (!m.ok) return m;
  if (m.meeting.status === 'cancelled') return refuse('cancelled');
  if (m.meeting.conclusionsBroadcastId) return refuse('already_sent');
  if (now.getTime() < m.meeting.startsAt.getTime()) return refuse('not_started');
  const title = t(locale, 'meetings-conclusions-title', { title: m.meeting.title }).slice(0, 200);
  const draft = { title, body, unitId: m.meeting.unitId, filters: m.meeting.filters as AudienceFilters, requireAck: true, urgent: false, scheduledAt: null };
  let sent;
  try {
    sent = await submitDraft(tx, official, draft, s, t, now);
  } catch (err) {
    if (err instanceof BroadcastInputError) return refuse('invalid');
    throw err;
  }
  await tx.update(meetings).set({ conclusionsBroadcastId: sent.id }).where(eq(meetings.id, meetingId));
  await appendAudit(tx, {
    actorId: official.id,
    action: 'meeting.conclude',
    targetType: 'meeting',
    targetId: meetingId,
    outcome: 'ok',
    details: { broadcastId: sent.id, audience: sent.audience },
  });
  return { ok: true, broadcastId: sent.id, status: sent.status, audience: sent.audience };
}
