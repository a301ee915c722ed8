import { z } from 'zod';
import { MEETING_INVITE_JOB, MEETINGS_QUEUE } from '../../../core/meetings/jobs.js';
import { sendInvitations } from '../../../core/meetings/delivery.js';
import { defineJob } from '../types.js';
import { messagingEnv } from '../reports/reminder-env.js';

/** reporting/meeting-invite {meetingId}: fixes who is invited to a giao ban meeting and queues the invitation (after quiet hours). */
export const meetingInviteJob = defineJob({
  queue: MEETINGS_QUEUE,
  name: MEETING_INVITE_JOB,
  schema: z.object({ meetingId: z.uuid() }),
  async run(ctx, data) {
    const r = await sendInvitations(messagingEnv(ctx), data.meetingId);
    ctx.afterCommit();
    return typeof r === 'string' ? r : `queued ${r.queued}`;
  },
});
