import { z } from 'zod';
import { sweepCampaigns } from '../../../core/surveys/delivery.js';
import { SURVEY_SWEEP_JOB } from '../../../core/surveys/jobs.js';
import { REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { surveyEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/survey-sweep {}: every few minutes, closes campaigns (and quick polls) whose close job never ran. */
export const surveySweepJob = defineJob({
  queue: REPORTING_QUEUE,
  name: SURVEY_SWEEP_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const n = await sweepCampaigns(surveyEnv(ctx));
    ctx.afterCommit();
    return `closed ${n}`;
  },
});
