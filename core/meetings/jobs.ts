import { REPORTING_QUEUE } from '../reports/jobs.js';

/**
 * Jobs of giao ban meetings (issue 17 item 4), on the `reporting` queue; payloads carry ids only.
 *
 *   `meeting-invite` {meetingId}        — after quiet hours: fix who is invited, queue the invitation
 *   `meeting-remind` {meetingId, kind}  — `day` the day before, `hour` an hour before (with «Điểm danh»)
 */
export const MEETINGS_QUEUE = REPORTING_QUEUE;
export const MEETING_INVITE_JOB = 'meeting-invite';
export const MEETING_REMIND_JOB = 'meeting-remind';
export const REMINDER_KINDS = ['day', 'hour'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const meetingInviteJobId = (meetingId: string) => `meeting-invite-${meetingId}`;
export const meetingRemindJobId = (meetingId: string, kind: ReminderKind) => `meeting-remind-${kind}-${meetingId}`;
