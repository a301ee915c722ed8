import { z } from 'zod';
import { INACTIVE_SCAN_JOB, REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { runInactiveScan } from '../../../core/reports/reminders.js';
import { reminderEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/inactive-scan {}: monthly list of collaborators with N missed periods to their officials. */
export const inactiveScanJob = defineJob({
  queue: REPORTING_QUEUE,
  name: INACTIVE_SCAN_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const r = await runInactiveScan(reminderEnv(ctx));
    ctx.afterCommit();
    return r.skipped ?? `flagged ${r.flagged}, lists ${r.lists}`;
  },
});
