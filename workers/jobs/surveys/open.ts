import { z } from 'zod';
import { openCampaign } from '../../../core/surveys/delivery.js';
import { SURVEY_OPEN_JOB } from '../../../core/surveys/jobs.js';
import { REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { surveyEnv } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/** reporting/survey-open {campaignId}: see core/surveys/jobs.ts. */
export const surveyOpenJob = defineJob({
  queue: REPORTING_QUEUE,
  name: SURVEY_OPEN_JOB,
  schema: z.object({ campaignId: z.uuid() }),
  async run(ctx, data) {
    const r = await openCampaign(surveyEnv(ctx), data.campaignId);
    ctx.afterCommit();
    return typeof r === 'string' ? r : `sampled ${r.sampled}, queued ${r.queued}`;
  },
});
