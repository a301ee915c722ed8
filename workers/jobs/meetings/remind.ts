import { z } from 'zod';
import { MEETING_REMIND_JOB, MEETINGS_QUEUE, REMINDER_KINDS } from '../../../core/meetings/jobs.js';
import { remindMeeting } from '../../../core/meetings/delivery.js';
import { defineJob } from '../types.js';
import { messagingEnv } from '../reports/reminder-env.js';

/** reporting/meeting-remind {meetingId, kind}: the day before / an hour before, to invitees not excused (the hour's carries «Điểm danh»). */
export const meetingRemindJob = defineJob({
  queue: MEETINGS_QUEUE,
  name: MEETING_REMIND_JOB,
  schema: z.object({ meetingId: z.uuid(), kind: z.enum(REMINDER_KINDS) }),
  async run(ctx, data) {
    const r = await remindMeeting(messagingEnv(ctx), data.meetingId, data.kind);
    ctx.afterCommit();
    return typeof r === 'string' ? r : `queued ${r.queued}`;
  },
});
