import { z } from 'zod';
import { ALERTS_QUEUE, HOTSPOT_UNDELIVERED_JOB, handleUndelivered } from '../../../core/hot-spots/escalation.js';
import { defineJob } from '../types.js';
import { logOutcome } from '../log-outcome.js';

/** alerts/hotspot-undelivered {hotSpotId, step}: a notification failed for good; nobody left at this level → go up now. */
export const hotspotUndeliveredJob = defineJob({
  queue: ALERTS_QUEUE,
  name: HOTSPOT_UNDELIVERED_JOB,
  schema: z.object({ hotSpotId: z.uuid(), step: z.number().int().min(0) }),
  async run(ctx, data) {
    const outcome = await ctx.db.transaction((tx) => handleUndelivered(tx, ctx.env, data));
    ctx.afterCommit();
    logOutcome(ctx.logger, data.hotSpotId, outcome);
    return outcome.kind;
  },
});
