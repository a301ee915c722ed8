import { z } from 'zod';
import { closeCampaign } from '../../../core/surveys/delivery.js';
import { SURVEY_CLOSE_JOB } from '../../../core/surveys/jobs.js';
import { REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { surveyEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/survey-close {campaignId}: see core/surveys/jobs.ts. */
export const surveyCloseJob = defineJob({
  queue: REPORTING_QUEUE,
  name: SURVEY_CLOSE_JOB,
  schema: z.object({ campaignId: z.uuid() }),
  async run(ctx, data) {
    const r = await closeCampaign(surveyEnv(ctx), data.campaignId);
    ctx.afterCommit();
    return r;
  },
});
