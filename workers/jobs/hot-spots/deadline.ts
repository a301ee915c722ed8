import { z } from 'zod';
import { ALERT_TIMERS_QUEUE, HOTSPOT_DEADLINE_JOB, handleDeadline } from '../../../core/hot-spots/escalation.js';
import { defineJob } from '../types.js';
import { logOutcome } from '../log-outcome.js';

/**
 * alert-timers/hotspot-deadline {hotSpotId, step, reason?}: the acknowledgement deadline of one step
 * (or a burst escalation) is due. Re-checks the alert under a row lock: acknowledged, closed or
 * moved on → nothing. Re-running it after a crash is therefore harmless.
 */
export const hotspotDeadlineJob = defineJob({
  queue: ALERT_TIMERS_QUEUE,
  name: HOTSPOT_DEADLINE_JOB,
  schema: z.object({ hotSpotId: z.uuid(), step: z.number().int().min(0), reason: z.enum(['deadline', 'burst']).optional() }),
  async run(ctx, data) {
    const firedAt = new Date();
    const outcome = await ctx.db.transaction((tx) => handleDeadline(tx, ctx.env, data, firedAt));
    ctx.afterCommit();
    logOutcome(ctx.logger, data.hotSpotId, outcome);
    return outcome.kind;
  },
});
