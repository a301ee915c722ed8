import { z } from 'zod';
import { ALERT_TIMERS_QUEUE } from '../../../core/hot-spots/escalation.js';
import { HOTSPOT_FOLLOW_UP_JOB, handleFollowUp } from '../../../core/hot-spots/follow-up.js';
import { defineJob } from '../types.js';

/**
 * alert-timers/hotspot-follow-up {hotSpotId, takenAt, round}: an alert being handled is due for
 * follow-up (issue 13 §5). Re-checks the alert under its row lock: closed, re-opened, taken
 * again or already followed up → nothing; so a re-run after a crash is harmless.
 */
export const hotspotFollowUpJob = defineJob({
  queue: ALERT_TIMERS_QUEUE,
  name: HOTSPOT_FOLLOW_UP_JOB,
  schema: z.object({ hotSpotId: z.uuid(), takenAt: z.iso.datetime(), round: z.number().int().min(1) }),
  async run(ctx, data) {
    const outcome = await ctx.db.transaction((tx) => handleFollowUp(tx, ctx.env, data));
    ctx.afterCommit();
    if (outcome.kind === 'noop') ctx.logger.debug({ hotSpotId: data.hotSpotId, why: outcome.why }, 'hot-spot follow-up: nothing to do');
    else ctx.logger.info({ hotSpotId: data.hotSpotId, outcome: outcome.kind, round: outcome.round }, 'hot-spot follow-up done');
    return outcome.kind;
  },
});
