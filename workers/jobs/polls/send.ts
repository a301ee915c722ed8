import { z } from 'zod';
import { sendPoll } from '../../../core/polls/delivery.js';
import { POLL_SEND_JOB, REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { pollEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/poll-send {pollId}: fixes the audience and queues the question (after quiet hours). */
export const pollSendJob = defineJob({
  queue: REPORTING_QUEUE,
  name: POLL_SEND_JOB,
  schema: z.object({ pollId: z.uuid() }),
  async run(ctx, data) {
    const r = await sendPoll(pollEnv(ctx), data.pollId);
    ctx.afterCommit();
    return typeof r === 'string' ? r : `queued ${r.queued}`;
  },
});
