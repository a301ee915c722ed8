import { z } from 'zod';
import { nowOf } from '../../../core/hot-spots/messages.js';
import { REPORTING_QUEUE, SYNTHESIS_SCHEDULE_JOB } from '../../../core/reports/jobs.js';
import { runSynthesisSchedule } from '../../../core/synthesis/schedule.js';
import { jobConfig } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/**
 * reporting/synthesis-schedule {}: daily (workers/schedules.ts). Queues the month's synthesis
 * (and the quarter's, half year's, year's when the month closes one) SYNTHESIS_LEAD_DAYS before
 * each province's deadline; the run rows' unique index makes repeats no-ops.
 */
export const synthesisScheduleJob = defineJob({
  queue: REPORTING_QUEUE,
  name: SYNTHESIS_SCHEDULE_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const r = await runSynthesisSchedule({ db: ctx.db, config: jobConfig(ctx), logger: ctx.logger, now: () => nowOf(ctx.env) });
    ctx.afterCommit();
    return `queued ${r.queued.length}`;
  },
});
