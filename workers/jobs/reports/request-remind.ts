import { z } from 'zod';
import { REPORTING_QUEUE, REQUEST_REMIND_JOB } from '../../../core/reports/jobs.js';
import { remindReportRequest } from '../../../core/reports/requests/delivery.js';
import { defineJob } from '../types.js';
import { messagingEnv } from './reminder-env.js';

/** reporting/report-request-remind {requestId}: before the due time, reminds those who have not answered. */
export const reportRequestRemindJob = defineJob({
  queue: REPORTING_QUEUE,
  name: REQUEST_REMIND_JOB,
  schema: z.object({ requestId: z.uuid() }),
  async run(ctx, data) {
    const r = await remindReportRequest(messagingEnv(ctx), data.requestId);
    ctx.afterCommit();
    return typeof r === 'string' ? r : `queued ${r.queued}`;
  },
});
