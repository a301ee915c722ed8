import { z } from 'zod';
import { ALERT_TIMERS_QUEUE } from '../../../core/hot-spots/escalation.js';
import { nowOf } from '../../../core/hot-spots/messages.js';
import { noticeRenderer } from '../../../core/reports/notices.js';
import { REPORT_URGENT_JOB, handleUrgentDeadline } from '../../../core/reports/urgent.js';
import { defineJob } from '../types.js';

/**
 * alert-timers/report-urgent-deadline {reportId, step, unitId, repeat}: nobody took an urgent
 * report in hand by its deadline (issue 13 §1). Re-checks the report under its row lock: received
 * or asked for more since → nothing; else the unit above is told (or the root reminded).
 */
export const reportUrgentDeadlineJob = defineJob({
  queue: ALERT_TIMERS_QUEUE,
  name: REPORT_URGENT_JOB,
  schema: z.object({ reportId: z.uuid(), step: z.number().int().min(0), unitId: z.uuid(), repeat: z.number().int().min(0) }),
  async run(ctx, data) {
    const outcome = await ctx.db.transaction(async (tx) => {
      const notice = await noticeRenderer(tx, ctx.env.i18n.t, data.reportId);
      if (!notice) return 'missing' as const;
      return handleUrgentDeadline(tx, { t: ctx.env.i18n.t, config: ctx.env.config, now: nowOf(ctx.env), notice }, data);
    });
    ctx.afterCommit();
    if (outcome === 'unattended') ctx.logger.error({ reportId: data.reportId }, 'urgent report unattended: nobody took it in hand, up to the root');
    else ctx.logger.info({ reportId: data.reportId, outcome }, 'urgent report deadline');
    return outcome;
  },
});
