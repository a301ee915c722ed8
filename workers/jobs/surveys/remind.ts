import { z } from 'zod';
import { remindCampaign } from '../../../core/surveys/delivery.js';
import { SURVEY_REMIND_JOB } from '../../../core/surveys/jobs.js';
import { REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { surveyEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/survey-remind {campaignId}: see core/surveys/jobs.ts. */
export const surveyRemindJob = defineJob({
  queue: REPORTING_QUEUE,
  name: SURVEY_REMIND_JOB,
  schema: z.object({ campaignId: z.uuid() }),
  async run(ctx, data) {
    const r = await remindCampaign(surveyEnv(ctx), data.campaignId);
    ctx.afterCommit();
    return String(r);
  },
});
