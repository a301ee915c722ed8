import { z } from 'zod';
import { SURVEY_SWEEP_JOB } from '../../../core/surveys/jobs.js';
import { sweepCampaigns } from '../../../core/surveys/sweep.js';
import { REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { surveyEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/**
 * reporting/survey-sweep {}: every 5 minutes (workers/schedules.ts), opens, reminds and closes the
 * campaigns and quick polls whose delayed job Redis lost (core/surveys/sweep.ts).
 */
export const surveySweepJob = defineJob({
  queue: REPORTING_QUEUE,
  name: SURVEY_SWEEP_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const n = await sweepCampaigns(surveyEnv(ctx));
    ctx.afterCommit();
    return `opened ${n.opened}, invited ${n.invited}, reminded ${n.reminded}, closed ${n.closed}`;
  },
});
