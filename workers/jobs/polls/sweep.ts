import { z } from 'zod';
import { sweepPolls } from '../../../core/polls/delivery.js';
import { POLL_SWEEP_JOB, REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { pollEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/poll-sweep {}: every few minutes, closes polls whose close job never ran. */
export const pollSweepJob = defineJob({
  queue: REPORTING_QUEUE,
  name: POLL_SWEEP_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const n = await sweepPolls(pollEnv(ctx));
    ctx.afterCommit();
    return `closed ${n}`;
  },
});
