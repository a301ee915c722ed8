import { z } from 'zod';
import { REMINDER_SCAN_JOB, REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { runReminderScan } from '../../../core/reports/reminders.js';
import { reminderEnv } from './reminder-env.js';
import { defineJob } from '../types.js';

/**
 * reporting/reminder-scan {}: produced hourly by a job scheduler (workers/schedules.ts). Sends
 * today's D-3 / D-1 / D reminders to collaborators who have not filed, and the D+1 lists to
 * officials; the reminder ledger makes every repeat — and a second worker — a no-op.
 */
export const reminderScanJob = defineJob({
  queue: REPORTING_QUEUE,
  name: REMINDER_SCAN_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const r = await runReminderScan(reminderEnv(ctx));
    ctx.afterCommit();
    if (r.skipped) return r.skipped;
    return `reminded ${r.reminded.d3 + r.reminded.d1 + r.reminded.d0}, lists ${r.lists}`;
  },
});
