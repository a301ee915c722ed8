import { z } from 'zod';
import { closeAndReport } from '../../../core/polls/delivery.js';
import { POLL_CLOSE_JOB, REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { pollEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/poll-close {pollId}: at the closing time, closes the poll and sends the author the results. */
export const pollCloseJob = defineJob({
  queue: REPORTING_QUEUE,
  name: POLL_CLOSE_JOB,
  schema: z.object({ pollId: z.uuid() }),
  async run(ctx, data) {
    const r = await closeAndReport(pollEnv(ctx), data.pollId);
    ctx.afterCommit();
    return r;
  },
});
