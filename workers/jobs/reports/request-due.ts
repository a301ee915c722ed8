import { z } from 'zod';
import { REPORTING_QUEUE, REQUEST_DUE_JOB } from '../../../core/reports/jobs.js';
import { summariseReportRequest } from '../../../core/reports/requests/due-summary.js';
import { defineJob } from '../types.js';
import { messagingEnv } from './reminder-env.js';

/** reporting/report-request-due {requestId}: at the due time, who answered and who not (unit by unit) to the author. */
export const reportRequestDueJob = defineJob({
  queue: REPORTING_QUEUE,
  name: REQUEST_DUE_JOB,
  schema: z.object({ requestId: z.uuid() }),
  async run(ctx, data) {
    const r = await summariseReportRequest(messagingEnv(ctx), data.requestId);
    ctx.afterCommit();
    return r;
  },
});
