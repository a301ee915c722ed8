import { z } from 'zod';
import { nowOf } from '../../../core/hot-spots/messages.js';
import { SYNTHESIS_JOB, SYNTHESIS_QUEUE } from '../../../core/reports/jobs.js';
import { runSynthesis } from '../../../core/synthesis/runs.js';
import { jobConfig } from '../reports/reminder-env.js';
import { defineJob } from '../types.js';

/**
 * synthesis/synthesis-generate {runId}: renders the DOCX, Markdown and XLSX of a month, quarter, half year or year, reports progress
 * (BullMQ job progress and synthesis_runs.progress) and sends the DOCX to the official who asked (or the unit's officials for a scheduled run).
 */
export const synthesisGenerateJob = defineJob({
  queue: SYNTHESIS_QUEUE,
  name: SYNTHESIS_JOB,
  schema: z.object({ runId: z.uuid() }),
  async run(ctx, data, job) {
    const outcome = await runSynthesis(ctx.db, jobConfig(ctx), ctx.env.i18n.t, data.runId, nowOf(ctx.env), (pct) => job.updateProgress(pct), ctx.logger);
    ctx.afterCommit();
    if (outcome === 'failed') ctx.logger.warn({ runId: data.runId }, 'synthesis failed; the official was told');
    return outcome;
  },
});
