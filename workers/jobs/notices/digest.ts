import { z } from 'zod';
import { REPORT_DIGEST_JOB, REPORTING_QUEUE } from '../../../core/reports/jobs.js';
import { queueReportDigests } from '../../../core/reports/notices.js';
import { nowOf } from '../../../core/hot-spots/messages.js';
import { defineJob } from '../types.js';

/** reporting/report-digest {}: daily; one message per official listing the day's reports they take as a digest (/thongbao). */
export const reportDigestJob = defineJob({
  queue: REPORTING_QUEUE,
  name: REPORT_DIGEST_JOB,
  schema: z.object({}).passthrough(),
  async run(ctx) {
    const n = await ctx.db.transaction((tx) => queueReportDigests(tx, ctx.env.i18n.t, ctx.env.config.TIMEZONE, nowOf(ctx.env)));
    ctx.afterCommit();
    return `digests ${n}`;
  },
});
