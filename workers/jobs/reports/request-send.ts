import { z } from 'zod';
import { REPORTING_QUEUE, REQUEST_SEND_JOB } from '../../../core/reports/jobs.js';
import { sendReportRequest } from '../../../core/reports/requests/delivery.js';
import { defineJob } from '../types.js';
import { messagingEnv } from './reminder-env.js';

/** reporting/report-request-send {requestId}: fixes who is asked and queues the request (after quiet hours). */
export const reportRequestSendJob = defineJob({
  queue: REPORTING_QUEUE,
  name: REQUEST_SEND_JOB,
  schema: z.object({ requestId: z.uuid() }),
  async run(ctx, data) {
    const r = await sendReportRequest(messagingEnv(ctx), data.requestId);
    ctx.afterCommit();
    return typeof r === 'string' ? r : `queued ${r.queued}`;
  },
});
