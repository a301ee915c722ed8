import { z } from 'zod';
import { CASE_DUE_JOB, CASES_QUEUE, DUE_STAGES } from '../../../core/cases/cases.js';
import { handleCaseDue } from '../../../core/cases/due.js';
import { nowOf } from '../../../core/hot-spots/messages.js';
import { defineJob } from '../types.js';

/** cases/case-due {caseId, stage}: an open case's timer (before / due / after): reminders and escalation (core/cases/due.ts). */
export const caseDueJob = defineJob({
  queue: CASES_QUEUE,
  name: CASE_DUE_JOB,
  schema: z.object({ caseId: z.uuid(), stage: z.enum(DUE_STAGES) }),
  async run(ctx, data) {
    const env = { t: ctx.env.i18n.t, timeZone: ctx.env.config.TIMEZONE };
    const r = await ctx.db.transaction((tx) => handleCaseDue(tx, env, data.caseId, data.stage, nowOf(ctx.env)));
    ctx.afterCommit();
    return r;
  },
});
