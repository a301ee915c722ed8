import { z } from 'zod';
import { ALERTS_QUEUE, handleCreated } from '../../../core/hot-spots/escalation.js';
import { HOT_SPOT_CREATED_JOB } from '../../../core/hot-spots/create.js';
import { defineJob } from '../types.js';
import { logOutcome } from '../log-outcome.js';

/** alerts/hotspot-created {hotSpotId}: notify the unit's officials, start the deadline (and the burst rule). */
export const hotspotCreatedJob = defineJob({
  queue: ALERTS_QUEUE,
  name: HOT_SPOT_CREATED_JOB.name,
  schema: z.object({ hotSpotId: z.uuid() }),
  async run(ctx, data) {
    const outcome = await ctx.db.transaction((tx) => handleCreated(tx, ctx.env, data.hotSpotId));
    ctx.afterCommit();
    logOutcome(ctx.logger, data.hotSpotId, outcome);
    return outcome.kind;
  },
});
