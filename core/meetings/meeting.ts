import { z } from 'zod';
import type { Executor } from '../../db/client.js';
import { meetings } from '../../db/schema/index.js';
import { parseQuietHours, quietEnd } from '../broadcasts/quiet.js';
import { appendAudit } from '../compliance/audit.js';
import { refuse, type Refusal } from '../kernel/result.js';
import { audienceFiltersSchema } from '../people/audience-filters.js';
import { audienceRootInScope } from '../people/audience.js';
import type { Config } from '../platform/config.js';
import { enqueue, type OutboxJob } from '../platform/outbox.js';
import { collaboratorsUnlessRoles, countOthersInAudience } from '../people/audience-choice.js';
import { MEETING_INVITE_JOB, MEETING_REMIND_JOB, MEETINGS_QUEUE, meetingInviteJobId, meetingRemindJobId, type ReminderKind } from './jobs.js';

/**
 * Giao ban meetings (hội nghị giao ban, issue 17 item 4): an official of a unit schedules a
 * meeting for the people of a subtree of their scope. The invitation goes out after quiet hours
 * (job `meeting-invite`), reminders a day and an hour before (`meeting-remind`); invitees answer
 * Tham dự / Vắng (lý do) and check in during the meeting window; the official records the
 * attendance after and sends the conclusions as guidance (./attendance.ts).
 */
export const MEETING_LIMITS = { title: 200, place: 300, agenda: 2000, minHours: 1, maxDays: 90 } as const;
/** The meeting window: check-in opens this long before the start… */
export const CHECK_IN_BEFORE_MS = 30 * 60_000;
/** …and the meeting is taken to last this long (the window closes at `ends_at`). */
const MEETING_DURATION_MS = 3 * 3600_000;

export type MeetingRow = typeof meetings.$inferSelect;

const draftSchema = z
  .object({
    title: z.string().trim().min(3).max(MEETING_LIMITS.title),
    startsAt: z.date(),
    place: z.string().trim().max(MEETING_LIMITS.place).nullable(),
    link: z
      .url({ protocol: /^https?$/ })
      .max(MEETING_LIMITS.place)
      .nullable(),
    agenda: z.string().trim().max(MEETING_LIMITS.agenda),
    unitId: z.uuid(),
    filters: audienceFiltersSchema,
  })
  .refine((d) => !!d.place || !!d.link);
export type MeetingDraft = z.infer<typeof draftSchema>;

export type CreateMeetingRefusal = 'invalid' | 'bad_time' | 'out_of_scope' | 'empty_audience';
export type CreateMeetingResult = { ok: true; meetingId: string; invited: number } | Refusal<CreateMeetingRefusal>;

/** Pure: whether a start time can be scheduled now (at least an hour ahead, at most 90 days). */
export function startAllowed(startsAt: Date, now: Date): boolean {
  const hours = (startsAt.getTime() - now.getTime()) / 3600_000;
  return hours >= MEETING_LIMITS.minHours && hours <= MEETING_LIMITS.maxDays * 24;
}

/** Pure: the reminders still ahead when the invitation goes out at `sendAt`. */
export function reminderTimes(sendAt: Date, startsAt: Date): { kind: ReminderKind; at: Date }[] {
  const all: { kind: ReminderKind; at: Date }[] = [
    { kind: 'day', at: new Date(startsAt.getTime() - 24 * 3600_000) },
    { kind: 'hour', at: new Date(startsAt.getTime() - 3600_000) },
  ];
  return all.filter((r) => r.at.getTime() > sendAt.getTime());
}

/** Validates, checks scope (a refusal is audited), writes the meeting and its jobs, in the caller's transaction. */
export async function createMeeting(
  tx: Executor,
  config: Pick<Config, 'QUIET_HOURS' | 'TIMEZONE'>,
  author: { id: string; unitId: string },
  draft: unknown,
  now: Date,
): Promise<CreateMeetingResult> {
  const parsed = draftSchema.safeParse(draft);
  if (!parsed.success) return refuse('invalid');
  const d = parsed.data;
  if (!startAllowed(d.startsAt, now)) return refuse('bad_time');
  const root = await audienceRootInScope(tx, author, d.unitId, 'meeting.create');
  if (!root) return refuse('out_of_scope');
  const filters = collaboratorsUnlessRoles(d.filters);
  const invited = await countOthersInAudience(tx, root.path, filters, author.id);
  if (invited === 0) return refuse('empty_audience');
  const [row] = await tx
    .insert(meetings)
    .values({
      authorId: author.id,
      unitId: root.unitId,
      filters,
      title: d.title,
      startsAt: d.startsAt,
      endsAt: new Date(d.startsAt.getTime() + MEETING_DURATION_MS),
      place: d.place || null,
      link: d.link,
      agenda: d.agenda,
      invited,
      createdAt: now,
    })
    .returning({ id: meetings.id });
  const id = row!.id;
  const sendAt = quietEnd(now, parseQuietHours(config.QUIET_HOURS, config.TIMEZONE));
  const jobs: OutboxJob[] = [{ queue: MEETINGS_QUEUE, name: MEETING_INVITE_JOB, payload: { meetingId: id }, jobId: meetingInviteJobId(id), runAt: sendAt }];
  for (const r of reminderTimes(sendAt, d.startsAt))
    jobs.push({
      queue: MEETINGS_QUEUE,
      name: MEETING_REMIND_JOB,
      payload: { meetingId: id, kind: r.kind },
      jobId: meetingRemindJobId(id, r.kind),
      runAt: r.at,
    });
  await enqueue(tx, ...jobs);
  await appendAudit(tx, {
    actorId: author.id,
    action: 'meeting.create',
    targetType: 'meeting',
    targetId: id,
    outcome: 'ok',
    details: { invited, reminders: jobs.length - 1 },
  });
  return { ok: true, meetingId: id, invited };
}

/** Pure: where the check-in window stands at `now`. */
export function windowState(m: Pick<MeetingRow, 'startsAt' | 'endsAt'>, now: Date): 'before' | 'open' | 'over' {
  if (now.getTime() < m.startsAt.getTime() - CHECK_IN_BEFORE_MS) return 'before';
  return now.getTime() <= m.endsAt.getTime() ? 'open' : 'over';
}
